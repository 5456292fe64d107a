import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The client side of the event-webhook benchmarks, a single-file program for
 * {@code java bench/java/DeliveryBench.java MODE ...} (JDK 17, nothing else):
 *
 * <ul>
 * <li>{@code deliveries KIND BASE CONNECTIONS WARMUP_S DURATION_S [ANSWER_BYTES [SERVER_PID TICKS_PER_S]]}: end-to-end
 * deliveries per second and trigger-to-receipt latency. It runs the receiver itself (the
 * same process, the same clock), sets the server up (KIND {@code autopilot-mock}: a webhook
 * on the API; {@code wiremock}: a stub with WireMock's built-in {@code webhook} listener
 * and a constant answer of ANSWER_BYTES), then CONNECTIONS threads each send a trigger
 * carrying a unique {@code BenchId} and wait until the receiver has answered that
 * delivery 200 before sending the next. With SERVER_PID (and the kernel's clock ticks a
 * second, {@code getconf CLK_TCK}) it also reads the server's CPU time over the measured
 * seconds from {@code /proc}: its share of a CPU, and its CPU time per delivery, which
 * does not depend on how much of its core other processes took. Prints one
 * {@code BENCH key=value ...} line.</li>
 * <li>{@code blackhole}: a receiver that accepts connections, reads them and never
 * answers. Prints {@code PORT n}, runs until killed.</li>
 * <li>{@code latency BASE ACCOUNT COUNT}: trigger-to-receipt latency of one account's
 * deliveries, one at a time: it runs a receiver that answers 200 at once, subscribes a
 * webhook of ACCOUNT to it, sends COUNT triggers one after the other, each waiting for its
 * delivery's receipt, and prints {@code LATENCY p50_ms=… p99_ms=… max_ms=…}.</li>
 * <li>{@code trickle URL RATE SECONDS}: POSTs a trigger without parameters to URL at RATE
 * per second for SECONDS (0: until terminated). Prints {@code TRICKLE started} once
 * sending, and {@code TRICKLE sent=n unexpected=n} at the end.</li>
 * </ul>
 */
public class DeliveryBench {

	/**
	 * With {@code CONCURRENT=1}, autopilot-mock's triggers ask for their deliveries all at
	 * once rather than in order (one event each: the same path either way).
	 */
	private static final String CONCURRENT = "1".equals(System.getenv("CONCURRENT")) ? "\"concurrent\": true, " : "";

	/** A delivery the receiver has not had by then is lost, and the run fails. */
	private static final long RECEIPT_TIMEOUT_MS = 10_000;

