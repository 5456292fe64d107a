package io.autopilotmock.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.autopilotmock.assistant.AssistantKey;
import io.autopilotmock.assistant.AssistantService;
import io.autopilotmock.events.DeliveryDispatcher.Lease;
import io.autopilotmock.events.TriggerRules.Checked;
import io.autopilotmock.twilio.Account;
import io.autopilotmock.twilio.AccountResolver;
import io.autopilotmock.twilio.AutopilotMockProperties;
import io.autopilotmock.twilio.Constraints;
import io.autopilotmock.twilio.ResourceNotFoundException;
import io.autopilotmock.twilio.SidGenerator;
import io.autopilotmock.twilio.SidPrefix;
import io.autopilotmock.twilio.TwilioDates;
import io.autopilotmock.twilio.TwilioErrors;
import io.autopilotmock.webhook.AssistantSubscriptions;
import io.autopilotmock.webhook.Subscription;
import io.autopilotmock.webhook.WebhookSubscriptions;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Simulated dialogues. A trigger records the dialogue's events and one delivery per event
 * and subscribed webhook, signed, in one transaction, and only then wakes the workers: a
 * trigger that was answered is never lost. The assistant is resolved first, outside the
 * transaction, because resolving may register it.
 */
@Service
class DialogueService {

	static final int MAX_DATA = 1_000_000;

	/**
	 * How long a waiting trigger allows beyond its deliveries' own time, for queueing.
	 */
	static final long WAIT_SLACK_MS = 5_000;

