package io.autopilotmock.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks that once ran the emulator out of memory, replayed against the jar at
 * {@code -Xmx128m}: many open-mode logins with long passwords, oversized headers, long
 * paths for the journal, and 100 MB JSON bodies, some without credentials in strict mode.
 * Afterwards a normal create, fetch and list and the health check each answer within a
 * second, and the heap after a full GC is back within 24 MiB of where it started (the
 * bounded stores hold at most about 20 MiB between them).
 */
class BoundedMemoryIT {

	private static final long MARGIN_KIB = 24 * 1024;

	private static final Pattern USED = Pattern.compile("used (\\d+)K");

	private volatile boolean timed;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void attacksShouldLeaveTheHeapWhereItWasAndTheServiceAnswering() throws Exception {
		try (AppProcess app = AppProcess.start(Map.of(), "128m")) {
			normalUse(app, "before", false); // also warms the JVM up
			long before = heapAfterGc(app);
			String password = "p".repeat(6000);
			parallel(10_000, (i) -> get(app, "/v1/Assistants", basic("AC%032x".formatted(i), password + i)));
			parallel(1_000, (i) -> get(app, "/v1/Assistants", null, "X-Big", "h".repeat(60_000)));
			parallel(2_000, (i) -> get(app, "/v1/Assistants/" + "a".repeat(14_000) + i, null));
			for (String target : List.of("PUT /__admin/state", "POST /__admin/faults", "PUT /__admin/clock",
					"POST /__admin/Assistants/UA0123456789abcdef0123456789abcdef/Dialogues")) {
				assertThat(hugeBody(app, target)).as(target).isEqualTo(413);
			}
			normalUse(app, "after", true);
			long after = heapAfterGc(app);
			assertThat(after).as("heap after GC in KiB, %d before", before).isLessThan(before + MARGIN_KIB);
		}
	}

	private void normalUse(AppProcess app, String name, boolean timed) throws Exception {
		String assistant = "UA0123456789abcdef0123456789abcdef";
		String webhooks = "/v1/Assistants/" + assistant + "/Webhooks";
		this.timed = timed;
		long start = System.nanoTime();
		HttpResponse<String> created = this.http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + webhooks))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("UniqueName=" + name + "&Events=onDialogueStart&WebhookUrl=https%3A%2F%2Fexample.com%2Fhook"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		if (timed) {
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("create").isLessThan(Duration.ofSeconds(1));
		}
		assertThat(get(app, webhooks + "/" + name, null)).isEqualTo(200);
		assertThat(get(app, webhooks, null)).isEqualTo(200);
		assertThat(get(app, "/actuator/health", null)).isEqualTo(200);
		this.timed = false;
	}

	private int get(AppProcess app, String path, @Nullable String authorization, String... header) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
			.timeout(Duration.ofSeconds(30));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (header.length == 2) {
			request.header(header[0], header[1]);
		}
		long start = System.nanoTime();
		int status = this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		assertThat(status).isLessThan(500);
		if (this.timed) {
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as(path).isLessThan(Duration.ofSeconds(1));
		}
		return status;
	}

	private void parallel(int count, Call call) throws Exception {
		Semaphore inFlight = new Semaphore(8);
		List<CompletableFuture<Void>> calls = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			inFlight.acquire();
			calls.add(CompletableFuture.runAsync(() -> {
				try {
					call.run(n);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				finally {
					inFlight.release();
				}
			}));
		}
		CompletableFuture.allOf(calls.toArray(new CompletableFuture[0])).join();
	}

	/**
	 * 100 MB of JSON announced, a first megabyte sent: the answer comes before the rest.
	 */
	private static int hugeBody(AppProcess app, String target) throws IOException {
		int port = URI.create(app.baseUrl()).getPort();
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write((target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 100000000\r\n\r\n{\"x\": \"")
				.getBytes(StandardCharsets.US_ASCII));
			try {
				out.write("x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII));
			}
			catch (SocketException ex) {
				// answered and closed before all of it was read
			}
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			for (int b = in.read(); b >= 0 && head.size() < 12; b = in.read()) {
				head.write(b);
			}
			return Integer.parseInt(head.toString(StandardCharsets.US_ASCII).substring(9, 12));
		}
	}

	private static long heapAfterGc(AppProcess app) throws Exception {
		jcmd(app, "GC.run");
		Matcher used = USED.matcher(jcmd(app, "GC.heap_info"));
		assertThat(used.find()).isTrue();
		return Long.parseLong(used.group(1));
	}

	private static String jcmd(AppProcess app, String command) throws Exception {
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		Process process = new ProcessBuilder(jcmd, Long.toString(app.pid()), command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return output;
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@FunctionalInterface
	private interface Call {

		void run(int i) throws Exception;

	}

}
