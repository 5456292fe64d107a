package io.autopilotmock.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;

import io.autopilotmock.events.ConnectionOverrides.Failure;

import org.springframework.stereotype.Component;

/**
 * Sends one attempt of a delivery with the JDK's HTTP client: HTTP/1.1, no redirects
 * followed, the connect timeout of the URL's {@code ct}, and the whole answer awaited at
 * most the smaller of its {@code rt} and the time left of its {@code tt}. Only the first
 * KB of an answer is kept. A client per connect timeout, as the JDK sets that per client;
 * the few most recent are kept. A client's asynchronous steps run on its own selector
 * thread rather than a pool's: they are short (the answer's first KB is copied, the rest
 * dropped), and the default pool grows without bound and costs a thread hand-off at every
 * step.
 */
@Component
class DeliverySender {

	static final int KEPT_BODY = 1024;

	private static final int CLIENTS = 8;

	private final Map<Integer, HttpClient> clients = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, HttpClient> eldest) {
			return size() > CLIENTS;
		}

	};

	private final Clock clock;

	DeliverySender(Clock clock) {
		this.clock = clock;
	}

	/** An attempt and, when it failed, how, as {@code rp} names failures. */
	record Sent(Attempt attempt, @Nullable Failure failure) {

	}

	/**
	 * Sends on the calling thread. Not {@code sendAsync}: on a one-CPU JVM, where the
	 * common pool has no parallelism, each of its calls starts a thread of its own for a
	 * completion stage. The request's timeout bounds the time until the answer's headers;
	 * the body is given what is left of the same budget.
	 * @param deadline {@link System#nanoTime()} by which every attempt must have ended
	 */
	Sent send(OutboundRequest request, ConnectionOverrides overrides, long deadline) throws InterruptedException {
		Instant time = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		long start = System.nanoTime();
		long left = TimeUnit.NANOSECONDS.toMillis(deadline - start);
		if (left <= 0) {
			return new Sent(new Attempt(time, 0, "total_timeout", null, null), Failure.READ);
		}
		long budget = Math.min(overrides.readMs(), left);
		boolean byTotal = budget < overrides.readMs();
		long answeredBy = start + TimeUnit.MILLISECONDS.toNanos(budget);
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
			.timeout(Duration.ofMillis(budget));
		request.headers().forEach(builder::header);
		builder.method(request.method(),
				(request.body() != null) ? HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8)
						: HttpRequest.BodyPublishers.noBody());
		try {
			HttpResponse<byte[]> response = client(overrides.connectMs()).send(builder.build(),
					(info) -> new FirstKilobyte(answeredBy));
			int status = response.statusCode();
			Attempt attempt = new Attempt(time, elapsed(start), Integer.toString(status), status,
					text(response.body()));
			return new Sent(attempt, attempt.succeeded() ? null : failure(status));
		}
		catch (IllegalArgumentException ex) {
			// The JDK reports a host it cannot resolve so.
			if (!causedBy(ex, UnresolvedAddressException.class)) {
				throw ex;
			}
			return connectFailed(time, start);
		}
		catch (IOException ex) {
			if (ex instanceof HttpConnectTimeoutException || ex instanceof ConnectException
					|| ex instanceof SSLException || causedBy(ex, UnresolvedAddressException.class)) {
				return connectFailed(time, start);
			}
			if (ex instanceof HttpTimeoutException || causedBy(ex, TimeoutException.class)) {
				return timedOut(time, start, byTotal);
			}
			return new Sent(new Attempt(time, elapsed(start), "io_error", null, null), Failure.OTHER);
		}
	}

	private static Sent connectFailed(Instant time, long start) {
		return new Sent(new Attempt(time, elapsed(start), "connect_failed", null, null), Failure.CONNECT);
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static Sent timedOut(Instant time, long start, boolean byTotal) {
		return new Sent(new Attempt(time, elapsed(start), byTotal ? "total_timeout" : "read_timeout", null, null),
				Failure.READ);
	}

	private static Failure failure(int status) {
		return (status >= 500 && status < 600) ? Failure.SERVER_ERROR
				: (status >= 400 && status < 500) ? Failure.CLIENT_ERROR : Failure.OTHER;
	}

	private HttpClient client(int connectMs) {
		synchronized (this.clients) {
			return this.clients.computeIfAbsent(connectMs,
					(timeout) -> HttpClient.newBuilder()
						.version(HttpClient.Version.HTTP_1_1)
						.followRedirects(HttpClient.Redirect.NEVER)
						.connectTimeout(Duration.ofMillis(timeout))
						.executor(Runnable::run)
						.build());
		}
	}

	private static long elapsed(long start) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

	private static @Nullable String text(byte[] body) {
		// PostgreSQL text cannot hold NUL.
		return (body.length == 0) ? null : new String(body, StandardCharsets.UTF_8).replace('\u0000', '\uFFFD');
	}

	/**
	 * Reads the whole answer, so that the connection can be reused, but keeps only its
	 * first KB. A body still coming at the deadline is abandoned, its connection closed.
	 */
	private static final class FirstKilobyte implements HttpResponse.BodySubscriber<byte[]> {

		private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

		private final CompletableFuture<byte[]> body = new CompletableFuture<>();

		private volatile Flow.@Nullable Subscription subscription;

		FirstKilobyte(long deadline) {
			long left = deadline - System.nanoTime();
			// The JDK's own timer completes it, on no thread of a pool.
			this.body.orTimeout(Math.max(0, left), TimeUnit.NANOSECONDS).whenComplete((bytes, failure) -> {
				Flow.Subscription current = this.subscription;
				if (failure != null && current != null) {
					current.cancel();
				}
			});
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return this.body;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			if (this.body.isDone()) {
				subscription.cancel();
				return;
			}
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			synchronized (this.kept) {
				for (ByteBuffer buffer : buffers) {
					int room = KEPT_BODY - this.kept.size();
					if (room > 0) {
						byte[] bytes = new byte[Math.min(room, buffer.remaining())];
						buffer.get(bytes);
						this.kept.write(bytes, 0, bytes.length);
					}
				}
			}
		}

		@Override
		public void onError(Throwable failure) {
			this.body.completeExceptionally((failure instanceof IOException) ? failure : new IOException(failure));
		}

		@Override
		public void onComplete() {
			synchronized (this.kept) {
				this.body.complete(this.kept.toByteArray());
			}
		}

	}

}
