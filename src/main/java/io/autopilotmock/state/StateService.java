package io.autopilotmock.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.autopilotmock.admin.AdminScope;
import io.autopilotmock.assistant.Assistant;
import io.autopilotmock.assistant.AssistantStore;
import io.autopilotmock.state.StateDocument.AccountState;
import io.autopilotmock.state.StateDocument.AssistantState;
import io.autopilotmock.state.StateDocument.WebhookState;
import io.autopilotmock.twilio.JsonErrors;
import io.autopilotmock.twilio.TwilioErrors;
import io.autopilotmock.twilio.TwilioException;
import io.autopilotmock.webhook.WebhookSnapshot;
import io.autopilotmock.webhook.WebhookStore;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Exports a scope as a {@link StateDocument} and replaces a scope with one, in one
 * transaction: a document with a bad item changes nothing.
 */
@Service
class StateService {

	private final AssistantStore assistants;

	private final WebhookStore webhooks;

	private final StateChecks checks;

	private final SidSequence sidSequence;

	private final TransactionOperations transactions;

	private final JsonMapper json;

	StateService(AssistantStore assistants, WebhookStore webhooks, StateChecks checks, SidSequence sidSequence,
			TransactionOperations transactions, JsonMapper json) {
		this.assistants = assistants;
		this.webhooks = webhooks;
		this.checks = checks;
		this.sidSequence = sidSequence;
		this.transactions = transactions;
		this.json = json;
	}

	StateDocument export(AdminScope scope) {
		Map<Long, List<WebhookSnapshot>> webhooks = this.webhooks.export(scope);
		Map<String, List<AssistantState>> byAccount = new LinkedHashMap<>();
		for (Assistant assistant : this.assistants.export(scope)) {
			List<WebhookState> hooks = webhooks.getOrDefault(assistant.id(), List.of())
				.stream()
				.map(StateService::json)
				.toList();
			byAccount.computeIfAbsent(assistant.accountSid(), (sid) -> new ArrayList<>())
				.add(new AssistantState(assistant.sid(), assistant.uniqueName(), assistant.friendlyName(),
						assistant.dateCreated().toString(), assistant.dateUpdated().toString(), hooks));
		}
		List<AccountState> accounts = new ArrayList<>();
		byAccount.forEach((sid, items) -> accounts.add(new AccountState(sid, List.copyOf(items))));
		return new StateDocument(accounts);
	}

	/**
	 * Reads a document.
	 * @throws TwilioException 400 naming where the text is not JSON or a value has the
	 * wrong type
	 */
	StateDocument parse(byte[] body) {
		if (body.length == 0) {
			throw TwilioErrors.invalidParameter("Send the state document as JSON: {\"accounts\": [...]}");
		}
		StateDocument document;
		try {
			document = this.json.readValue(body, StateDocument.class);
		}
		catch (JacksonException ex) {
			throw JsonErrors.of(ex, "The state document");
		}
		// JSON's null reads as no document at all.
		if (document == null) {
			throw TwilioErrors.invalidParameter("Send the state document as JSON: {\"accounts\": [...]}");
		}
		return document;
	}

	/**
	 * Replaces everything of the scope with the document's assistants and webhooks.
	 * @return what the scope holds now
	 * @throws TwilioException 400 naming the first bad item, with nothing changed
	 */
	StateDocument replace(AdminScope scope, StateDocument document) {
		List<StateChecks.Account> accounts = this.checks.check(scope, document);
		List<String> restored = new ArrayList<>();
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.assistants.deleteAll(scope);
				this.checks.checkWebhookSidsFree(accounts, this.webhooks);
				for (StateChecks.Account account : accounts) {
					for (StateChecks.Item item : account.assistants()) {
						Assistant assistant = restore(item.path(),
								() -> this.assistants.restore(account.sid(), item.assistant()));
						restored.add(assistant.sid());
						for (StateChecks.Hook hook : item.webhooks()) {
							restored.add(
									restore(hook.path(), () -> this.webhooks.restore(assistant, hook.webhook())).sid());
						}
					}
				}
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw TwilioErrors.invalidParameter(
					"The state document conflicts with a write made at the same time; nothing was changed");
		}
		this.sidSequence.continueAfter(restored);
		return export(scope);
	}

	private static <T> T restore(String path, java.util.function.Supplier<T> restore) {
		try {
			return restore.get();
		}
		catch (TwilioException ex) {
			throw TwilioErrors.invalidParameter(path + ": " + ex.getMessage());
		}
	}

	private static WebhookState json(WebhookSnapshot webhook) {
		return new WebhookState(webhook.sid(), webhook.uniqueName(), webhook.events(), webhook.webhookUrl(),
				webhook.webhookMethod(), webhook.dateCreated().toString(), webhook.dateUpdated().toString());
	}

}
