package io.autopilotmock.journal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import io.autopilotmock.admin.AdminScope;
import io.autopilotmock.admin.ScopedState;
import io.autopilotmock.twilio.AutopilotMockProperties;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The most recent API requests, in a ring of fixed size that each new entry overwrites
 * the oldest of. Lock-free: recording is one counter increment and one slot swap, so the
 * API never waits for a reader. Per instance, in memory: instances behind one database
 * keep journals of their own.
 */
@Component
@Order(300)
class RequestJournal implements ScopedState {

	private final AtomicReferenceArray<JournalEntry> ring;

	private final AtomicLong sequence = new AtomicLong();

	private final AtomicInteger held = new AtomicInteger();

	RequestJournal(AutopilotMockProperties properties, MeterRegistry registry) {
		this.ring = new AtomicReferenceArray<>(properties.journal().size());
		Gauge.builder("autopilot.journal.size", this.held, AtomicInteger::get)
			.description("API requests held in the request journal")
			.register(registry);
	}

	boolean enabled() {
		return this.ring.length() > 0;
	}

	/** The id the next entry takes: increasing in the order requests are answered. */
	long nextId() {
		return this.sequence.incrementAndGet();
	}

	void add(JournalEntry entry) {
		int slot = (int) ((entry.id() - 1) % this.ring.length());
		while (true) {
			JournalEntry current = this.ring.get(slot);
			if (current != null && current.id() > entry.id()) {
				return; // a writer a whole ring later got here first: this entry is
						// already old
			}
			if (this.ring.compareAndSet(slot, current, entry)) {
				if (current == null) {
					this.held.incrementAndGet();
				}
				return;
			}
		}
	}

	/** How many entries the journal holds. */
	int size() {
		return this.held.get();
	}

	/** The entries of the scope that match, newest first. */
	List<JournalEntry> find(AdminScope scope, JournalQuery query) {
		List<JournalEntry> found = new ArrayList<>();
		for (int i = 0; i < this.ring.length(); i++) {
			JournalEntry entry = this.ring.get(i);
			if (entry != null && inScope(scope, entry) && query.matches(entry)) {
				found.add(entry);
			}
		}
		found.sort(Comparator.comparingLong(JournalEntry::id).reversed());
		return found;
	}

	@Override
	public String name() {
		return "requests";
	}

	@Override
	public long deleteAll(AdminScope scope) {
		long deleted = 0;
		for (int i = 0; i < this.ring.length(); i++) {
			JournalEntry entry = this.ring.get(i);
			if (entry != null && inScope(scope, entry) && this.ring.compareAndSet(i, entry, null)) {
				this.held.decrementAndGet();
				deleted++;
			}
		}
		return deleted;
	}

	/**
	 * Requests that no account was resolved for belong to the all-accounts scope only.
	 */
	private static boolean inScope(AdminScope scope, JournalEntry entry) {
		return scope.isAll() || (entry.accountSid() != null && scope.includes(entry.accountSid()));
	}

}
