package io.autopilotmock.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import io.autopilotmock.admin.AdminScope;
import io.autopilotmock.admin.ScopedState;
import io.autopilotmock.twilio.AutopilotMockProperties;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The most recent API requests, at most {@code autopilot-mock.journal.size} of them, each
 * account with its share: when the journal is full, a new entry evicts the oldest entry
 * of the account holding the most, so an account that sends many requests evicts its own
 * and never another's below its own count. Requests no account was resolved for count as
 * one account of their own. One lock, held for a few field writes per request (a scan of
 * the accounts only when full). Per instance, in memory: instances behind one database
 * keep journals of their own.
 */
@Component
@Order(300)
class RequestJournal implements ScopedState {

	private static final String NO_ACCOUNT = "";

	private final int capacity;

	private final AtomicLong sequence = new AtomicLong();

	private final AtomicInteger held = new AtomicInteger();

	/** Each account's entries, oldest first; accounts without entries are removed. */
	private final Map<String, ArrayDeque<JournalEntry>> byAccount = new HashMap<>();

	RequestJournal(AutopilotMockProperties properties, MeterRegistry registry) {
		this.capacity = properties.journal().size();
		Gauge.builder("autopilot.journal.size", this.held, AtomicInteger::get)
			.description("API requests held in the request journal")
			.register(registry);
	}

	boolean enabled() {
		return this.capacity > 0;
	}

	/** The id the next entry takes: increasing in the order requests are answered. */
	long nextId() {
		return this.sequence.incrementAndGet();
	}

	void add(JournalEntry entry) {
		String account = key(entry);
		synchronized (this.byAccount) {
			ArrayDeque<JournalEntry> own = this.byAccount.computeIfAbsent(account, (key) -> new ArrayDeque<>());
			if (this.held.get() >= this.capacity) {
				evictFromLargest(own);
			}
			own.addLast(entry);
			this.held.incrementAndGet();
		}
	}

	/**
	 * The oldest entry of the account holding the most; the adding account's on a tie.
	 */
	private void evictFromLargest(ArrayDeque<JournalEntry> own) {
		ArrayDeque<JournalEntry> largest = own;
		String largestKey = null;
		for (Map.Entry<String, ArrayDeque<JournalEntry>> candidate : this.byAccount.entrySet()) {
			if (candidate.getValue().size() > largest.size()) {
				largest = candidate.getValue();
				largestKey = candidate.getKey();
			}
		}
		if (largest.pollFirst() != null) {
			this.held.decrementAndGet();
		}
		if (largestKey != null && largest.isEmpty()) {
			this.byAccount.remove(largestKey);
		}
	}

	/** How many entries the journal holds. */
	int size() {
		return this.held.get();
	}

	/** The entries of the scope that match, newest first. */
	List<JournalEntry> find(AdminScope scope, JournalQuery query) {
		List<JournalEntry> found = new ArrayList<>();
		synchronized (this.byAccount) {
			for (Map.Entry<String, ArrayDeque<JournalEntry>> account : this.byAccount.entrySet()) {
				if (inScope(scope, account.getKey())) {
					for (JournalEntry entry : account.getValue()) {
						if (query.matches(entry)) {
							found.add(entry);
						}
					}
				}
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
		synchronized (this.byAccount) {
			Iterator<Map.Entry<String, ArrayDeque<JournalEntry>>> accounts = this.byAccount.entrySet().iterator();
			while (accounts.hasNext()) {
				Map.Entry<String, ArrayDeque<JournalEntry>> account = accounts.next();
				if (inScope(scope, account.getKey())) {
					deleted += account.getValue().size();
					this.held.addAndGet(-account.getValue().size());
					accounts.remove();
				}
			}
		}
		return deleted;
	}

	private static String key(JournalEntry entry) {
		return (entry.accountSid() != null) ? entry.accountSid() : NO_ACCOUNT;
	}

	/**
	 * Requests that no account was resolved for belong to the all-accounts scope only.
	 */
	private static boolean inScope(AdminScope scope, String account) {
		return scope.isAll() || (!account.equals(NO_ACCOUNT) && scope.includes(account));
	}

}
