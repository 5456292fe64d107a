package io.autopilotmock.image;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static io.autopilotmock.image.Docker.docker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under {@code --memory=256m}, many connections of creates, fetches and the largest list
 * page: every answer a success, and the kernel kills nothing ({@code OOMKilled}).
 */
@EnabledIfImage
class ImageLoadIT {

	private static final String LARGE = "/v1/Assistants/UA0123456789abcdef0123456789ab1000/Webhooks";

	private static final int CONNECTIONS = 32;

	private static final int SECONDS = 20;

	@Test
	void aMemoryLimitOf256MiBShouldSurviveLoad() throws Exception {
		try (Container container = Container.run("--memory=256m", "--memory-swap=256m")) {
			container.awaitFirstAnswer(ImageIT.FIRST_ANSWER);
			ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
			for (Future<?> seeded : pool.invokeAll(IntStream.range(0, 8).<Callable<Void>>mapToObj((part) -> () -> {
				for (int n = part; n < 1000; n += 8) {
					assertThat(container.post(LARGE, hook("seed-" + n)).statusCode()).isEqualTo(201);
				}
				return null;
			}).toList())) {
				seeded.get();
			}
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicLong answered = new AtomicLong();
			Map<Integer, Long> failures = new ConcurrentHashMap<>();
			for (int connection = 0; connection < CONNECTIONS; connection++) {
				int id = connection;
				pool.submit(() -> load(container, id, running, answered, failures));
			}
			long peak = 0;
			for (int second = 0; second < SECONDS; second++) {
				Thread.sleep(1000);
				peak = Math.max(peak, memoryBytes(container));
			}
			running.set(false);
			pool.shutdown();
			assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

			assertThat(container.inspect("{{.State.OOMKilled}} {{.State.Running}} {{.RestartCount}}"))
				.isEqualTo("false true 0");
			assertThat(failures).as("answers other than 2xx, by status (-1: no answer)").isEmpty();
			assertThat(answered.get()).isGreaterThan(500);
			assertThat(container.get(LARGE + "?PageSize=1000").statusCode()).isEqualTo(200);
			System.out.printf(
					"ImageLoadIT: %d answers in %d s over %d connections under --memory=256m; "
							+ "memory sampled up to %d MiB, no OOM kill%n",
					answered.get(), SECONDS, CONNECTIONS, peak >> 20);
		}
	}

	private static void load(Container container, int id, AtomicBoolean running, AtomicLong answered,
			Map<Integer, Long> failures) {
		String own = "/v1/Assistants/UA0123456789abcdef0123456789a%05d/Webhooks".formatted(id);
		for (int n = 0; running.get(); n++) {
			int status;
			try {
				HttpResponse<String> response = switch (n % 4) {
					case 0 -> container.post(own, hook("load-" + n));
					case 1 -> container.get(own + "/load-" + (n - 1));
					case 2 -> container.get(LARGE + "?PageSize=1000");
					default -> container.get(own + "?PageSize=50");
				};
				status = response.statusCode();
			}
			catch (Exception ex) {
				status = -1;
			}
			if (status >= 200 && status < 300) {
				answered.incrementAndGet();
			}
			else {
				failures.merge(status, 1L, Long::sum);
			}
		}
	}

	private static Map<String, String> hook(String name) {
		return Map.of("UniqueName", name, "Events", "onDialogueStart", "WebhookUrl", "https://example.com/" + name);
	}

	/** The container's memory as {@code docker stats} reports it. */
	private static long memoryBytes(Container container) {
		String usage = docker("stats", "--no-stream", "--format", "{{.MemUsage}}", container.name());
		String used = usage.substring(0, usage.indexOf('/')).trim();
		double value = Double.parseDouble(used.replaceAll("[^0-9.]", ""));
		long unit = used.endsWith("GiB") ? 1L << 30
				: used.endsWith("MiB") ? 1L << 20 : used.endsWith("KiB") ? 1L << 10 : 1;
		return (long) (value * unit);
	}

}
