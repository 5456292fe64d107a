package io.autopilotmock.webhook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.autopilotmock.admin.AdminScope;
import io.autopilotmock.admin.ScopedState;
import io.autopilotmock.assistant.Assistant;
import io.autopilotmock.assistant.ScopedStateOrder;
import io.autopilotmock.twilio.SidPrefix;
import io.autopilotmock.twilio.StoredSids;
import io.autopilotmock.twilio.TwilioErrors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Webhooks as the control surface handles them: every one of a scope at once, read,
 * deleted or restored with the SIDs and dates they had, checked by the API's rules.
 */
@Component
@Order(ScopedStateOrder.WEBHOOKS)
public class WebhookStore implements ScopedState, StoredSids {

	private final WebhookRepository webhooks;

	private final WebhookRules rules;

	private final TransactionOperations transactions;

	private final WebhookSubscriptions subscriptions;

	WebhookStore(WebhookRepository webhooks, WebhookRules rules, TransactionOperations transactions,
			WebhookSubscriptions subscriptions) {
		this.webhooks = webhooks;
		this.subscriptions = subscriptions;
		this.rules = rules;
		this.transactions = transactions;
	}

	@Override
	public String name() {
		return "webhooks";
	}

	@Override
	public long deleteAll(AdminScope scope) {
		Integer deleted = this.transactions.execute((status) -> (scope.accountSid() != null)
				? this.webhooks.deleteEvery(scope.accountSid()) : this.webhooks.deleteEvery());
		return (deleted != null) ? deleted : 0;
	}

	/** The scope's webhooks by the row id of their assistant, each in creation order. */
	public Map<Long, List<WebhookSnapshot>> export(AdminScope scope) {
		List<Webhook> rows = (scope.accountSid() != null) ? this.webhooks.findEvery(scope.accountSid())
				: this.webhooks.findEvery();
		Map<Long, List<WebhookSnapshot>> byAssistant = new LinkedHashMap<>();
		for (Webhook row : rows) {
			byAssistant.computeIfAbsent(row.assistantId(), (id) -> new ArrayList<>()).add(WebhookSnapshot.of(row));
		}
		return byAssistant;
	}

	/** Every stored webhook SID, of every account. */
	@Override
	public List<String> sids() {
		return this.webhooks.findEverySid();
	}

	/**
	 * Which of these webhook SIDs are stored: a webhook's SID is unique across accounts.
	 */
	public List<String> taken(List<String> sids) {
		return sids.isEmpty() ? List.of() : this.webhooks.findTakenSids(sids);
	}

	/**
	 * Stores a webhook of a restored assistant as the snapshot gives it, checked by the
	 * rules of the API's create. Call it inside a transaction.
	 * @throws io.autopilotmock.twilio.TwilioException 400 for a value the API would
	 * refuse
	 */
	public WebhookSnapshot restore(Assistant assistant, WebhookSnapshot snapshot) {
		if (!SidPrefix.WEBHOOK.matches(snapshot.sid())) {
			throw TwilioErrors.invalidParameter("sid must be UM followed by 32 hex digits, was " + snapshot.sid());
		}
		WebhookForm checked = this.rules.forCreate(new WebhookForm(snapshot.uniqueName(), snapshot.events(),
				snapshot.webhookUrl(), snapshot.webhookMethod()));
		Webhook webhook = new Webhook(SidPrefix.WEBHOOK.normalize(snapshot.sid()), assistant.accountSid(),
				assistant.id(), checked, snapshot.dateCreated(), snapshot.dateUpdated());
		Webhook saved = this.webhooks.saveAndFlush(webhook);
		this.subscriptions.subscribe(saved, assistant.id());
		return WebhookSnapshot.of(saved);
	}

}
