package io.autopilotmock.webhook;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.autopilotmock.assistant.AssistantKey;
import io.autopilotmock.assistant.AssistantService;
import io.autopilotmock.twilio.Account;
import io.autopilotmock.twilio.AutopilotMockProperties;
import io.autopilotmock.twilio.MutableClock;
import io.autopilotmock.twilio.ResourceNotFoundException;
import io.autopilotmock.twilio.SequentialSidGenerator;
import io.autopilotmock.twilio.TestProperties;
import io.autopilotmock.twilio.TestValidator;
import io.autopilotmock.twilio.TwilioDates;
import io.autopilotmock.twilio.TwilioException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The service's rules with a fixed clock and sequential SIDs, so that every value is
 * exact.
 */
class WebhookServiceTests {

	private static final Instant CREATED = Instant.parse("2023-05-04T09:42:00.750Z");

	private static final Account ACCOUNT = new Account("AC00000000000000000000000000000000");

	private static final String ASSISTANT_SID = "UA0123456789abcdef0123456789abcdef";

	private final WebhookRepository repository = mock();

	private final WebhookReads reads = mock();

	private final AssistantService assistants = mock();

	private final AssistantKey assistant = new AssistantKey(7L, ASSISTANT_SID);

	/** What the repository was given to save, each numbered as the database would. */
	private final List<Webhook> saved = new ArrayList<>();

	private final MutableClock clock = new MutableClock(CREATED);

	private WebhookService service;

	@BeforeEach
	void setUp() {
		AutopilotMockProperties properties = TestProperties.defaults();
		this.service = new WebhookService(this.repository, this.reads, this.assistants,
				new WebhookRules(properties, TestValidator.get()), new SequentialSidGenerator(),
				new TwilioDates(this.clock, properties), TransactionOperations.withoutTransaction(),
				mock(WebhookSubscriptions.class));
		given(this.assistants.resolve(ACCOUNT, "my-assistant")).willReturn(this.assistant);
		given(this.assistants.find(ACCOUNT, "my-assistant")).willReturn(Optional.of(this.assistant));
		given(this.repository.saveAndFlush(any())).willAnswer((invocation) -> {
			Webhook webhook = invocation.getArgument(0);
			ReflectionTestUtils.setField(webhook, "id", this.saved.size() + 1L);
			this.saved.add(webhook);
			return webhook;
		});
	}

	@Test
	void createShouldMintSidsInOrderAndStampWholeSeconds() {
		Webhook first = create("one");
		Webhook second = create("two");
		assertThat(first.sid()).isEqualTo("UM00000000000000000000000000000001");
		assertThat(second.sid()).isEqualTo("UM00000000000000000000000000000002");
		assertThat(first.accountSid()).isEqualTo(ACCOUNT.sid());
		assertThat(first.dateCreated()).isEqualTo(Instant.parse("2023-05-04T09:42:00Z"));
		assertThat(first.dateUpdated()).isEqualTo(first.dateCreated());
		assertThat(first.webhookMethod()).isEqualTo("POST");
		assertThat(first.events()).isEqualTo("onDialogueStart");
	}

