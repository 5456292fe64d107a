package io.autopilotmock.floor;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A webhook's row, mapped as autopilot-mock maps it: an identity key, the SID and the
 * dates as columns.
 */
@Entity
@Table(name = "webhook")
class StoredWebhook {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String sid;

	private String accountSid;

	private String assistantSid;

	private String uniqueName;

	private String events;

	private String webhookUrl;

	private String webhookMethod;

	private Instant dateCreated;

	private Instant dateUpdated;

	protected StoredWebhook() {
	}

	StoredWebhook(String sid, String accountSid, String assistantSid, String uniqueName, String events,
			String webhookUrl, String webhookMethod, Instant created) {
		this.sid = sid;
		this.accountSid = accountSid;
		this.assistantSid = assistantSid;
		this.uniqueName = uniqueName;
		this.events = events;
		this.webhookUrl = webhookUrl;
		this.webhookMethod = webhookMethod;
		this.dateCreated = created;
		this.dateUpdated = created;
	}

	String sid() {
		return this.sid;
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

}
