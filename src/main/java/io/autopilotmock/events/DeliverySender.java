package io.autopilotmock.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

import io.autopilotmock.events.ConnectionOverrides.Failure;
import io.autopilotmock.events.DestinationPolicy.Refused;
import io.autopilotmock.twilio.AutopilotMockProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends one attempt of a delivery with Apache HttpClient's blocking client: HTTP/1.1, no
 * redirects followed, no retries of its own, the connect timeout of the URL's {@code ct},
 * and the whole answer awaited at most the smaller of its {@code rt} and the time left of
 * its {@code tt}: each read waits at most that long, and a timer aborts an answer still
 * coming when it is up. Only the first KB of an answer is kept. It connects only to
 * addresses the {@link Destinations} allow, as it resolves them: a name whose addresses
 * changed since the trigger is refused rather than reached. Blocking, rather than the
 * JDK's asynchronous client: that one hands every request and answer between the worker
 * and its selector thread, which cost a delivery twice the CPU time.
 */
@Component
class DeliverySender implements DisposableBean {

	static final int KEPT_BODY = 1024;

	private static final ContentType FORM = ContentType.parse(OutboundRequest.FORM);

	/**
	 * A kept-alive connection idle this long is checked before it is used again, so that
	 * one the receiver closed meanwhile (many servers do after a few seconds) is replaced
	 * rather than failing the delivery; the check costs a millisecond's wait.
	 */
	private static final TimeValue VALIDATE_AFTER_IDLE = TimeValue.ofSeconds(1);

	private final int connections;

	/** Built when the first delivery goes: its classes cost start-up time and memory. */
	private @Nullable CloseableHttpClient client;

