package io.autopilotmock.webhook;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A webhook of an assistant. Its SID, account and assistant never change.
 */
@Entity
@Table(name = "webhook")
class Webhook {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String sid;

	private String accountSid;

	private long assistantId;

	private String uniqueName;

	private String events;

	private String webhookUrl;

	private String webhookMethod;

	private Instant dateCreated;

	private Instant dateUpdated;

	protected Webhook() {
	}

	/**
	 * A new webhook from checked create parameters, all present.
	 */
	Webhook(String sid, String accountSid, long assistantId, WebhookForm form, Instant now) {
		this(sid, accountSid, assistantId, form, now, now);
	}

	/**
	 * A webhook as it was stored, both dates given: what a state import restores.
	 */
	Webhook(String sid, String accountSid, long assistantId, WebhookForm form, Instant dateCreated,
			Instant dateUpdated) {
		this.sid = sid;
		this.accountSid = accountSid;
		this.assistantId = assistantId;
		this.uniqueName = Objects.requireNonNull(form.uniqueName());
		this.events = Objects.requireNonNull(form.events());
		this.webhookUrl = Objects.requireNonNull(form.webhookUrl());
		this.webhookMethod = Objects.requireNonNull(form.webhookMethod());
		this.dateCreated = dateCreated;
		this.dateUpdated = dateUpdated;
	}

	/**
	 * Applies the parameters that were sent; {@code date_updated} moves only when a value
	 * actually changed.
	 * @return whether anything changed
	 */
	boolean update(WebhookForm form, Instant now) {
		String uniqueName = Objects.requireNonNullElse(form.uniqueName(), this.uniqueName);
		String events = Objects.requireNonNullElse(form.events(), this.events);
		String webhookUrl = Objects.requireNonNullElse(form.webhookUrl(), this.webhookUrl);
		String webhookMethod = Objects.requireNonNullElse(form.webhookMethod(), this.webhookMethod);
		boolean changed = !uniqueName.equals(this.uniqueName) || !events.equals(this.events)
				|| !webhookUrl.equals(this.webhookUrl) || !webhookMethod.equals(this.webhookMethod);
		if (changed) {
			this.uniqueName = uniqueName;
			this.events = events;
			this.webhookUrl = webhookUrl;
			this.webhookMethod = webhookMethod;
			this.dateUpdated = now;
		}
		return changed;
	}

	/** The row number: creation order, and the key lists page by. */
	long id() {
		if (this.id == null) {
			throw new IllegalStateException("Webhook " + this.sid + " is not saved yet");
		}
		return this.id;
	}

	String sid() {
		return this.sid;
	}

	long assistantId() {
		return this.assistantId;
	}

	String accountSid() {
		return this.accountSid;
	}

	String uniqueName() {
		return this.uniqueName;
	}

	String events() {
		return this.events;
	}

	String webhookUrl() {
		return this.webhookUrl;
	}

	String webhookMethod() {
		return this.webhookMethod;
	}

	Instant dateCreated() {
		return this.dateCreated;
	}

	Instant dateUpdated() {
		return this.dateUpdated;
	}

}