	private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
	};

	private final AssistantService assistants;

	private final WebhookSubscriptions subscriptions;

	private final TriggerRules rules;

	private final DialogueRepository dialogues;

	private final DeliveryRepository deliveries;

	private final DeliveryDispatcher dispatcher;

	private final DeliveryWaiter waiter;

	private final AccountResolver accounts;

	private final SidGenerator sids;

	private final TwilioDates dates;

	private final OutboxTransactions transactions;

	private final JsonMapper json;

	private final Destinations destinations;

	private final int maxPending;

	private final Random random = new Random();

	DialogueService(AssistantService assistants, WebhookSubscriptions subscriptions, TriggerRules rules,
			DialogueRepository dialogues, DeliveryRepository deliveries, DeliveryDispatcher dispatcher,
			DeliveryWaiter waiter, AccountResolver accounts, SidGenerator sids, TwilioDates dates,
			OutboxTransactions transactions, JsonMapper json, Destinations destinations,
			AutopilotMockProperties properties) {
		this.assistants = assistants;
		this.subscriptions = subscriptions;
		this.rules = rules;
		this.dialogues = dialogues;
		this.deliveries = deliveries;
		this.dispatcher = dispatcher;
		this.waiter = waiter;
		this.accounts = accounts;
		this.sids = sids;
		this.dates = dates;
		this.transactions = transactions;
		this.json = json;
		this.destinations = destinations;
		this.maxPending = properties.events().maxPendingPerAccount();
	}

	/** A dialogue and the deliveries one trigger started in it. */
	record Fired(Dialogue dialogue, List<Delivery> deliveries) {

	}

	/**
	 * Fires the trigger's events in a dialogue: a new one when {@code dialogueRef} is
	 * {@code null}.
	 * @param baseUrl the emulator's address, which {@code DialoguePayloadUrl} names
	 */
	Fired fire(Account account, String assistantRef, @Nullable String dialogueRef, DialogueTrigger trigger,
			String baseUrl) throws InterruptedException {
		Checked checked = this.rules.check(trigger);
		AssistantSubscriptions found = withSubscriptions(account, assistantRef, checked.events());
		AssistantKey assistant = (found != null) ? found.assistant() : this.assistants.resolve(account, assistantRef);
		List<String> events = new ArrayList<>(checked.events());
		if (checked.shuffle()) {
			Collections.shuffle(events, this.random);
		}
		String key = this.accounts.signingToken(account.sid());
		// Destinations are resolved before the transaction, where the webhooks are known.
		Map<String, @Nullable String> refusals = new HashMap<>();
		if (found != null) {
			refusals(found.subscriptions(), refusals);
		}
		Recorded recorded = record(account, assistant, (found != null) ? found.subscriptions() : null, dialogueRef,
				events, checked, baseUrl, key, refusals);
		recorded.leased().forEach((leased) -> this.dispatcher.handOut(leased.delivery(), leased.lease()));
		long pending = recorded.deliveries().stream().filter((d) -> Delivery.PENDING.equals(d.state())).count();
		if (recorded.leased().size() < pending) {
			// Some were recorded unleased.
			this.dispatcher.recorded();
		}
		recorded.deliveries()
			.stream()
			.filter((delivery) -> Delivery.REFUSED.equals(delivery.state()))
			.forEach((delivery) -> DeliveryOutcomes.refused(delivery, delivery.attempts().get(0).body()));
		if (!checked.awaited()) {
			// Answered at once, as recorded: pending, whatever a worker has done since.
			return new Fired(recorded.dialogue(), recorded.deliveries());
		}
		List<Long> ids = recorded.deliveries().stream().map(Delivery::id).toList();
		if (!ids.isEmpty()) {
			this.waiter.await(ids, checked.delayMs() + recorded.longestMs() + WAIT_SLACK_MS);
		}
		return new Fired(recorded.dialogue(), this.deliveries.find(ids));
	}

	/**
	 * The assistant and its webhooks subscribed to the events, read in one query when the
	 * trigger names a registered assistant by SID, as it usually does; otherwise
	 * {@code null}, and the assistant is resolved (registered if need be) as on the API.
	 */
	private @Nullable AssistantSubscriptions withSubscriptions(Account account, String assistantRef,
			List<String> events) {
		if (!SidPrefix.ASSISTANT.matches(assistantRef)) {
			return null;
		}
		return this.subscriptions.ofAssistant(account.sid(), SidPrefix.ASSISTANT.normalize(assistantRef), events)
			.orElse(null);
	}

	Dialogue fetch(Account account, String assistantRef, String sid) {
		// A read registers no assistant: a fetch that answers 404 leaves no trace.
		AssistantKey assistant = this.assistants.find(account, assistantRef)
			.orElseThrow(ResourceNotFoundException::new);
		if (!SidPrefix.DIALOGUE.matches(sid)) {
			throw new ResourceNotFoundException();
		}
		return this.dialogues.find(assistant.id(), SidPrefix.DIALOGUE.normalize(sid))
			.orElseThrow(ResourceNotFoundException::new);
	}

	/**
	 * @param leased the deliveries recorded leased to this instance, to hand out once
	 * committed
	 * @param longestMs the longest time its deliveries may take to end: the longest
	 * {@code tt} when they go at once, the longest sum of one webhook's when they go in
	 * turn
	 */
	private record Recorded(Dialogue dialogue, List<Delivery> deliveries, List<LeasedDelivery> leased, long longestMs) {

	}

	/**
	 * A list of these, not a map keyed by deliveries: a record's hash reads all of it.
	 */
	private record LeasedDelivery(Delivery delivery, Lease lease) {

	}

	/**
	 * A webhook deleted between reading its subscription and recording its delivery
	 * breaks the delivery's foreign key: reading the subscriptions again leaves it out.
	 * Room reserved among the workers for a delivery that was not recorded is given back.
	 * @param subscribed the subscriptions read with the assistant, or {@code null} to
	 * read them in the transaction
	 */
	private Recorded record(Account account, AssistantKey assistant, @Nullable List<Subscription> subscribed,
			@Nullable String dialogueRef, List<String> events, Checked checked, String baseUrl, String key,
			Map<String, @Nullable String> refusals) {
		for (int attempt = 1;; attempt++) {
			List<Lease> reserved = new ArrayList<>();
			boolean committed = false;
			List<Subscription> read = (attempt == 1) ? subscribed : null;
			try {
				Recorded recorded = this.transactions.execute((status) -> recordOnce(account, assistant, read,
						dialogueRef, events, checked, baseUrl, key, refusals, reserved));
				committed = true;
				if (recorded == null) {
					throw new IllegalStateException("The trigger's transaction returned nothing");
				}
				return recorded;
			}
			catch (DataIntegrityViolationException ex) {
				boolean raced = Constraints.violated(ex, "delivery_webhook_fk")
						|| Constraints.violated(ex, "dialogue_sid_uk");
				if (!raced || attempt == 3) {
					// Otherwise the assistant or the dialogue was deleted meanwhile.
					throw (raced) ? ex : new ResourceNotFoundException();
				}
			}
			finally {
				if (!committed) {
					this.dispatcher.release(reserved);
				}
			}
		}
	}

	private Recorded recordOnce(Account account, AssistantKey assistant, @Nullable List<Subscription> read,
			@Nullable String dialogueRef, List<String> events, Checked checked, String baseUrl, String key,
			Map<String, @Nullable String> refusals, List<Lease> reserved) {
		Instant now = this.dates.now();
		List<Subscription> subscribed = (read != null) ? read : this.subscriptions.subscribedTo(assistant.id(), events);
		Dialogue existing = (dialogueRef != null) ? locked(assistant, dialogueRef) : null;
		String accountSid = (existing != null) ? existing.accountSid() : account.sid();
		refusals(subscribed, refusals);
		checkBounds(accountSid, events, subscribed, refusals, checked);
		String sid = (existing != null) ? existing.sid() : this.sids.next(SidPrefix.DIALOGUE);
		String data = appended((existing != null) ? existing.data() : null, events, checked.parameters());
		Dialogue dialogue;
		if (existing != null) {
			this.dialogues.update(assistant.id(), sid, data, now);
			dialogue = new Dialogue(sid, existing.accountSid(), existing.assistantSid(), data);
		}
		else {
			dialogue = this.dialogues.insert(sid, account.sid(), assistant.id(), assistant.sid(), data, now);
		}
		String payloadUrl = baseUrl + "/v1/Assistants/" + assistant.sid() + "/Dialogues/" + sid;
		List<NewDelivery> pending = new ArrayList<>();
		for (String event : events) {
			Map<String, String> parameters = new LinkedHashMap<>();
			parameters.put("AccountSid", dialogue.accountSid());
			parameters.put("AssistantSid", assistant.sid());
			parameters.put("DialogueSid", sid);
			parameters.put("Event", event);
			parameters.put("DialoguePayloadUrl", payloadUrl);
			parameters.putAll(checked.parameters());
			for (Subscription subscription : subscribed) {
				if (!subscription.event().equals(WebhookSubscriptions.key(event))) {
					continue;
				}
				String url = subscription.webhookUrl();
				String method = subscription.webhookMethod();
				String requested = OutboundRequest.requestedUrl(url, method, parameters);
				String signature = Signature.sign(key, requested, method.equals("POST") ? parameters : Map.of());
				String token = UUID.randomUUID().toString();
				int totalMs = ConnectionOverrides.of(url).totalMs();
				NewDelivery delivery = new NewDelivery(dialogue.accountSid(), assistant.sid(), sid,
						subscription.webhookId(), subscription.webhookSid(), event, url, method, parameters, signature,
						token, totalMs, checked.concurrent(), refusals.get(subscription.webhookUrl()), null);
				pending.add(delivery);
				if (checked.duplicate()) {
					pending.add(delivery);
				}
			}
		}
		long dueAt = System.currentTimeMillis() + checked.delayMs();
		if (checked.delayMs() == 0) {
			reserve(pending, existing == null || checked.concurrent(), reserved);
		}
		List<Long> ids = this.deliveries.insert(pending, now, dueAt);
		List<Delivery> recorded = new ArrayList<>();
		List<LeasedDelivery> leased = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			Delivery delivery = pending.get(i).recorded(ids.get(i), now);
			recorded.add(delivery);
			Lease lease = pending.get(i).lease();
			if (lease != null) {
				leased.add(new LeasedDelivery(delivery, lease));
			}
		}
		return new Recorded(dialogue, recorded, leased, longestMs(pending, checked.concurrent()));
	}

	/**
	 * Adds why each subscribed URL not known yet is refused as a destination, or
	 * {@code null} where it may go.
	 */
	private void refusals(List<Subscription> subscribed, Map<String, @Nullable String> byUrl) {
		for (Subscription subscription : subscribed) {
			String url = subscription.webhookUrl();
			if (!byUrl.containsKey(url)) {
				byUrl.put(url, this.destinations.refusal(url));
			}
		}
	}

	/**
	 * Refuses a trigger that would create more deliveries than one trigger may, or leave
	 * its account more pending than it may have, before anything of it is written.
	 */
	private void checkBounds(String accountSid, List<String> events, List<Subscription> subscribed,
			Map<String, @Nullable String> refusals, Checked checked) {
		int created = 0;
		int toSend = 0;
		for (String event : events) {
			for (Subscription subscription : subscribed) {
				if (subscription.event().equals(WebhookSubscriptions.key(event))) {
					int copies = checked.duplicate() ? 2 : 1;
					created += copies;
					toSend += (refusals.get(subscription.webhookUrl()) == null) ? copies : 0;
				}
			}
		}
		this.rules.checkCount(created);
		if (toSend > 0) {
			int pending = this.deliveries.countPending(accountSid, this.maxPending + 1);
			if (pending + toSend > this.maxPending) {
				throw TwilioErrors.tooManyRequests("Account " + accountSid + " has " + pending
						+ " deliveries pending; this trigger's " + toSend + " more would exceed "
						+ "autopilot-mock.events.max-pending-per-account: " + this.maxPending);
			}
		}
	}

	/**
	 * Reserves room among the workers for the deliveries that may go at once: all of a
	 * concurrent trigger's; otherwise, in a new dialogue, the first to each webhook (the
	 * next ones wait in the outbox for it to end). A follow-up trigger's deliveries wait
	 * behind those still pending of their dialogue, which only the outbox knows of.
	 */
	private void reserve(List<NewDelivery> pending, boolean atOnce, List<Lease> reserved) {
		Set<Long> started = new HashSet<>();
		for (int i = 0; i < pending.size(); i++) {
			NewDelivery delivery = pending.get(i);
			if (delivery.refusal() != null
					|| !(delivery.concurrent() || (atOnce && started.add(delivery.webhookId())))) {
				continue;
			}
			Lease lease = this.dispatcher.reserve(delivery.accountSid(), delivery.webhookSid(), delivery.totalMs());
			if (lease != null) {
				reserved.add(lease);
				pending.set(i, delivery.leased(lease));
			}
		}
	}

	private static long longestMs(List<NewDelivery> pending, boolean concurrent) {
		Map<Long, Long> byWebhook = new HashMap<>();
		for (NewDelivery delivery : pending) {
			if (delivery.refusal() == null) {
				byWebhook.merge(delivery.webhookId(), (long) delivery.totalMs(), concurrent ? Math::max : Long::sum);
			}
		}
		return byWebhook.values().stream().mapToLong(Long::longValue).max().orElse(0);
	}

	private Dialogue locked(AssistantKey assistant, String ref) {
		if (!SidPrefix.DIALOGUE.matches(ref)) {
			throw new ResourceNotFoundException();
		}
		return this.dialogues.lock(assistant.id(), SidPrefix.DIALOGUE.normalize(ref))
			.orElseThrow(ResourceNotFoundException::new);
	}

	/** The dialogue's data with these events appended. */
	@SuppressWarnings("unchecked")
	private String appended(@Nullable String data, List<String> events, Map<String, String> parameters) {
		Map<String, Object> object = (data != null) ? this.json.readValue(data, OBJECT) : new LinkedHashMap<>();
		List<Object> fired = (List<Object>) object.computeIfAbsent("events", (name) -> new ArrayList<>());
		for (String event : events) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("event", event);
			entry.put("parameters", parameters);
			fired.add(entry);
		}
		String text = this.json.writeValueAsString(object);
		if (text.length() > MAX_DATA) {
			throw TwilioErrors.invalidParameter(
					"The dialogue holds too many events: its data would exceed " + MAX_DATA + " characters");
		}
		return text;
	}

}