	/**
	 * Aborts answers still coming at their deadline: one thread that only fires timers,
	 * and a timer cancelled when its answer came is dropped at once, not kept until due.
	 */
	private final ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1, (task) -> {
		Thread thread = new Thread(task, "delivery-deadlines");
		thread.setDaemon(true);
		return thread;
	});

	private final Clock clock;

	private final Destinations destinations;

	private volatile boolean closing;

	DeliverySender(Clock clock, Destinations destinations, AutopilotMockProperties properties) {
		this.clock = clock;
		this.destinations = destinations;
		this.connections = properties.events().workers();
		this.deadlines.setRemoveOnCancelPolicy(true);
	}

	/** An attempt and, when it failed, how, as {@code rp} names failures. */
	record Sent(Attempt attempt, @Nullable Failure failure) {

		/** Whether the destination policy stopped it: it is never tried again. */
		boolean refused() {
			return Attempt.REFUSED.equals(this.attempt.outcome());
		}

	}

	/**
	 * Sends on the calling thread. The connect timeout is set per request, with the
	 * setting HttpClient deprecated in favour of one per connection pool: a URL's
	 * {@code ct} is its own, not its host's.
	 * @param deadline {@link System#nanoTime()} by which every attempt must have ended
	 */
	@SuppressWarnings("deprecation")
	Sent send(OutboundRequest request, ConnectionOverrides overrides, long deadline) throws InterruptedException {
		Instant time = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		long start = System.nanoTime();
		long left = TimeUnit.NANOSECONDS.toMillis(deadline - start);
		if (left <= 0) {
			return new Sent(new Attempt(time, 0, "total_timeout", null, null), Failure.READ);
		}
		long budget = Math.min(overrides.readMs(), left);
		boolean byTotal = budget < overrides.readMs();
		HttpUriRequestBase outbound = new HttpUriRequestBase(request.method(), URI.create(request.url()));
		request.headers().forEach(outbound::setHeader);
		if (request.body() != null) {
			outbound.setEntity(new StringEntity(request.body(), FORM));
		}
		outbound.setConfig(RequestConfig.custom()
			.setConnectTimeout(Timeout.ofMilliseconds(overrides.connectMs()))
			.setResponseTimeout(Timeout.ofMilliseconds(budget))
			.setConnectionRequestTimeout(Timeout.ofMilliseconds(budget))
			.build());
		ScheduledFuture<?> abort = this.deadlines.schedule(outbound::cancel, budget, TimeUnit.MILLISECONDS);
		try {
			Attempt attempt = client().execute(outbound, (response) -> answered(time, start, response));
			return new Sent(attempt, attempt.succeeded() ? null : failure(attempt.status()));
		}
		catch (IOException | RuntimeException ex) {
			if (this.closing || Thread.currentThread().isInterrupted()) {
				// Shutting down: the request was aborted, not answered.
				throw new InterruptedException("Shutting down");
			}
			if (ex instanceof RefusedHost refused) {
				return new Sent(Attempt.refused(time, refused.getMessage()), Failure.CONNECT);
			}
			if (ex instanceof ConnectTimeoutException || ex instanceof ConnectException
					|| ex instanceof UnknownHostException || ex instanceof SSLException) {
				return new Sent(new Attempt(time, elapsed(start), "connect_failed", null, null), Failure.CONNECT);
			}
			if (ex instanceof SocketTimeoutException || outbound.isCancelled()) {
				return new Sent(
						new Attempt(time, elapsed(start), byTotal ? "total_timeout" : "read_timeout", null, null),
						Failure.READ);
			}
			if (ex instanceof RuntimeException unexpected) {
				throw unexpected;
			}
			return new Sent(new Attempt(time, elapsed(start), "io_error", null, null), Failure.OTHER);
		}
		finally {
			abort.cancel(false);
		}
	}

	/**
	 * Reads the whole answer, so that its connection can be reused, keeping its first KB.
	 */
	private static Attempt answered(Instant time, long start, ClassicHttpResponse response) throws IOException {
		int status = response.getCode();
		byte[] kept = new byte[0];
		HttpEntity entity = response.getEntity();
		if (entity != null) {
			try (InputStream body = entity.getContent()) {
				kept = body.readNBytes(KEPT_BODY);
				body.transferTo(OutputStream.nullOutputStream());
			}
		}
		return new Attempt(time, elapsed(start), Integer.toString(status), status, text(kept));
	}

	private static Failure failure(@Nullable Integer status) {
		int code = (status != null) ? status : 0;
		return (code >= 500 && code < 600) ? Failure.SERVER_ERROR
				: (code >= 400 && code < 500) ? Failure.CLIENT_ERROR : Failure.OTHER;
	}

	private synchronized CloseableHttpClient client() {
		if (this.closing) {
			throw new IllegalStateException("Closed");
		}
		if (this.client == null) {
			this.client = build(this.connections, new PolicyResolver(this.destinations));
		}
		return this.client;
	}

	/** Each worker sends one request at a time: never a wait for a connection. */
	private static CloseableHttpClient build(int connections, DnsResolver resolver) {
		return HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(resolver)
				.setMaxConnTotal(connections)
				.setMaxConnPerRoute(connections)
				.setDefaultConnectionConfig(
						ConnectionConfig.custom().setValidateAfterInactivity(VALIDATE_AFTER_IDLE).build())
				.build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.disableContentCompression()
			.build();
	}

	/**
	 * Resolves a host to the addresses the destination policy allows for the port it is
	 * connected on, or refuses it. HttpClient asks with the port; the other two methods
	 * serve callers that have none, for the URL's default port.
	 */
	private record PolicyResolver(Destinations destinations) implements DnsResolver {

		@Override
		public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
			try {
				return this.destinations.resolve(host, port)
					.stream()
					.map((address) -> new InetSocketAddress(address, port))
					.toList();
			}
			catch (Refused ex) {
				throw new RefusedHost(ex.getMessage());
			}
		}

		@Override
		public InetAddress[] resolve(String host) throws UnknownHostException {
			return resolve(host, -1).stream().map(InetSocketAddress::getAddress).toArray(InetAddress[]::new);
		}

		@Override
		public String resolveCanonicalHostname(String host) throws UnknownHostException {
			// No reverse lookup: the name is the one the policy allowed.
			resolve(host);
			return host;
		}

	}

	/** How the resolver says no: HttpClient passes it on, and never connects. */
	private static final class RefusedHost extends UnknownHostException {

		RefusedHost(String reason) {
			super(reason);
		}

	}

	private static long elapsed(long start) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

	private static @Nullable String text(byte[] body) {
		// PostgreSQL text cannot hold NUL.
		return (body.length == 0) ? null : new String(body, StandardCharsets.UTF_8).replace('\u0000', '\uFFFD');
	}

	@Override
	public synchronized void destroy() {
		// After the workers were told to stop: aborts what they still have out.
		this.closing = true;
		this.deadlines.shutdownNow();
		if (this.client != null) {
			this.client.close(CloseMode.IMMEDIATE);
		}
	}

}
