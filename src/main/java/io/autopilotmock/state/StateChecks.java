package io.autopilotmock.state;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.autopilotmock.admin.AdminScope;
import io.autopilotmock.assistant.AssistantSnapshot;
import io.autopilotmock.state.StateDocument.AccountState;
import io.autopilotmock.state.StateDocument.AssistantState;
import io.autopilotmock.state.StateDocument.WebhookState;
import io.autopilotmock.twilio.SidGenerator;
import io.autopilotmock.twilio.SidPrefix;
import io.autopilotmock.twilio.TwilioDates;
import io.autopilotmock.twilio.TwilioErrors;
import io.autopilotmock.webhook.WebhookSnapshot;
import io.autopilotmock.webhook.WebhookStore;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The checks of a state document that are not the API's own field rules: its shape, the
 * scope, SIDs and unique names that would collide, and dates. Each failure names the
 * item, e.g. {@code accounts[0].assistants[2].webhooks[1].sid}. A missing SID is minted
 * and missing dates are now, so that a hand-written seed file may leave them out.
 */
@Component
class StateChecks {

	private static final int SIDS_PER_QUERY = 500;

	private final SidGenerator sids;

	private final TwilioDates dates;

	StateChecks(SidGenerator sids, TwilioDates dates) {
		this.sids = sids;
		this.dates = dates;
	}

	List<Account> check(AdminScope scope, StateDocument document) {
		if (document.accounts() == null) {
			throw TwilioErrors.invalidParameter("accounts is required: {\"accounts\": [...]}");
		}
		Set<String> accountSids = new HashSet<>();
		Set<String> webhookSids = new HashSet<>();
		List<Account> accounts = new ArrayList<>();
		for (int i = 0; i < document.accounts().size(); i++) {
			String path = "accounts[" + i + "]";
			AccountState account = required(document.accounts().get(i), path);
			String sid = sid(SidPrefix.ACCOUNT, account.accountSid(), path + ".account_sid");
			if (!scope.includes(sid)) {
				throw TwilioErrors.invalidParameter(
						path + ".account_sid: " + sid + " is outside this call's scope, " + scope.accountSid());
			}
			if (!accountSids.add(sid)) {
				throw TwilioErrors.invalidParameter(path + ".account_sid: " + sid + " appears twice");
			}
			accounts.add(new Account(sid, assistants(path, account.assistants(), webhookSids)));
		}
		return accounts;
	}

	/** A webhook's SID is unique across accounts: one of another account is taken. */
	void checkWebhookSidsFree(List<Account> accounts, WebhookStore webhooks) {
		List<Hook> hooks = accounts.stream()
			.flatMap((account) -> account.assistants().stream())
			.flatMap((item) -> item.webhooks().stream())
			.toList();
		for (int from = 0; from < hooks.size(); from += SIDS_PER_QUERY) {
			List<Hook> chunk = hooks.subList(from, Math.min(hooks.size(), from + SIDS_PER_QUERY));
			Set<String> taken = new HashSet<>(
					webhooks.taken(chunk.stream().map((hook) -> hook.webhook().sid()).toList()));
			for (Hook hook : chunk) {
				if (taken.contains(hook.webhook().sid())) {
					throw TwilioErrors.invalidParameter(hook.path() + ".sid: " + hook.webhook().sid()
							+ " is the SID of a webhook of another account");
				}
			}
		}
	}

	private List<Item> assistants(String accountPath, @Nullable List<@Nullable AssistantState> assistants,
			Set<String> webhookSids) {
		List<Item> items = new ArrayList<>();
		Set<String> sids = new HashSet<>();
		Set<String> uniqueNames = new HashSet<>();
		List<@Nullable AssistantState> given = (assistants != null) ? assistants : List.of();
		for (int i = 0; i < given.size(); i++) {
			String path = accountPath + ".assistants[" + i + "]";
			AssistantState assistant = required(given.get(i), path);
			String sid = sidOrNew(SidPrefix.ASSISTANT, assistant.sid(), path + ".sid");
			unique(sids, sid, path + ".sid");
			if (assistant.uniqueName() != null) {
				unique(uniqueNames, assistant.uniqueName(), path + ".unique_name");
			}
			Instant created = date(assistant.dateCreated(), path + ".date_created", null);
			Instant updated = date(assistant.dateUpdated(), path + ".date_updated", created);
			items.add(new Item(path,
					new AssistantSnapshot(sid, assistant.friendlyName(), assistant.uniqueName(), created, updated),
					webhooks(path, assistant.webhooks(), webhookSids)));
		}
		return items;
	}

