package io.autopilotmock.faults;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.autopilotmock.admin.AdminScope;
import io.autopilotmock.admin.ScopedState;
import io.autopilotmock.twilio.TwilioErrors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The faults in force, in the order they were made. Read on every API request, written
 * rarely: a copy-on-write list, so a request that finds none pays one volatile read. Per
 * instance, in memory: instances behind one database each keep their own.
 */
@Component
@Order(10)
class FaultRegistry implements ScopedState {

	/**
	 * Per scope: each account's own faults, and the faults for every account, so that no
	 * account's faults can crowd out another's.
	 */
	static final int MAX_FAULTS = 1000;

	/** Across all scopes: a bound on memory when open mode lets anyone be any account. */
	static final int MAX_ALL_FAULTS = 10_000;

	private final List<Fault> faults = new CopyOnWriteArrayList<>();

	private final AtomicLong ids = new AtomicLong();

	Fault add(@Nullable String accountSid, FaultForm form) {
		Fault fault = FaultRules.toFault(this.ids.incrementAndGet(), accountSid, form);
		synchronized (this.faults) {
			long same = this.faults.stream().filter((kept) -> Objects.equals(kept.accountSid(), accountSid)).count();
			if (same >= MAX_FAULTS) {
				throw TwilioErrors.invalidParameter("At most " + MAX_FAULTS + " faults at a time for "
						+ ((accountSid != null) ? accountSid : "every account") + ": delete some first");
			}
			if (this.faults.size() >= MAX_ALL_FAULTS) {
				throw TwilioErrors
					.invalidParameter("At most " + MAX_ALL_FAULTS + " faults at a time in all: delete some first");
			}
			this.faults.add(fault);
		}
		return fault;
	}

	boolean isEmpty() {
		return this.faults.isEmpty();
	}

	/**
	 * The newest fault that matches the request and still applies, taking one of its
	 * {@code times}; a fault used up is removed.
	 * @param account the request's account, resolved only if a fault names one
	 */
	@Nullable Fault claim(String method, String path, Supplier<@Nullable String> account) {
		String accountSid = null;
		boolean resolved = false;
		Fault[] snapshot = this.faults.toArray(new Fault[0]);
		for (int i = snapshot.length - 1; i >= 0; i--) {
			Fault fault = snapshot[i];
			if (fault.accountSid() != null && !resolved) {
				accountSid = account.get();
				resolved = true;
			}
			if (fault.matches(method, path, accountSid) && fault.claim()) {
				if (fault.usedUp()) {
					this.faults.remove(fault);
				}
				return fault;
			}
		}
		return null;
	}

	List<Fault> find(AdminScope scope) {
		return this.faults.stream().filter((fault) -> fault.inScope(scope)).toList();
	}

	Optional<Fault> find(AdminScope scope, long id) {
		return this.faults.stream().filter((fault) -> fault.id() == id && fault.inScope(scope)).findFirst();
	}

	boolean delete(Fault fault) {
		return this.faults.remove(fault);
	}

	@Override
	public String name() {
		return "faults";
	}

	@Override
	public long deleteAll(AdminScope scope) {
		long deleted = 0;
		for (Fault fault : this.faults) {
			if (fault.inScope(scope) && this.faults.remove(fault)) {
				deleted++;
			}
		}
		return deleted;
	}

}
