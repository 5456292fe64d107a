package io.autopilotmock.webhook;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

import io.autopilotmock.assistant.AssistantKey;
import io.autopilotmock.assistant.AssistantService;
import io.autopilotmock.twilio.Account;
import io.autopilotmock.twilio.Constraints;
import io.autopilotmock.twilio.Keyset;
import io.autopilotmock.twilio.ResourceNotFoundException;
import io.autopilotmock.twilio.SidGenerator;
import io.autopilotmock.twilio.SidPrefix;
import io.autopilotmock.twilio.TwilioDates;
import io.autopilotmock.twilio.TwilioErrors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.util.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The rules of the Webhook resource. A request that fails leaves no trace: the form is
 * checked before a create registers its assistant, and only a create registers one. The
 * assistant is resolved outside the write's transaction, because resolving may register
 * it; each write then commits on its own, and the database's unique constraint, not a
 * prior read, decides a unique-name race.
 */
@Service
class WebhookService {

	private static final String UNIQUE_NAME_CONSTRAINT = "webhook_unique_name_uk";

	private final WebhookRepository webhooks;

	private final WebhookReads reads;

	private final AssistantService assistants;

	private final WebhookRules rules;

	private final SidGenerator sids;

	private final TwilioDates dates;

	private final TransactionOperations transactions;

	private final WebhookSubscriptions subscriptions;

	WebhookService(WebhookRepository webhooks, WebhookReads reads, AssistantService assistants, WebhookRules rules,
			SidGenerator sids, TwilioDates dates, TransactionOperations transactions,
			WebhookSubscriptions subscriptions) {
		this.webhooks = webhooks;
		this.reads = reads;
		this.subscriptions = subscriptions;
		this.assistants = assistants;
		this.rules = rules;
		this.sids = sids;
		this.dates = dates;
		this.transactions = transactions;
	}

	AssistantWebhook create(Account account, String assistantRef, WebhookForm form) {
		WebhookForm checked = this.rules.forCreate(form);
		AssistantKey assistant = this.assistants.resolve(account, assistantRef);
		Webhook webhook = new Webhook(this.sids.next(SidPrefix.WEBHOOK), account.sid(), assistant.id(), checked,
				this.dates.now());
		try {
			Webhook saved = this.transactions.execute((status) -> {
				Webhook inserted = this.webhooks.saveAndFlush(webhook);
				this.subscriptions.subscribeNew(inserted, assistant.id());
				return inserted;
			});
			return new AssistantWebhook(assistant.sid(), WebhookRow.of(saved));
		}
		catch (DataIntegrityViolationException ex) {
			throw translate(ex);
		}
	}

	/**
	 * The usual address, an assistant's SID, is read in one query; a unique name, or
	 * nothing found, looks the assistant up first.
	 */
	AssistantWebhook fetch(Account account, String assistantRef, String ref) {
		if (SidPrefix.ASSISTANT.matches(assistantRef)) {
			String assistantSid = SidPrefix.ASSISTANT.normalize(assistantRef);
			Optional<WebhookRow> found = SidPrefix.WEBHOOK.matches(ref)
					? this.reads.bySids(account.sid(), assistantSid, SidPrefix.WEBHOOK.normalize(ref))
					: this.reads.byUniqueName(account.sid(), assistantSid, ref);
			if (found.isPresent()) {
				return new AssistantWebhook(assistantSid, found.get());
			}
		}
		AssistantKey assistant = existing(account, assistantRef);
		return new AssistantWebhook(assistant.sid(), row(assistant, ref).orElseThrow(ResourceNotFoundException::new));
	}

	AssistantWebhook update(Account account, String assistantRef, String ref, WebhookForm form) {
		WebhookForm checked = this.rules.forUpdate(form);
		AssistantKey assistant = existing(account, assistantRef);
		try {
			Webhook updated = this.transactions.execute((status) -> {
				Webhook webhook = find(assistant, ref);
				String events = webhook.events();
				if (webhook.update(checked, this.dates.now())) {
					this.webhooks.flush();
					if (!events.equals(webhook.events())) {
						this.subscriptions.subscribe(webhook, assistant.id());
					}
				}
				return webhook;
			});
			return new AssistantWebhook(assistant.sid(), WebhookRow.of(updated));
		}
		catch (DataIntegrityViolationException ex) {
			throw translate(ex);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ResourceNotFoundException();
		}
	}

	/** A row deleted meanwhile (a reset) is a 404, as it would be a moment later. */
	void delete(Account account, String assistantRef, String ref) {
		AssistantKey assistant = existing(account, assistantRef);
		try {
			this.transactions.executeWithoutResult((status) -> this.webhooks.delete(find(assistant, ref)));
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ResourceNotFoundException();
		}
	}