	private List<Hook> webhooks(String assistantPath, @Nullable List<@Nullable WebhookState> webhooks,
			Set<String> webhookSids) {
		List<Hook> hooks = new ArrayList<>();
		Set<String> uniqueNames = new HashSet<>();
		List<@Nullable WebhookState> given = (webhooks != null) ? webhooks : List.of();
		for (int i = 0; i < given.size(); i++) {
			String path = assistantPath + ".webhooks[" + i + "]";
			WebhookState webhook = required(given.get(i), path);
			String sid = sidOrNew(SidPrefix.WEBHOOK, webhook.sid(), path + ".sid");
			unique(webhookSids, sid, path + ".sid");
			String uniqueName = required(webhook.uniqueName(), path + ".unique_name");
			unique(uniqueNames, uniqueName, path + ".unique_name");
			Instant created = date(webhook.dateCreated(), path + ".date_created", null);
			Instant updated = date(webhook.dateUpdated(), path + ".date_updated", created);
			hooks.add(new Hook(path,
					new WebhookSnapshot(sid, uniqueName, required(webhook.events(), path + ".events"),
							required(webhook.webhookUrl(), path + ".webhook_url"),
							(webhook.webhookMethod() != null) ? webhook.webhookMethod() : "POST", created, updated)));
		}
		return hooks;
	}

	private static <T> T required(@Nullable T value, String path) {
		if (value == null) {
			throw TwilioErrors.invalidParameter(path + " is required");
		}
		return value;
	}

	private static void unique(Set<String> seen, String value, String path) {
		if (!seen.add(value)) {
			throw TwilioErrors.invalidParameter(path + ": " + value + " appears twice");
		}
	}

	private static String sid(SidPrefix prefix, @Nullable String value, String path) {
		if (value == null || !prefix.matches(value)) {
			throw TwilioErrors
				.invalidParameter(path + " must be " + prefix.letters() + " followed by 32 hex digits, was " + value);
		}
		return prefix.normalize(value);
	}

	private String sidOrNew(SidPrefix prefix, @Nullable String value, String path) {
		return (value != null) ? sid(prefix, value, path) : this.sids.next(prefix);
	}

	/**
	 * An ISO 8601 instant in whole seconds, as the API keeps dates; missing, now for a
	 * creation date and the creation date for an update.
	 */
	private Instant date(@Nullable String value, String path, @Nullable Instant created) {
		if (value == null) {
			return (created != null) ? created : this.dates.now();
		}
		Instant date;
		try {
			date = Instant.parse(value).truncatedTo(ChronoUnit.SECONDS);
		}
		catch (DateTimeParseException ex) {
			throw TwilioErrors
				.invalidParameter(path + " must be an ISO 8601 instant such as 2023-05-04T09:42:00Z, was " + value);
		}
		if (!TwilioDates.inRange(date)) {
			throw TwilioErrors.invalidParameter(
					path + " must be from " + TwilioDates.EARLIEST + " to " + TwilioDates.LATEST + ", was " + value);
		}
		if (created != null && date.isBefore(created)) {
			throw TwilioErrors.invalidParameter(path + ": " + value + " is before date_created");
		}
		return date;
	}

	record Account(String sid, List<Item> assistants) {

	}

	record Item(String path, AssistantSnapshot assistant, List<Hook> webhooks) {

	}

	record Hook(String path, WebhookSnapshot webhook) {

	}

}
