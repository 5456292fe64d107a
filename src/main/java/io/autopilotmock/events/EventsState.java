package io.autopilotmock.events;

import io.autopilotmock.admin.AdminScope;
import io.autopilotmock.admin.ScopedState;
import io.autopilotmock.twilio.StoredSids;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What a reset clears of event webhooks: deliveries first, then dialogues, each counted
 * before the assistants' reset would delete them with their assistant. A delivery in
 * flight when it is cleared is not recorded. And the dialogue SIDs stored, which a seeded
 * SID sequence skips.
 */
@Configuration(proxyBeanMethods = false)
class EventsState {

	@Bean
	@Order(50)
	ScopedState deliveriesState(DeliveryRepository deliveries, TransactionOperations transactions) {
		return state("deliveries", (scope) -> deliveries.deleteAll(scope.accountSid()), transactions);
	}

	@Bean
	@Order(60)
	ScopedState dialoguesState(DialogueRepository dialogues, TransactionOperations transactions) {
		return state("dialogues", (scope) -> dialogues.deleteAll(scope.accountSid()), transactions);
	}

	/** Dialogue SIDs are minted too: a seeded sequence must continue after them. */
	@Bean
	StoredSids dialogueSids(DialogueRepository dialogues) {
		return dialogues::sids;
	}

	private static ScopedState state(String name, java.util.function.ToLongFunction<AdminScope> delete,
			TransactionOperations transactions) {
		return new ScopedState() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public long deleteAll(AdminScope scope) {
				Long deleted = transactions.execute((status) -> delete.applyAsLong(scope));
				return (deleted != null) ? deleted : 0;
			}

		};
	}

}