	@Test
	void createWhenConstraintViolatedShouldAnswer409() {
		willThrow(new DataIntegrityViolationException(
				"Unique index or primary key violation: \"public.webhook_unique_name_uk_index_c\""))
			.given(this.repository)
			.saveAndFlush(any());
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> create("taken"))
			.satisfies((ex) -> assertThat(ex.toError().status()).isEqualTo(409))
			.withMessage("UniqueName already in use");
	}

	@Test
	void updateShouldMoveDateUpdatedOnlyWhenSomethingChanged() {
		Webhook webhook = create("hook");
		given(this.reads.byUniqueName(7L, "hook")).willReturn(Optional.of(WebhookRow.of(webhook)));
		given(this.repository.findById(webhook.id())).willReturn(Optional.of(webhook));
		this.clock.set(Instant.parse("2023-05-05T10:00:00.400Z"));

		this.service.update(ACCOUNT, "my-assistant", "hook", new WebhookForm("hook", "onDialogueStart", null, "post"));
		assertThat(webhook.dateUpdated()).isEqualTo(Instant.parse("2023-05-04T09:42:00Z"));
		verify(this.repository, never()).flush();

		this.service.update(ACCOUNT, "my-assistant", "hook", new WebhookForm(null, null, null, "get"));
		assertThat(webhook.webhookMethod()).isEqualTo("GET");
		assertThat(webhook.uniqueName()).isEqualTo("hook");
		assertThat(webhook.dateUpdated()).isEqualTo(Instant.parse("2023-05-05T10:00:00Z"));
		assertThat(webhook.dateCreated()).isEqualTo(Instant.parse("2023-05-04T09:42:00Z"));
	}

	@Test
	void aWriteToAWebhookDeletedBetweenItsTwoReadsShouldBe404() {
		Webhook webhook = create("hook");
		given(this.reads.bySid(7L, webhook.sid())).willReturn(Optional.of(WebhookRow.of(webhook)));
		given(this.repository.findById(webhook.id())).willReturn(Optional.empty());
		assertThatExceptionOfType(ResourceNotFoundException.class).isThrownBy(() -> this.service.update(ACCOUNT,
				"my-assistant", webhook.sid(), new WebhookForm(null, null, null, "get")));
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.service.delete(ACCOUNT, "my-assistant", webhook.sid()));
		verify(this.repository, never()).delete(any());
	}

	@Test
	void fetchByAssistantSidShouldTakeOneQueryAndNoAssistantLookup() {
		Webhook webhook = create("hook");
		clearInvocations(this.assistants);
		WebhookRow row = WebhookRow.of(webhook);
		given(this.reads.bySids(ACCOUNT.sid(), ASSISTANT_SID, webhook.sid())).willReturn(Optional.of(row));
		// Hex digits in either case name the same assistant.
		AssistantWebhook found = this.service.fetch(ACCOUNT, "UA0123456789ABCDEF0123456789ABCDEF", webhook.sid());
		assertThat(found.assistantSid()).isEqualTo(ASSISTANT_SID);
		assertThat(found.webhook()).isSameAs(row);
		verify(this.assistants, never()).resolve(any(), any());
	}

	@Test
	void fetchThatOneQueryMissesShouldLookTheAssistantUpWithoutRegisteringIt() {
		given(this.assistants.find(ACCOUNT, ASSISTANT_SID)).willReturn(Optional.of(this.assistant));
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.service.fetch(ACCOUNT, ASSISTANT_SID, "UM00000000000000000000000000000009"));
		verify(this.assistants).find(ACCOUNT, ASSISTANT_SID);
		verify(this.assistants, never()).resolve(any(), any());
		verify(this.reads).bySid(7L, "UM00000000000000000000000000000009");
	}

	@Test
	void createWithAnInvalidFormShouldNotRegisterTheAssistant() {
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> this.service.create(ACCOUNT, ASSISTANT_SID,
				new WebhookForm("hook", "onNothing", "https://example.com", null)));
		verify(this.assistants, never()).resolve(any(), any());
	}

	@Test
	void createWhenTheAssistantVanishedShouldBe404() {
		willThrow(new DataIntegrityViolationException("parent gone",
				new SQLException("Referential integrity constraint violation", "23506")))
			.given(this.repository)
			.saveAndFlush(any());
		assertThatExceptionOfType(ResourceNotFoundException.class).isThrownBy(() -> create("orphan"));
	}

	@Test
	void createWhenAnyOtherConstraintIsViolatedShouldNotPassForNotFound() {
		DataIntegrityViolationException tooLong = new DataIntegrityViolationException("too long",
				new SQLException("Value too long for column", "22001"));
		willThrow(tooLong).given(this.repository).saveAndFlush(any());
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> create("long"))
			.isSameAs(tooLong);
	}

	/** Creates through the service and answers the entity it saved. */
	private Webhook create(String uniqueName) {
		AssistantWebhook created = this.service.create(ACCOUNT, "my-assistant",
				new WebhookForm(uniqueName, " onDialogueStart ", "https://example.com", null));
		Webhook webhook = this.saved.get(this.saved.size() - 1);
		assertThat(created).isEqualTo(new AssistantWebhook(ASSISTANT_SID, WebhookRow.of(webhook)));
		return webhook;
	}

}
