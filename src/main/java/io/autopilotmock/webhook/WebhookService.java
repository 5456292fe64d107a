package io.autopilotmock.webhook;

import java.util.Optional;

import io.autopilotmock.assistant.Assistant;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The rules of the Webhook resource. The assistant is resolved first, outside the write's
 * transaction, because resolving may register it; each write then commits on its own, and
 * the database's unique constraint, not a prior read, decides a unique-name race.
 */
@Service
class WebhookService {

	private static final String UNIQUE_NAME_CONSTRAINT = "webhook_unique_name_uk";

	private final WebhookRepository webhooks;

	private final AssistantService assistants;

	private final WebhookRules rules;

	private final SidGenerator sids;

	private final TwilioDates dates;

	private final TransactionOperations transactions;

	private final WebhookSubscriptions subscriptions;

	WebhookService(WebhookRepository webhooks, AssistantService assistants, WebhookRules rules, SidGenerator sids,
			TwilioDates dates, TransactionOperations transactions, WebhookSubscriptions subscriptions) {
		this.webhooks = webhooks;
		this.subscriptions = subscriptions;
		this.assistants = assistants;
		this.rules = rules;
		this.sids = sids;
		this.dates = dates;
		this.transactions = transactions;
	}

	AssistantWebhook create(Account account, String assistantRef, WebhookForm form) {
		Assistant assistant = this.assistants.resolve(account, assistantRef);
		WebhookForm checked = this.rules.forCreate(form);
		Webhook webhook = new Webhook(this.sids.next(SidPrefix.WEBHOOK), account.sid(), assistant.id(), checked,
				this.dates.now());
		try {
			Webhook saved = this.transactions.execute((status) -> {
				Webhook inserted = this.webhooks.saveAndFlush(webhook);
				this.subscriptions.subscribe(inserted, assistant.id());
				return inserted;
			});
			return new AssistantWebhook(assistant.sid(), saved);
		}
		catch (DataIntegrityViolationException ex) {
			throw translate(ex);
		}
	}

	/**
	 * The usual address, an assistant's SID, is read in one query; a unique name, or
	 * nothing found, takes the assistant's own rules first, which may register it or
	 * answer 404 for it.
	 */
	AssistantWebhook fetch(Account account, String assistantRef, String ref) {
		if (SidPrefix.ASSISTANT.matches(assistantRef)) {
			String assistantSid = SidPrefix.ASSISTANT.normalize(assistantRef);
			Optional<Webhook> found = SidPrefix.WEBHOOK.matches(ref)
					? this.webhooks.findBySids(account.sid(), assistantSid, SidPrefix.WEBHOOK.normalize(ref))
					: this.webhooks.findByAssistantSidAndUniqueName(account.sid(), assistantSid, ref);
			if (found.isPresent()) {
				return new AssistantWebhook(assistantSid, found.get());
			}
		}
		Assistant assistant = this.assistants.resolve(account, assistantRef);
		return new AssistantWebhook(assistant.sid(), find(assistant, ref));
	}

	AssistantWebhook update(Account account, String assistantRef, String ref, WebhookForm form) {
		Assistant assistant = this.assistants.resolve(account, assistantRef);
		WebhookForm checked = this.rules.forUpdate(form);
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
			return new AssistantWebhook(assistant.sid(), updated);
		}
		catch (DataIntegrityViolationException ex) {
			throw translate(ex);
		}
	}

	void delete(Account account, String assistantRef, String ref) {
		Assistant assistant = this.assistants.resolve(account, assistantRef);
		this.transactions.executeWithoutResult((status) -> this.webhooks.delete(find(assistant, ref)));
	}

	AssistantWebhooks list(Account account, String assistantRef) {
		Assistant assistant = this.assistants.resolve(account, assistantRef);
		long id = assistant.id();
		return new AssistantWebhooks(assistant,
				Keyset.of((after, limit) -> this.webhooks.findAfter(id, after, limit),
						(before, limit) -> this.webhooks.findBefore(id, before, limit),
						(offset, limit) -> this.webhooks.findPage(id, offset, limit), Webhook::id));
	}

	private Webhook find(Assistant assistant, String ref) {
		Optional<Webhook> webhook = SidPrefix.WEBHOOK.matches(ref)
				? this.webhooks.findBySid(assistant.id(), SidPrefix.WEBHOOK.normalize(ref))
				: this.webhooks.findByUniqueName(assistant.id(), ref);
		return webhook.orElseThrow(ResourceNotFoundException::new);
	}

	/**
	 * A taken unique name is the client's 409; any other violation here is the assistant
	 * vanishing under a concurrent delete.
	 */
	private static RuntimeException translate(DataIntegrityViolationException ex) {
		return Constraints.violated(ex, UNIQUE_NAME_CONSTRAINT) ? TwilioErrors.uniqueNameTaken()
				: new ResourceNotFoundException();
	}

}
