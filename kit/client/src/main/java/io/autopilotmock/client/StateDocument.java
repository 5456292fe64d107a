package io.autopilotmock.client;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state {@code GET /__admin/state} exports and {@code PUT /__admin/state} and a seed
 * file import: accounts, their assistants and the assistants' webhooks. Written, a
 * {@code null} is left out (the emulator then mints a SID, stamps now, takes POST).
 *
 * @param accounts the accounts
 */
public record StateDocument(List<Account> accounts) {

	public record Account(String accountSid, List<Assistant> assistants) {

	}

	public record Assistant(String sid, String uniqueName, String friendlyName, Instant dateCreated,
			Instant dateUpdated, List<Webhook> webhooks) {

	}

	public record Webhook(String sid, String uniqueName, String events, String webhookUrl, String webhookMethod,
			Instant dateCreated, Instant dateUpdated) {

	}

	static StateDocument of(Object json) {
		return new StateDocument(Fields.of(json).list("accounts", StateDocument::account));
	}

	String json() {
		return Json.write(Map.of("accounts", this.accounts.stream().map(StateDocument::json).toList()));
	}

	private static Account account(Object json) {
		Fields fields = Fields.of(json);
		return new Account(fields.string("account_sid"), fields.list("assistants", StateDocument::assistant));
	}

	private static Assistant assistant(Object json) {
		Fields fields = Fields.of(json);
		return new Assistant(fields.string("sid"), fields.string("unique_name"), fields.string("friendly_name"),
				fields.instant("date_created"), fields.instant("date_updated"),
				fields.list("webhooks", StateDocument::webhook));
	}

	private static Webhook webhook(Object json) {
		Fields fields = Fields.of(json);
		return new Webhook(fields.string("sid"), fields.string("unique_name"), fields.string("events"),
				fields.string("webhook_url"), fields.string("webhook_method"), fields.instant("date_created"),
				fields.instant("date_updated"));
	}

	private static Map<String, Object> json(Account account) {
		Map<String, Object> json = new LinkedHashMap<>();
		put(json, "account_sid", account.accountSid());
		json.put("assistants", account.assistants().stream().map(StateDocument::json).toList());
		return json;
	}

	private static Map<String, Object> json(Assistant assistant) {
		Map<String, Object> json = new LinkedHashMap<>();
		put(json, "sid", assistant.sid());
		put(json, "unique_name", assistant.uniqueName());
		put(json, "friendly_name", assistant.friendlyName());
		put(json, "date_created", assistant.dateCreated());
		put(json, "date_updated", assistant.dateUpdated());
		json.put("webhooks", assistant.webhooks().stream().map(StateDocument::json).toList());
		return json;
	}

	private static Map<String, Object> json(Webhook webhook) {
		Map<String, Object> json = new LinkedHashMap<>();
		put(json, "sid", webhook.sid());
		put(json, "unique_name", webhook.uniqueName());
		put(json, "events", webhook.events());
		put(json, "webhook_url", webhook.webhookUrl());
		put(json, "webhook_method", webhook.webhookMethod());
		put(json, "date_created", webhook.dateCreated());
		put(json, "date_updated", webhook.dateUpdated());
		return json;
	}

	private static void put(Map<String, Object> json, String name, Object value) {
		if (value != null) {
			json.put(name, value.toString());
		}
	}

}