	private static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			usage();
		}
		switch (args[0]) {
			case "deliveries" -> {
				if (args.length < 6) {
					usage();
				}
				new Deliveries(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
						Integer.parseInt(args[5]), (args.length > 6) ? Integer.parseInt(args[6]) : 0,
						(args.length > 8) ? new ServerCpu(Long.parseLong(args[7]), Integer.parseInt(args[8])) : null)
					.run();
			}
			case "blackhole" -> blackhole();
			case "latency" -> {
				if (args.length < 4) {
					usage();
				}
				latency(args[1], args[2], Integer.parseInt(args[3]));
			}
			case "trickle" -> {
				if (args.length < 4) {
					usage();
				}
				trickle(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
			}
			default -> usage();
		}
	}

	private static void usage() {
		System.err.println("usage: DeliveryBench deliveries autopilot-mock|wiremock BASE CONNECTIONS WARMUP_S DURATION_S"
				+ " [ANSWER_BYTES [SERVER_PID TICKS_PER_S]] | blackhole | latency BASE ACCOUNT COUNT"
				+ " | trickle URL RATE SECONDS");
		System.exit(2);
	}

	static String hex(int bytes) {
		byte[] random = new byte[bytes];
		new SecureRandom().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	static HttpResponse<String> post(String url, String contentType, String body)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String form(String... pairs) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			form.append((i == 0) ? "" : "&")
				.append(pairs[i])
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return form.toString();
	}

	/** Accepts, reads and never answers: a receiver that makes every delivery time out. */
	static void blackhole() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress())) {
			System.out.println("PORT " + server.getLocalPort());
			System.out.flush();
			while (true) {
				Socket socket = server.accept();
				// One thread per open connection: as many as the emulator has workers.
				Thread reader = new Thread(() -> drain(socket));
				reader.setDaemon(true);
				reader.start();
			}
		}
	}

	static void latency(String base, String account, int count) throws Exception {
		BlockingQueue<Long> receipts = new LinkedBlockingQueue<>();
		HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		receiver.createContext("/", (exchange) -> {
			receipts.add(System.nanoTime());
			exchange.getRequestBody().readAllBytes();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		receiver.start();
		String assistant = "UA" + hex(16);
		String auth = "Basic " + Base64.getEncoder()
			.encodeToString((account + ":latency").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/Assistants/" + assistant + "/Webhooks"))
			.header("Authorization", auth)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("UniqueName=latency&Events=onDialogueStart&WebhookUrl="
					+ URLEncoder.encode("http://127.0.0.1:" + receiver.getAddress().getPort() + "/b",
							StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		Deliveries.expect(created, 201, "the webhook's create");
		long[] millis = new long[count];
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			HttpResponse<String> fired = post(base + "/__admin/Assistants/" + assistant + "/Dialogues", "application/json",
					"{\"events\": [\"onDialogueStart\"], \"account_sid\": \"" + account + "\"}");
			Deliveries.expect(fired, 201, "a trigger");
			Long received = receipts.poll(RECEIPT_TIMEOUT_MS * 20, TimeUnit.MILLISECONDS);
			if (received == null) {
				throw new IllegalStateException("a delivery never came");
			}
			millis[i] = TimeUnit.NANOSECONDS.toMillis(received - start);
		}
		receiver.stop(0);
		Arrays.sort(millis);
		System.out.println("LATENCY p50_ms=" + millis[count / 2] + " p99_ms="
				+ millis[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)] + " max_ms=" + millis[count - 1]);
	}

	private static void drain(Socket socket) {
		try (socket; InputStream in = socket.getInputStream()) {
			byte[] buffer = new byte[8192];
			while (in.read(buffer) >= 0) {
				// the sender gives up and closes; until then, silence
			}
		}
		catch (IOException ex) {
			// closed by the sender
		}
	}

	/**
	 * Triggers at a steady rate: a scheduler hands each slot's trigger to a pool, so that
	 * a slow answer does not delay the next slot. Runs SECONDS, or until terminated when
	 * SECONDS is 0, and prints its summary either way.
	 */
	static void trickle(String url, int rate, int seconds) throws InterruptedException {
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
		ExecutorService senders = Executors.newFixedThreadPool(8);
		AtomicLong sent = new AtomicLong();
		AtomicLong unexpected = new AtomicLong();
		String body = "{\"events\": [\"onDialogueStart\"]}";
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			clock.shutdownNow();
			senders.shutdownNow();
			System.out.println("TRICKLE sent=" + sent.get() + " unexpected=" + unexpected.get());
		}));
		clock.scheduleAtFixedRate(() -> senders.execute(() -> {
			try {
				int status = post(url, "application/json", body).statusCode();
				if (status / 100 != 2) {
					unexpected.incrementAndGet();
				}
			}
			catch (IOException ex) {
				unexpected.incrementAndGet();
			}
			catch (InterruptedException ex) {
				// stopping
				return;
			}
			sent.incrementAndGet();
		}), 0, 1_000_000L / Math.max(1, rate), TimeUnit.MICROSECONDS);
		System.out.println("TRICKLE started");
		System.out.flush();
		if (seconds > 0) {
			Thread.sleep(seconds * 1000L);
			System.exit(0);
		}
		Thread.currentThread().join();
	}

	/** The CPU time a process has used so far, from {@code /proc/PID/stat}. */
	record ServerCpu(long pid, int ticksPerSecond) {

		/** User and system time, in nanoseconds. */
		long nanos() {
			try {
				String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + this.pid + "/stat"));
				// The fields after the command name, which is in parentheses and may hold spaces.
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				return ticks * 1_000_000_000L / this.ticksPerSecond;
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot read the server's CPU time: " + ex.getMessage(), ex);
			}
		}

	}

	/** One end-to-end run against one server. */
	static final class Deliveries {

		private final String kind;

		private final String base;

		private final int connections;

		private final int warmupSeconds;

		private final int durationSeconds;

		private final int answerBytes;

		private final ServerCpu cpu;

		/** The server's CPU time over the measured seconds, or -1 when not measured. */
		private volatile long cpuNanos = -1;

		/** Deliveries whose trigger was sent and whose receipt is awaited, by BenchId. */
		private final ConcurrentHashMap<Long, CompletableFuture<Long>> awaited = new ConcurrentHashMap<>();

		private final AtomicLong ids = new AtomicLong();

		private final AtomicLong receipts = new AtomicLong();

		private final AtomicLong duplicates = new AtomicLong();

		private final AtomicLong unexpected = new AtomicLong();

		private final AtomicLong lost = new AtomicLong();

		private volatile String sample = "";

		private volatile int lastAnswerBytes;

		Deliveries(String kind, String base, int connections, int warmupSeconds, int durationSeconds,
				int answerBytes, ServerCpu cpu) {
			this.kind = kind;
			this.base = base;
			this.connections = connections;
			this.warmupSeconds = warmupSeconds;
			this.durationSeconds = durationSeconds;
			this.answerBytes = answerBytes;
			this.cpu = cpu;
		}

		void run() throws Exception {
			ExecutorService receiverThreads = Executors.newFixedThreadPool(Math.max(8, this.connections));
			HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
			receiver.setExecutor(receiverThreads);
			receiver.createContext("/", this::receive);
			receiver.start();
			try {
				String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
				String trigger = setUp(hook);
				log("warm-up %d s, then %d s measured, %d connections, receiver %s", this.warmupSeconds,
						this.durationSeconds, this.connections, hook);
				long start = System.nanoTime();
				long measureFrom = start + TimeUnit.SECONDS.toNanos(this.warmupSeconds);
				long measureTo = measureFrom + TimeUnit.SECONDS.toNanos(this.durationSeconds);
				ExecutorService clients = Executors.newFixedThreadPool(this.connections);
				List<CompletableFuture<long[]>> threads = new ArrayList<>();
				for (int i = 0; i < this.connections; i++) {
					threads.add(CompletableFuture.supplyAsync(() -> loop(trigger, measureFrom, measureTo), clients));
				}
				if (this.cpu != null) {
					sleepUntil(measureFrom);
					long from = this.cpu.nanos();
					sleepUntil(measureTo);
					this.cpuNanos = this.cpu.nanos() - from;
				}
				List<long[]> latencies = new ArrayList<>();
				for (CompletableFuture<long[]> thread : threads) {
					latencies.add(thread.join());
				}
				clients.shutdown();
				report(latencies);
			}
			finally {
				receiver.stop(0);
				receiverThreads.shutdownNow();
			}
		}

		private static void sleepUntil(long nanoTime) throws InterruptedException {
			long left = nanoTime - System.nanoTime();
			if (left > 0) {
				TimeUnit.NANOSECONDS.sleep(left);
			}
		}

		/** Makes the server fire one webhook per trigger at the receiver; returns the trigger URL. */
		private String setUp(String hook) throws Exception {
			String assistant = "UA" + hex(16);
			if (this.kind.equals("autopilot-mock")) {
				HttpResponse<String> created = post(this.base + "/v1/Assistants/" + assistant + "/Webhooks",
						"application/x-www-form-urlencoded", form("UniqueName", "bench", "Events", "onDialogueStart",
								"WebhookUrl", hook, "WebhookMethod", "POST"));
				expect(created, 201, "the webhook's create");
				return this.base + "/__admin/Assistants/" + assistant + "/Dialogues";
			}
			if (this.kind.equals("wiremock")) {
				// WireMock keeps /__admin for itself: the trigger goes to /v1/… instead.
				String padding = "x".repeat(Math.max(0, this.answerBytes - 14));
				String mapping = """
						{"request": {"method": "POST", "urlPathPattern": "/v1/Assistants/[^/]+/Dialogues"},
						 "response": {"status": 201, "headers": {"Content-Type": "application/json"},
						              "body": "{\\"padding\\":\\"%s\\"}"},
						 "serveEventListeners": [{"name": "webhook", "parameters": {
						   "method": "POST", "url": "%s",
						   "headers": {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"},
						   "body": "BenchId={{jsonPath originalRequest.body '$.parameters.BenchId'}}"}}]}
						""".formatted(padding, hook);
				expect(post(this.base + "/__admin/mappings", "application/json", mapping), 201, "the stub's create");
				return this.base + "/v1/Assistants/" + assistant + "/Dialogues";
			}
			throw new IllegalArgumentException("KIND must be autopilot-mock or wiremock, was " + this.kind);
		}

		static void expect(HttpResponse<String> response, int status, String what) {
			if (response.statusCode() != status) {
				throw new IllegalStateException(what + " answered " + response.statusCode() + ", expected " + status
						+ ": " + response.body());
			}
		}

		/**
		 * One connection's loop: a trigger, then the wait for its delivery, until the end
		 * of the run. Returns the latencies (ns) of the triggers sent while measuring.
		 */
		private long[] loop(String trigger, long measureFrom, long measureTo) {
			long[] latencies = new long[1024];
			int count = 0;
			try {
				while (true) {
					long sent = System.nanoTime();
					if (sent >= measureTo) {
						break;
					}
					long id = this.ids.incrementAndGet();
					CompletableFuture<Long> receipt = new CompletableFuture<>();
					this.awaited.put(id, receipt);
					String body = "{\"events\": [\"onDialogueStart\"], " + CONCURRENT
							+ "\"parameters\": {\"BenchId\": \"" + id + "\"}}";
					HttpResponse<String> answer = post(trigger, "application/json", body);
					if (answer.statusCode() != 201) {
						this.awaited.remove(id);
						if (this.unexpected.incrementAndGet() == 1) {
							this.sample = answer.statusCode() + " " + answer.body();
						}
						continue;
					}
					this.lastAnswerBytes = answer.body().getBytes(StandardCharsets.UTF_8).length;
					long received;
					try {
						received = receipt.get(RECEIPT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
					}
					catch (TimeoutException ex) {
						this.awaited.remove(id);
						this.lost.incrementAndGet();
						continue;
					}
					if (sent >= measureFrom) {
						if (count == latencies.length) {
							latencies = Arrays.copyOf(latencies, count * 2);
						}
						latencies[count++] = received - sent;
					}
				}
			}
			catch (Exception ex) {
				if (this.unexpected.incrementAndGet() == 1) {
					this.sample = ex.toString();
				}
			}
			return Arrays.copyOf(latencies, count);
		}

		private void receive(HttpExchange exchange) throws IOException {
			long now = System.nanoTime();
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			this.receipts.incrementAndGet();
			CompletableFuture<Long> receipt = this.awaited.remove(benchId(body));
			if (receipt == null) {
				// Not awaited: already received (a duplicate), or given up on.
				this.duplicates.incrementAndGet();
			}
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
			if (receipt != null) {
				receipt.complete(now);
			}
		}

		private static long benchId(String form) {
			for (String pair : form.split("&")) {
				if (pair.startsWith("BenchId=")) {
					try {
						return Long.parseLong(pair.substring("BenchId=".length()));
					}
					catch (NumberFormatException ex) {
						return -1;
					}
				}
			}
			return -1;
		}

		private void report(List<long[]> perThread) {
			long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			double seconds = this.durationSeconds;
			PrintStream out = System.out;
			out.printf(Locale.ROOT,
					"BENCH deliveries=%d deliveries_per_s=%.1f p50_ms=%.3f p99_ms=%.3f receipts=%d duplicates=%d"
							+ " lost=%d unexpected=%d answer_bytes=%d",
					all.length, all.length / seconds, percentile(all, 50), percentile(all, 99), this.receipts.get(),
					this.duplicates.get(), this.lost.get(), this.unexpected.get(), this.lastAnswerBytes);
			if (this.cpuNanos >= 0 && all.length > 0) {
				// The server's CPU time over the measured seconds, against the deliveries
				// triggered in them.
				out.printf(Locale.ROOT, " server_cpu_pct=%.1f cpu_ms_per_delivery=%.3f deliveries_per_cpu_s=%.1f",
						this.cpuNanos / (seconds * 1e7), this.cpuNanos / 1e6 / all.length,
						all.length / (this.cpuNanos / 1e9));
			}
			out.println();
			if (!this.sample.isEmpty()) {
				out.println("BENCH_SAMPLE " + this.sample.replace('\n', ' '));
			}
		}

		private static double percentile(long[] sorted, int percent) {
			if (sorted.length == 0) {
				return 0;
			}
			int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, index)] / 1e6;
		}

		private static void log(String format, Object... arguments) {
			System.err.printf("deliveries: " + format + "%n", arguments);
		}

	}

}
