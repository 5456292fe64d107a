package io.autopilotmock.image;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker stop} under load, in the {@code file} profile on a named volume: the
 * server answers the request it is in the middle of, exits by itself (143, not Docker's
 * SIGKILL) well within the 10 s Docker allows, logs no stack trace, and a new container
 * on the volume has every write that was answered.
 */
@EnabledIfImage
class ImageStopIT {

	private static final String ASSISTANT = "UA0123456789abcdef0123456789ab5709";

	private static final String WEBHOOKS = "/v1/Assistants/" + ASSISTANT + "/Webhooks";

	private static final int WRITERS = 6;

	@Test
	void dockerStopShouldAnswerWhatIsInFlightAndKeepEveryAcknowledgedWrite() throws Exception {
		String volume = Container.uniqueName("stop");
		String[] options = { "-e", "SPRING_PROFILES_ACTIVE=file", "-v", volume + ":/data" };
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		List<String> unexpected = new ArrayList<>();
		try {
			String inFlightAnswer;
			long pendingDelivery;
			long stopMillis;
			String logs;
			try (Container container = Container.run(options)) {
				container.awaitFirstAnswer(ImageIT.FIRST_ANSWER);
				AtomicBoolean running = new AtomicBoolean(true);
				ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
				for (int writer = 0; writer < WRITERS; writer++) {
					int id = writer;
					writers.submit(() -> write(container, id, running, acknowledged, unexpected));
				}
				pendingDelivery = pendingDelivery(container);
				Thread.sleep(2000);

				// A create whose body is half sent when the stop begins: in flight by any
				// definition. The server must wait for the rest and answer it.
				String body = Container.form(Map.of("UniqueName", "in-flight", "Events", "onDialogueStart",
						"WebhookUrl", "https://example.com/in-flight"));
				try (Socket socket = new Socket("127.0.0.1", container.port())) {
					socket.setSoTimeout(15_000);
					OutputStream out = socket.getOutputStream();
					// HTTP/1.0: the answer ends with the connection, not in chunks.
					out.write(("POST " + WEBHOOKS + " HTTP/1.0\r\nHost: localhost\r\n"
							+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
							+ "\r\n\r\n" + body.substring(0, 10))
						.getBytes(StandardCharsets.US_ASCII));
					out.flush();
					Thread.sleep(500);
					long stopStarted = System.nanoTime();
					CompletableFuture<Docker.Result> stop = CompletableFuture.supplyAsync(
							() -> Docker.run(Duration.ofSeconds(30), List.of("docker", "stop", container.name())));
					Thread.sleep(1500);
					assertThat(container.inspect("{{.State.Running}}")).as("waiting for the request in flight")
						.isEqualTo("true");
					out.write(body.substring(10).getBytes(StandardCharsets.US_ASCII));
					out.flush();
					inFlightAnswer = read(socket.getInputStream());
					assertThat(stop.get(30, TimeUnit.SECONDS).ok()).isTrue();
					stopMillis = (System.nanoTime() - stopStarted) / 1_000_000;
				}
				running.set(false);
				writers.shutdown();
				assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
				assertThat(container.inspect("{{.State.ExitCode}}")).as("exit code (137 is Docker's SIGKILL)")
					.isEqualTo("143");
				logs = container.logs();
			}
			assertThat(inFlightAnswer).matches("(?s)HTTP/1\\.[01] 201 .*").contains("\"unique_name\":\"in-flight\"");
			assertThat(stopMillis).as("docker stop, ms").isLessThan(8000);
			assertThat(unexpected).as("answers other than 201 while stopping").isEmpty();
			assertThat(acknowledged).as("creates answered before the stop").hasSizeGreaterThanOrEqualTo(WRITERS);
			assertThat(logs).contains("Graceful shutdown complete").doesNotContain("Exception", "\tat ", " ERROR ");
			System.out.printf("ImageStopIT: docker stop took %d ms; %d creates acknowledged, all kept%n", stopMillis,
					acknowledged.size());

			try (Container restarted = Container.run(options)) {
				restarted.awaitFirstAnswer(ImageIT.FIRST_ANSWER);
				Set<String> stored = listAll(restarted);
				assertThat(stored).containsAll(acknowledged)
					.contains(JsonPath.<String>read(inFlightAnswer.substring(inFlightAnswer.indexOf("\r\n\r\n") + 4),
							"$.sid"));
				// Pending deliveries kept: the event delivery waiting in the outbox at
				// the
				// stop is still pending in the new container.
				HttpResponse<String> pendingNow = restarted.get("/__admin/deliveries?status=pending");
				assertThat(pendingNow.statusCode()).isEqualTo(200);
				assertThat(JsonPath.<List<Number>>read(pendingNow.body(), "$.deliveries[*].id"))
					.extracting(Number::longValue)
					.contains(pendingDelivery);
			}
		}
		finally {
			Docker.run(Duration.ofSeconds(30), List.of("docker", "volume", "rm", "-f", volume));
		}
	}

	/**
	 * A webhook for {@code onDialogueStart} and a simulated dialogue whose delivery is
	 * held back for a minute: pending in the outbox when the container stops.
	 */
	private static long pendingDelivery(Container container) throws Exception {
		String hooks = "/v1/Assistants/UA0123456789abcdef0123456789ab5710/Webhooks";
		assertThat(container
			.post(hooks,
					Map.of("UniqueName", "events", "Events", "onDialogueStart", "WebhookUrl",
							"http://127.0.0.1:9/never"))
			.statusCode()).isEqualTo(201);
		HttpResponse<String> fired = Container.send(HttpRequest
			.newBuilder(URI
				.create(container.baseUrl() + "/__admin/Assistants/UA0123456789abcdef0123456789ab5710/Dialogues"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"events\":[\"onDialogueStart\"],\"delay_ms\":60000}")));
		assertThat(fired.statusCode()).as(fired.body()).isEqualTo(201);
		assertThat(JsonPath.<String>read(fired.body(), "$.deliveries[0].state")).isEqualTo("pending");
		return JsonPath.<Number>read(fired.body(), "$.deliveries[0].id").longValue();
	}

	/**
	 * Creates until stopped. A request the stopping server refused or cut off is not
	 * acknowledged; an answer other than 201 is a failure.
	 */
	private static void write(Container container, int writer, AtomicBoolean running, Set<String> acknowledged,
			List<String> unexpected) {
		for (int n = 0; running.get(); n++) {
			try {
				HttpResponse<String> response = container.post(WEBHOOKS, Map.of("UniqueName", "w" + writer + "-" + n,
						"Events", "onDialogueStart", "WebhookUrl", "https://example.com/" + n));
				if (response.statusCode() == 201) {
					acknowledged.add(JsonPath.read(response.body(), "$.sid"));
				}
				else {
					synchronized (unexpected) {
						unexpected.add(response.statusCode() + " " + response.body());
					}
				}
			}
			catch (Exception ex) {
				// Refused or cut off while stopping: never answered, so never
				// acknowledged.
				sleep();
			}
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String read(InputStream in) throws Exception {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

	private static Set<String> listAll(Container container) throws Exception {
		Set<String> sids = ConcurrentHashMap.newKeySet();
		String page = WEBHOOKS + "?PageSize=1000";
		while (page != null) {
			HttpResponse<String> response = container.get(page);
			assertThat(response.statusCode()).isEqualTo(200);
			sids.addAll(JsonPath.<List<String>>read(response.body(), "$.webhooks[*].sid"));
			String next = JsonPath.read(response.body(), "$.meta.next_page_url");
			page = (next != null) ? next.substring(next.indexOf("/v1/")) : null;
		}
		return sids;
	}

}
