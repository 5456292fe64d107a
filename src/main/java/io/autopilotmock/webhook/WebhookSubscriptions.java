package io.autopilotmock.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

import io.autopilotmock.assistant.AssistantKey;
import io.autopilotmock.twilio.TwilioErrors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which webhooks are subscribed to which events, kept as one row per webhook and event so
 * that firing an event reads only the webhooks it reaches. The webhook service keeps the
 * rows in step with every create, update and delete, in the same transaction; the
 * database deletes them with their webhook.
 */
@Component
public class WebhookSubscriptions {

	/** What a {@link Subscription} is read from, in its components' order. */
	private static final String SUBSCRIPTION_COLUMNS = "e.event, w.id, w.sid, w.webhook_url, w.webhook_method";

	private final JdbcClient jdbc;

	private final WebhookRules rules;

	WebhookSubscriptions(JdbcClient jdbc, WebhookRules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	/**
	 * An event name a simulation may fire, under the rule {@code Events} follows on the
	 * API: one of Autopilot's, compared case-insensitively, unless events are lenient.
	 * @return the name, trimmed
	 * @throws io.autopilotmock.twilio.TwilioException 400 for an unknown or blank name
	 */
	public String checkedEvent(String event) {
		String trimmed = event.trim();
		if (trimmed.isEmpty() || trimmed.contains(" ") || !this.rules.isKnown(trimmed)) {
			throw TwilioErrors.invalidParameter("events contains an unknown event: " + event);
		}
		return trimmed;
	}

	/**
	 * The webhooks of the assistant subscribed to any of the events, in creation order.
	 * @param events event names, in any case
	 */
	public List<Subscription> subscribedTo(long assistantId, Collection<String> events) {
		Set<String> keys = keys(events);
		if (keys.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + SUBSCRIPTION_COLUMNS + " from webhook_event e join webhook w on w.id = e.webhook_id "
					+ "where e.assistant_id = :assistantId and e.event in (:events) order by w.id")
			.param("assistantId", assistantId)
			.param("events", keys)
			.query((rs, row) -> subscription(rs, 1))
			.list();
	}

	/**
	 * The account's assistant with this SID and its webhooks subscribed to any of the
	 * events, in one query: a trigger addressed by SID, the usual address, reads its
	 * assistant and whom to deliver to at once.
	 * @param assistantSid a normalised {@code UA…} SID
	 * @param events event names, in any case, at least one
	 * @return empty when the account has no such assistant
	 */
	public Optional<AssistantSubscriptions> ofAssistant(String accountSid, String assistantSid,
			Collection<String> events) {
		Set<String> keys = keys(events);
		List<Object> values = new ArrayList<>(keys);
		values.add(accountSid);
		values.add(assistantSid);
		// Positional parameters: named ones are substituted afresh on every trigger.
		String placeholders = String.join(", ", Collections.nCopies(keys.size(), "?"));
		List<AssistantRow> rows = this.jdbc
			.sql("select a.id, a.sid, " + SUBSCRIPTION_COLUMNS + " from assistant a "
					+ "left join webhook_event e on e.assistant_id = a.id and e.event in (" + placeholders + ") "
					+ "left join webhook w on w.id = e.webhook_id where a.account_sid = ? and a.sid = ? order by w.id")
			.params(values)
			.query(WebhookSubscriptions::assistantRow)
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		List<Subscription> subscriptions = new ArrayList<>();
		rows.forEach((row) -> {
			if (row.subscription() != null) {
				subscriptions.add(row.subscription());
			}
		});
		return Optional.of(new AssistantSubscriptions(rows.get(0).assistant(), subscriptions));
	}

	/** A row of the assistant left-joined to its subscriptions: none when it has none. */
	private record AssistantRow(AssistantKey assistant, @Nullable Subscription subscription) {

	}

	private static AssistantRow assistantRow(ResultSet rs, int row) throws SQLException {
		AssistantKey assistant = new AssistantKey(rs.getLong(1), rs.getString(2));
		// No subscribed webhook: the left joins give nulls.
		boolean subscribed = rs.getString(3) != null && rs.getString(5) != null;
		return new AssistantRow(assistant, subscribed ? subscription(rs, 3) : null);
	}

	/**
	 * A subscription from {@link #SUBSCRIPTION_COLUMNS}, the first of them at
	 * {@code first}.
	 */
	private static Subscription subscription(ResultSet rs, int first) throws SQLException {
		return new Subscription(rs.getString(first), rs.getLong(first + 1), rs.getString(first + 2),
				rs.getString(first + 3), rs.getString(first + 4));
	}

	/** The events as subscriptions store them, each once. */
	private static Set<String> keys(Collection<String> events) {
		Set<String> keys = new LinkedHashSet<>();
		events.forEach((event) -> keys.add(key(event)));
		return keys;
	}

	/** The event as subscriptions store it. */
	public static String key(String event) {
		return event.toLowerCase(Locale.ROOT);
	}

	/** Records the webhook's subscriptions, replacing any it had. */
	void subscribe(Webhook webhook, long assistantId) {
		this.jdbc.sql("delete from webhook_event where webhook_id = ?").param(webhook.id()).update();
		subscribeNew(webhook, assistantId);
	}

	/**
	 * Records the subscriptions of a webhook that has none yet, in one statement: a
	 * create's cost grows with its statements, not with its events.
	 */
	void subscribeNew(Webhook webhook, long assistantId) {
		Set<String> keys = new LinkedHashSet<>();
		for (String event : webhook.events().trim().split(" +")) {
			keys.add(key(event));
		}
		if (keys.isEmpty()) {
			return;
		}
		StringJoiner rows = new StringJoiner(", ",
				"insert into webhook_event (webhook_id, assistant_id, event) values ", "");
		List<Object> values = new ArrayList<>(3 * keys.size());
		for (String event : keys) {
			rows.add("(?, ?, ?)");
			values.add(webhook.id());
			values.add(assistantId);
			values.add(event);
		}
		this.jdbc.sql(rows.toString()).params(values).update();
	}

}
