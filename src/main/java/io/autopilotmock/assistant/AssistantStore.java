package io.autopilotmock.assistant;

import java.util.List;

import io.autopilotmock.admin.AdminScope;
import io.autopilotmock.admin.ScopedState;
import io.autopilotmock.twilio.SidPrefix;
import io.autopilotmock.twilio.StoredSids;
import io.autopilotmock.twilio.TwilioErrors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Assistants as the control surface handles them: every one of a scope at once, read,
 * deleted or restored with the SIDs and dates they had. Deleted after the webhooks, whose
 * count would otherwise vanish in the database's cascade.
 */
@Component
@Order(ScopedStateOrder.ASSISTANTS)
public class AssistantStore implements ScopedState, StoredSids {

	private final AssistantRepository assistants;

	private final TransactionOperations transactions;

	private final AssistantRules rules;

	AssistantStore(AssistantRepository assistants, TransactionOperations transactions, AssistantRules rules) {
		this.assistants = assistants;
		this.transactions = transactions;
		this.rules = rules;
	}

	@Override
	public String name() {
		return "assistants";
	}

	/** Deletes the scope's assistants, and with them, in the database, their webhooks. */
	@Override
	public long deleteAll(AdminScope scope) {
		Integer deleted = this.transactions.execute((status) -> (scope.accountSid() != null)
				? this.assistants.deleteEvery(scope.accountSid()) : this.assistants.deleteEvery());
		return (deleted != null) ? deleted : 0;
	}

	/** The scope's assistants, by account SID and then in creation order. */
	public List<Assistant> export(AdminScope scope) {
		return (scope.accountSid() != null) ? this.assistants.findEvery(scope.accountSid())
				: this.assistants.findEvery();
	}

	/** Every stored assistant SID, of every account. */
	@Override
	public List<String> sids() {
		return this.assistants.findEverySid();
	}

	/** Whether no account has any assistant. */
	public boolean isEmpty() {
		return this.assistants.count() == 0;
	}

	/**
	 * Stores an assistant as the snapshot gives it, checked by the API's own rules. Call
	 * it inside a transaction; the database's constraints decide at its commit.
	 * @throws io.autopilotmock.twilio.TwilioException 400 for a value the API would
	 * refuse
	 */
	public Assistant restore(String accountSid, AssistantSnapshot snapshot) {
		if (!SidPrefix.ASSISTANT.matches(snapshot.sid())) {
			throw TwilioErrors.invalidParameter("sid must be UA followed by 32 hex digits, was " + snapshot.sid());
		}
		AssistantForm checked = this.rules.check(new AssistantForm(snapshot.friendlyName(), snapshot.uniqueName()));
		return this.assistants.save(new Assistant(SidPrefix.ASSISTANT.normalize(snapshot.sid()), accountSid,
				checked.friendlyName(), checked.uniqueName(), snapshot.dateCreated(), snapshot.dateUpdated()));
	}

}
