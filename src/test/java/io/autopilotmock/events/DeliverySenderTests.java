package io.autopilotmock.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.autopilotmock.events.ConnectionOverrides.Failure;
import io.autopilotmock.events.DeliverySender.Sent;
import io.autopilotmock.twilio.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One attempt against a raw socket that answers as each test scripts it, so that an
 * answer can stop halfway: the whole answer is bounded, not only its headers.
 */
@Timeout(30)
class DeliverySenderTests {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private final DeliverySender sender = new DeliverySender(Clock.fixed(NOW, ZoneOffset.UTC),
			new Destinations(new DestinationPolicy(List.of()), DeliverySenderTests::resolve),
			TestProperties.defaults());

	/**
	 * Names only this test knows: one for the receiver on loopback, one whose address is
	 * public (a documentation range, refused before any connect).
	 */
	private static List<InetAddress> resolve(String host) throws UnknownHostException {
		return switch (host) {
			case "receiver.test" -> List.of(InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }));
			case "rebound.test" -> List.of(InetAddress.getByAddress(host, new byte[] { (byte) 203, 0, 113, 9 }));
			case "gone.test" -> throw new UnknownHostException(host);
			default -> HostResolver.SYSTEM.resolve(host);
		};
	}

	@Test
	void sendWhenTheBodyStopsHalfwayShouldTimeOutAtTheReadTimeout() throws Exception {
		try (ScriptedReceiver receiver = new ScriptedReceiver(
				(out) -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nthe first ten"))) {
			long start = System.nanoTime();
			Sent sent = send(receiver.url() + "#rt=300");
			long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			assertThat(sent.attempt().outcome()).isEqualTo("read_timeout");
			assertThat(sent.attempt().status()).isNull();
			assertThat(sent.failure()).isEqualTo(Failure.READ);
			assertThat(tookMs).isBetween(300L, 5000L);
		}
	}

	@Test
	void sendWhenTheBodyTricklesShouldTimeOutAtTheReadTimeoutNotAtItsEnd() throws Exception {
		// Each read gets a byte in time: only the deadline of the whole answer stops it.
		try (ScriptedReceiver receiver = new ScriptedReceiver((out) -> {
			write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
			for (int i = 0; i < 100; i++) {
				write(out, "x");
				sleep(100);
			}
		})) {
			long start = System.nanoTime();
			Sent sent = send(receiver.url() + "#rt=500");
			long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			assertThat(sent.attempt().outcome()).isEqualTo("read_timeout");
			assertThat(tookMs).isBetween(500L, 3000L);
		}
	}

	@Test
	void sendWhenTheSenderClosesShouldBeInterruptedRatherThanFail() throws Exception {
		try (ScriptedReceiver receiver = new ScriptedReceiver((out) -> {
			// never answers
		})) {
			CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
				try {
					return new AssertionError("answered: " + send(receiver.url()).attempt());
				}
				catch (InterruptedException ex) {
					return ex;
				}
			});
			Thread.sleep(300);
			this.sender.destroy();
			// No attempt is recorded: the delivery's lease runs out and it is sent again.
			assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
		}
	}

	@Test
	void sendWhenTheTotalTimeEndsFirstShouldSayTotalTimeout() throws Exception {
		try (ScriptedReceiver receiver = new ScriptedReceiver(
				(out) -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nthe first ten"))) {
			Sent sent = send(receiver.url() + "#rt=5000&tt=300");
			assertThat(sent.attempt().outcome()).isEqualTo("total_timeout");
			assertThat(sent.failure()).isEqualTo(Failure.READ);
		}
	}

	@Test
	void sendShouldKeepTheFirstKilobyteOfTheAnswer() throws Exception {
		String body = "a".repeat(DeliverySender.KEPT_BODY) + "b".repeat(5000);
		try (ScriptedReceiver receiver = new ScriptedReceiver((out) -> write(out,
				"HTTP/1.1 503 Service Unavailable\r\nContent-Length: " + body.length() + "\r\n\r\n" + body))) {
			Sent sent = send(receiver.url());
			assertThat(sent.attempt().outcome()).isEqualTo("503");
			assertThat(sent.attempt().status()).isEqualTo(503);
			assertThat(sent.attempt().body()).isEqualTo("a".repeat(DeliverySender.KEPT_BODY));
			assertThat(sent.attempt().time()).isEqualTo(NOW);
			assertThat(sent.failure()).isEqualTo(Failure.SERVER_ERROR);
		}
	}

	@Test
	void sendAfterTheReceiverClosedAnIdleConnectionShouldOpenAnother() throws Exception {
		// As a server does when a kept-alive connection has been idle for a while.
		try (ScriptedReceiver receiver = new ScriptedReceiver(
				(out) -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"), true)) {
			assertThat(send(receiver.url()).attempt().outcome()).isEqualTo("200");
			Thread.sleep(1500);
			Sent again = send(receiver.url());
			assertThat(again.attempt().outcome()).isEqualTo("200");
			assertThat(again.attempt().body()).isEqualTo("ok");
		}
	}

	@Test
	void sendWhenNothingListensShouldSayConnectFailed() throws Exception {
		Sent sent = send(Receiver.refusingUrl("/hook"));
		assertThat(sent.attempt().outcome()).isEqualTo("connect_failed");
		assertThat(sent.failure()).isEqualTo(Failure.CONNECT);
	}

	@Test
	void sendShouldConnectToTheAddressTheNameResolvesToWhenThePolicyAllowsIt() throws Exception {
		try (ScriptedReceiver receiver = new ScriptedReceiver(
				(out) -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))) {
			Sent sent = send(receiver.url().replace("127.0.0.1", "receiver.test"));
			assertThat(sent.attempt().outcome()).isEqualTo("200");
			assertThat(receiver.accepted()).isEqualTo(1);
		}
	}

	@Test
	void sendToANameThatNowResolvesToAPublicAddressShouldBeRefusedWithoutConnecting() throws Exception {
		Sent sent = send("http://rebound.test:8080/hook");
		assertThat(sent.refused()).isTrue();
		assertThat(sent.attempt().outcome()).isEqualTo("refused");
		assertThat(sent.attempt().status()).isNull();
		assertThat(sent.attempt().body()).isEqualTo("rebound.test resolves to 203.0.113.9, which is neither loopback "
				+ "nor private: add it to autopilot-mock.events.allowed-hosts (a host, a CIDR, or * for anywhere)");
	}

	@Test
	void sendToANameThatDoesNotResolveNowShouldBeAConnectFailureRetriedAsOne() throws Exception {
		Sent sent = send("http://gone.test:8080/hook");
		assertThat(sent.refused()).isFalse();
		assertThat(sent.attempt().outcome()).isEqualTo("connect_failed");
		assertThat(sent.failure()).isEqualTo(Failure.CONNECT);
	}

	private Sent send(String webhookUrl) throws InterruptedException {
		ConnectionOverrides overrides = ConnectionOverrides.of(webhookUrl);
		OutboundRequest request = OutboundRequest.of(webhookUrl, "POST", Map.of("Event", "onDialogueStart"), "sig",
				"token");
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(overrides.totalMs());
		return this.sender.send(request, overrides, deadline);
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void write(OutputStream out, String text) {
		try {
			out.write(text.getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}
		catch (IOException ex) {
			// the sender hung up
		}
	}

	/**
	 * Accepts one connection at a time, reads the request's head and writes what the test
	 * scripts, then keeps the connection open, silent (or closes its side of it), until
	 * the sender closes it.
	 */
	private static final class ScriptedReceiver implements AutoCloseable {

		private final ServerSocket server;

		private final Thread thread;

		private final java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();

		ScriptedReceiver(Consumer<OutputStream> answer) throws IOException {
			this(answer, false);
		}

		/**
		 * @param hangUp whether to close its side of each connection once answered, as a
		 * server whose keep-alive timeout has passed does
		 */
		ScriptedReceiver(Consumer<OutputStream> answer, boolean hangUp) throws IOException {
			this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
			this.thread = new Thread(() -> serve(answer, hangUp));
			this.thread.setDaemon(true);
			this.thread.start();
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getLocalPort() + "/hook";
		}

		int accepted() {
			return this.accepted.get();
		}

		private void serve(Consumer<OutputStream> answer, boolean hangUp) {
			while (!this.server.isClosed()) {
				try (Socket socket = this.server.accept(); InputStream in = socket.getInputStream()) {
					this.accepted.incrementAndGet();
					readHead(in);
					answer.accept(socket.getOutputStream());
					if (hangUp) {
						socket.shutdownOutput();
					}
					byte[] rest = new byte[1024];
					while (in.read(rest) >= 0) {
						// silent until the sender gives up
					}
				}
				catch (IOException ex) {
					// closed by the sender, or by the test
				}
			}
		}

		private static void readHead(InputStream in) throws IOException {
			int matched = 0;
			byte[] end = { '\r', '\n', '\r', '\n' };
			while (matched < end.length) {
				int next = in.read();
				if (next < 0) {
					return;
				}
				matched = (next == end[matched]) ? matched + 1 : (next == '\r') ? 1 : 0;
			}
		}

		@Override
		public void close() throws Exception {
			this.server.close();
			this.thread.join(5000);
		}

	}

}
