package io.autopilotmock.faults;

import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import io.autopilotmock.admin.AdminScope;
import io.autopilotmock.journal.RequestPattern;

/**
 * One injected fault: which requests it matches, what it does to them, and how many more
 * it applies to.
 */
final class Fault {

	private final long id;

	private final @Nullable String accountSid;

	private final @Nullable String method;

	private final @Nullable RequestPattern path;

	private final @Nullable Integer status;

	private final @Nullable Integer code;

	private final @Nullable String message;

	private final @Nullable NetworkFault network;

	private final long delayMs;

	private final @Nullable Integer times;

	private final AtomicInteger remaining;

	Fault(long id, @Nullable String accountSid, @Nullable String method, @Nullable RequestPattern path,
			@Nullable Integer status, @Nullable Integer code, @Nullable String message, @Nullable NetworkFault network,
			long delayMs, @Nullable Integer times) {
		this.id = id;
		this.accountSid = accountSid;
		this.method = method;
		this.path = path;
		this.status = status;
		this.code = code;
		this.message = message;
		this.network = network;
		this.delayMs = delayMs;
		this.times = times;
		this.remaining = new AtomicInteger((times != null) ? times : Integer.MAX_VALUE);
	}

	boolean matches(String method, String path, @Nullable String accountSid) {
		return (this.method == null || this.method.equals(method)) && (this.path == null || this.path.matches(path))
				&& (this.accountSid == null || this.accountSid.equals(accountSid));
	}

	/**
	 * Takes one of the requests this fault applies to.
	 * @return whether there was one left
	 */
	boolean claim() {
		if (this.times == null) {
			return true;
		}
		int left = this.remaining.get();
		while (left > 0) {
			if (this.remaining.compareAndSet(left, left - 1)) {
				return true;
			}
			left = this.remaining.get();
		}
		return false;
	}

	boolean usedUp() {
		return this.times != null && this.remaining.get() <= 0;
	}

	boolean inScope(AdminScope scope) {
		return scope.isAll() || (this.accountSid != null && scope.includes(this.accountSid));
	}

	long id() {
		return this.id;
	}

	@Nullable String accountSid() {
		return this.accountSid;
	}

	@Nullable String method() {
		return this.method;
	}

	@Nullable RequestPattern path() {
		return this.path;
	}

	@Nullable Integer status() {
		return this.status;
	}

	@Nullable Integer code() {
		return this.code;
	}

	@Nullable String message() {
		return this.message;
	}

	@Nullable NetworkFault network() {
		return this.network;
	}

	long delayMs() {
		return this.delayMs;
	}

	@Nullable Integer times() {
		return this.times;
	}

	@Nullable Integer remaining() {
		return (this.times != null) ? Math.max(0, this.remaining.get()) : null;
	}

}
