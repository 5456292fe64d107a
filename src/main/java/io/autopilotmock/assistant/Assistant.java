package io.autopilotmock.assistant;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An Autopilot assistant, the parent of webhooks. Only the fields Twilio's spec gives it
 * that the emulator stores; the rest of its JSON is constant.
 */
@Entity
@Table(name = "assistant")
public class Assistant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String sid;

	private String accountSid;

	private @Nullable String friendlyName;

	private @Nullable String uniqueName;

	private Instant dateCreated;

	private Instant dateUpdated;

	protected Assistant() {
	}

	Assistant(String sid, String accountSid, @Nullable String friendlyName, @Nullable String uniqueName, Instant now) {
		this(sid, accountSid, friendlyName, uniqueName, now, now);
	}

	/** An assistant as it was stored, both dates given: what a state import restores. */
	Assistant(String sid, String accountSid, @Nullable String friendlyName, @Nullable String uniqueName,
			Instant dateCreated, Instant dateUpdated) {
		this.sid = sid;
		this.accountSid = accountSid;
		this.friendlyName = friendlyName;
		this.uniqueName = uniqueName;
		this.dateCreated = dateCreated;
		this.dateUpdated = dateUpdated;
	}

	/**
	 * Applies the parameters that were sent; {@code date_updated} moves only when a value
	 * actually changed.
	 * @return whether anything changed
	 */
	boolean update(AssistantForm form, Instant now) {
		String friendlyName = (form.friendlyName() != null) ? form.friendlyName() : this.friendlyName;
		String uniqueName = (form.uniqueName() != null) ? form.uniqueName() : this.uniqueName;
		boolean changed = !Objects.equals(friendlyName, this.friendlyName)
				|| !Objects.equals(uniqueName, this.uniqueName);
		if (changed) {
			this.friendlyName = friendlyName;
			this.uniqueName = uniqueName;
			this.dateUpdated = now;
		}
		return changed;
	}

	/** The row number: creation order, and the key lists page by. */
	public long id() {
		if (this.id == null) {
			throw new IllegalStateException("Assistant " + this.sid + " is not saved yet");
		}
		return this.id;
	}

	public String sid() {
		return this.sid;
	}

	public String accountSid() {
		return this.accountSid;
	}

	public @Nullable String friendlyName() {
		return this.friendlyName;
	}

	public @Nullable String uniqueName() {
		return this.uniqueName;
	}

	public Instant dateCreated() {
		return this.dateCreated;
	}

	public Instant dateUpdated() {
		return this.dateUpdated;
	}

}
