package io.autopilotmock.assistant;

import java.util.Optional;

import io.autopilotmock.twilio.Account;
import io.autopilotmock.twilio.AutopilotMockProperties;
import io.autopilotmock.twilio.ResourceNotFoundException;
import io.autopilotmock.twilio.SidPrefix;
import io.autopilotmock.twilio.TwilioDates;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Assistants, and the rule every child resource uses to resolve {@code {AssistantSid}}.
 */
@Service
public class AssistantService {

	private final AssistantRepository assistants;

	private final TwilioDates dates;

	private final boolean autoCreate;

	AssistantService(AssistantRepository assistants, TwilioDates dates, AutopilotMockProperties properties) {
		this.assistants = assistants;
		this.dates = dates;
		this.autoCreate = properties.autoCreateAssistants();
	}

	/**
	 * The caller's assistant named by SID (tried first) or unique name. A well-formed
	 * {@code UA…} SID not seen before is registered when auto-creation is on, so that a
	 * fresh emulator answers the first request it gets. Call it outside a transaction:
	 * the registration commits on its own, and a concurrent one wins harmlessly.
	 * @throws ResourceNotFoundException when there is no such assistant
	 */
	public Assistant resolve(Account account, String ref) {
		Optional<Assistant> found = find(account, ref);
		if (found.isPresent()) {
			return found.get();
		}
		if (this.autoCreate && SidPrefix.ASSISTANT.matches(ref)) {
			return register(account, SidPrefix.ASSISTANT.normalize(ref));
		}
		throw new ResourceNotFoundException();
	}

	private Optional<Assistant> find(Account account, String ref) {
		if (SidPrefix.ASSISTANT.matches(ref)) {
			Optional<Assistant> bySid = this.assistants.findByAccountSidAndSid(account.sid(),
					SidPrefix.ASSISTANT.normalize(ref));
			if (bySid.isPresent()) {
				return bySid;
			}
		}
		return this.assistants.findByAccountSidAndUniqueName(account.sid(), ref);
	}

	private Assistant register(Account account, String sid) {
		try {
			return this.assistants.saveAndFlush(new Assistant(sid, account.sid(), null, null, this.dates.now()));
		}
		catch (DataIntegrityViolationException ex) {
			// Another request registered it first.
			return this.assistants.findByAccountSidAndSid(account.sid(), sid).orElseThrow(() -> ex);
		}
	}

}
