package io.autopilotmock.assistant;

import java.util.Optional;

import io.autopilotmock.twilio.Account;
import io.autopilotmock.twilio.AutopilotMockProperties;
import io.autopilotmock.twilio.Constraints;
import io.autopilotmock.twilio.Keyset;
import io.autopilotmock.twilio.ResourceNotFoundException;
import io.autopilotmock.twilio.SidGenerator;
import io.autopilotmock.twilio.SidPrefix;
import io.autopilotmock.twilio.TwilioDates;
import io.autopilotmock.twilio.TwilioErrors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Assistants, and the rule every child resource uses to resolve {@code {AssistantSid}}.
 * Every query is scoped to the caller's account.
 */
@Service
public class AssistantService {

	private static final String UNIQUE_NAME_CONSTRAINT = "assistant_unique_name_uk";

	private final AssistantRepository assistants;

	private final SidGenerator sids;

	private final TwilioDates dates;

	private final TransactionOperations transactions;

	private final JdbcClient jdbc;

	private final AssistantRules rules;

	private final boolean autoCreate;

	AssistantService(AssistantRepository assistants, JdbcClient jdbc, SidGenerator sids, TwilioDates dates,
			TransactionOperations transactions, AssistantRules rules, AutopilotMockProperties properties) {
		this.assistants = assistants;
		this.rules = rules;
		this.jdbc = jdbc;
		this.sids = sids;
		this.dates = dates;
		this.transactions = transactions;
		this.autoCreate = properties.autoCreateAssistants();
	}

	/**
	 * The caller's assistant named by SID (tried first) or unique name, as the parent of
	 * a child being created. A well-formed {@code UA…} SID not seen before is registered
	 * when auto-creation is on, so that a fresh emulator answers the first request it
	 * gets. Call it outside a transaction: the registration commits on its own, and a
	 * concurrent one wins harmlessly.
	 * @throws ResourceNotFoundException when there is no such assistant
	 */
	public AssistantKey resolve(Account account, String ref) {
		Optional<AssistantKey> found = find(account, ref);
		if (found.isPresent()) {
			return found.get();
		}
		return AssistantKey.of(register(account, registrable(ref).orElseThrow(ResourceNotFoundException::new)));
	}

	/**
	 * The caller's assistant named by SID (tried first) or unique name, without
	 * registering it: for reads and for writes to children that must already exist, so
	 * that a request that fails leaves no assistant behind. Read in SQL: a child needs
	 * only the assistant's keys, not a managed entity.
	 */
	public Optional<AssistantKey> find(Account account, String ref) {
		boolean bySid = SidPrefix.ASSISTANT.matches(ref);
		return this.jdbc
			.sql(bySid ? "select id, sid from assistant where account_sid = ? and sid = ?"
					: "select id, sid from assistant where account_sid = ? and unique_name = ?")
			.params(account.sid(), bySid ? SidPrefix.ASSISTANT.normalize(ref) : ref)
			.query((rs, row) -> new AssistantKey(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/**
	 * The SID {@link #resolve} would register for this reference, if it would: a list
	 * under an unregistered assistant answers an empty page for it without registering
	 * it.
	 */
	public Optional<String> registrable(String ref) {
		return (this.autoCreate && SidPrefix.ASSISTANT.matches(ref)) ? Optional.of(SidPrefix.ASSISTANT.normalize(ref))
				: Optional.empty();
	}

	Assistant create(Account account, AssistantForm form) {
		AssistantForm checked = this.rules.check(form);
		Assistant assistant = new Assistant(this.sids.next(SidPrefix.ASSISTANT), account.sid(), checked.friendlyName(),
				checked.uniqueName(), this.dates.now());
		try {
			return this.assistants.saveAndFlush(assistant);
		}
		catch (DataIntegrityViolationException ex) {
			throw translate(ex);
		}
	}

	/** The assistant itself is never registered by being fetched, updated or deleted. */
	Assistant fetch(Account account, String ref) {
		Optional<Assistant> found = SidPrefix.ASSISTANT.matches(ref)
				? this.assistants.findBySid(account.sid(), SidPrefix.ASSISTANT.normalize(ref))
				: this.assistants.findByUniqueName(account.sid(), ref);
		return found.orElseThrow(ResourceNotFoundException::new);
	}

	Assistant update(Account account, String ref, AssistantForm form) {
		AssistantForm checked = this.rules.check(form);
		try {
			return this.transactions.execute((status) -> {
				Assistant assistant = fetch(account, ref);
				if (assistant.update(checked, this.dates.now())) {
					this.assistants.flush();
				}
				return assistant;
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw translate(ex);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ResourceNotFoundException();
		}
	}

	/**
	 * Deletes the assistant; the database deletes its webhooks with it. A row deleted
	 * meanwhile (a reset) is a 404, as it would be a moment later.
	 */
	void delete(Account account, String ref) {
		try {
			this.transactions.executeWithoutResult((status) -> this.assistants.delete(fetch(account, ref)));
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ResourceNotFoundException();
		}
	}

	Keyset<Assistant> list(Account account) {
		String accountSid = account.sid();
		return Keyset.of(SidPrefix.ASSISTANT,
				new Keyset.Reads<>((after, limit) -> this.assistants.findAfter(accountSid, after, limit),
						(before, limit) -> this.assistants.findBefore(accountSid, before, limit),
						(offset, limit) -> this.assistants.findPage(accountSid, offset, limit),
						(sid) -> this.assistants.findBySid(accountSid, sid)),
				Assistant::id, Assistant::sid);
	}

	private Assistant register(Account account, String sid) {
		try {
			return this.assistants.saveAndFlush(new Assistant(sid, account.sid(), null, null, this.dates.now()));
		}
		catch (DataIntegrityViolationException ex) {
			// Another request registered it first; gone again, a reset or a delete took
			// it meanwhile.
			return this.assistants.findBySid(account.sid(), sid).orElseThrow(ResourceNotFoundException::new);
		}
	}

	private static RuntimeException translate(DataIntegrityViolationException ex) {
		return Constraints.violated(ex, UNIQUE_NAME_CONSTRAINT) ? TwilioErrors.uniqueNameTaken() : ex;
	}

}