	/**
	 * An unregistered assistant that a create would register has, as yet, no webhooks:
	 * its list is an empty page, and the read registers nothing. Addressed by SID, the
	 * first page is read with its assistant in one query; the assistant is looked up on
	 * its own only when a read needs its row id (a later page) or when that page comes
	 * out empty, to tell an assistant without webhooks from none at all.
	 */
	AssistantWebhooks list(Account account, String assistantRef) {
		if (SidPrefix.ASSISTANT.matches(assistantRef)) {
			String assistantSid = SidPrefix.ASSISTANT.normalize(assistantRef);
			Lazy<Optional<AssistantKey>> assistant = Lazy.of(() -> listed(account, assistantRef));
			return new AssistantWebhooks(assistantSid, rows(assistant, (limit) -> {
				List<WebhookRow> first = this.reads.first(account.sid(), assistantSid, limit);
				if (first.isEmpty()) {
					assistant.get(); // an assistant without webhooks, one to register, or
										// a 404
				}
				return first;
			}));
		}
		AssistantKey assistant = existing(account, assistantRef);
		return new AssistantWebhooks(assistant.sid(),
				rows(Lazy.of(Optional.of(assistant)), (limit) -> this.reads.fromOffset(assistant.id(), 0, limit)));
	}

	/**
	 * The assistant whose webhooks are listed: empty for one a create would register.
	 * @throws ResourceNotFoundException for one that is not there and would not be
	 */
	private Optional<AssistantKey> listed(Account account, String assistantRef) {
		Optional<AssistantKey> found = this.assistants.find(account, assistantRef);
		if (found.isEmpty() && this.assistants.registrable(assistantRef).isEmpty()) {
			throw new ResourceNotFoundException();
		}
		return found;
	}

	private Keyset<WebhookRow> rows(Lazy<Optional<AssistantKey>> assistant, IntFunction<List<WebhookRow>> first) {
		return Keyset.of(SidPrefix.WEBHOOK,
				new Keyset.Reads<>((after, limit) -> rows(assistant.get(), (id) -> this.reads.after(id, after, limit)),
						(before, limit) -> rows(assistant.get(), (id) -> this.reads.before(id, before, limit)),
						(offset, limit) -> (offset == 0) ? first.apply(limit)
								: rows(assistant.get(), (id) -> this.reads.fromOffset(id, offset, limit)),
						(sid) -> assistant.get().flatMap((found) -> this.reads.bySid(found.id(), sid))),
				WebhookRow::id, WebhookRow::sid);
	}

	/** A read under the assistant's row id; none under one not yet registered. */
	private static List<WebhookRow> rows(Optional<AssistantKey> assistant, LongFunction<List<WebhookRow>> read) {
		return assistant.map((found) -> read.apply(found.id())).orElseGet(List::of);
	}

	/** A webhook can only be under an assistant that exists: nothing is registered. */
	private AssistantKey existing(Account account, String assistantRef) {
		return this.assistants.find(account, assistantRef).orElseThrow(ResourceNotFoundException::new);
	}

	/**
	 * The webhook as a managed entity, for a write: its row id read in SQL, then the
	 * entity by that id, which needs no JPQL query. A JPQL query costs Hibernate's HQL
	 * parser, some 700 classes that the AOT cache would load at every start.
	 */
	private Webhook find(AssistantKey assistant, String ref) {
		return row(assistant, ref).flatMap((found) -> this.webhooks.findById(found.id()))
			.orElseThrow(ResourceNotFoundException::new);
	}

	/** The webhook under the assistant's row id, by SID or by unique name. */
	private Optional<WebhookRow> row(AssistantKey assistant, String ref) {
		return SidPrefix.WEBHOOK.matches(ref) ? this.reads.bySid(assistant.id(), SidPrefix.WEBHOOK.normalize(ref))
				: this.reads.byUniqueName(assistant.id(), ref);
	}

	/**
	 * A taken unique name is the client's 409, and a broken foreign key the assistant
	 * vanishing under a concurrent delete, a 404. Any other violation (a value longer
	 * than its column, say) means the rules let through what the schema refuses: a bug,
	 * answered as one, not disguised as "not found".
	 */
	private static RuntimeException translate(DataIntegrityViolationException ex) {
		if (Constraints.violated(ex, UNIQUE_NAME_CONSTRAINT)) {
			return TwilioErrors.uniqueNameTaken();
		}
		return Constraints.foreignKeyViolated(ex) ? new ResourceNotFoundException() : ex;
	}

}
