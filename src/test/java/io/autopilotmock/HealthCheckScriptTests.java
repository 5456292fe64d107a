package io.autopilotmock;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image's {@code HEALTHCHECK} script, {@code docker/healthcheck.sh}, run as Docker
 * runs it: healthy only when the readiness probe answers UP; non-zero when the service
 * reports DOWN, refuses connections or is not there.
 */
@EnabledOnOs({ OS.LINUX, OS.MAC })
class HealthCheckScriptTests {

	@Test
	void upShouldBeHealthy() throws Exception {
		HttpServer server = probe(200, "{\"status\":\"UP\",\"groups\":[]}");
		try {
			assertThat(healthcheck(server.getAddress().getPort())).isZero();
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void downShouldBeUnhealthy() throws Exception {
		HttpServer server = probe(503, "{\"status\":\"DOWN\"}");
		try {
			assertThat(healthcheck(server.getAddress().getPort())).isNotZero();
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void aRefusedConnectionShouldBeUnhealthy() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		// Nothing listens on the port any more.
		assertThat(healthcheck(port)).isNotZero();
	}

	@Test
	void aServerThatNeverAnswersShouldBeUnhealthyWithinItsTimeout() throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			long started = System.nanoTime();
			assertThat(healthcheck(silent.getLocalPort())).isNotZero();
			assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(15);
		}
	}

	private static HttpServer probe(int status, String body) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/actuator/health/readiness", (exchange) -> {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
		return server;
	}

	private static int healthcheck(int port) throws Exception {
		Process process = new ProcessBuilder("bash", "docker/healthcheck.sh", String.valueOf(port))
			.redirectErrorStream(true)
			.start();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("docker/healthcheck.sh still running after 30 s");
		}
		return process.exitValue();
	}

}
