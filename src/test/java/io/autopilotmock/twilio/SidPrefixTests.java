package io.autopilotmock.twilio;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SID shape, {@code <letters>[0-9a-fA-F]{32}}, as every request checks it.
 */
class SidPrefixTests {

	@ParameterizedTest
	@ValueSource(strings = { "UM0123456789abcdef0123456789abcdef", "UM0123456789ABCDEF0123456789ABCDEF",
			"UM00000000000000000000000000000000", "UMffffffffffffffffffffffffffffffff" })
	void aWebhookSidShouldMatch(String sid) {
		assertThat(SidPrefix.WEBHOOK.matches(sid)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "UM", "UM0123456789abcdef0123456789abcde", "UM0123456789abcdef0123456789abcdef0",
			"UA0123456789abcdef0123456789abcdef", "um0123456789abcdef0123456789abcdef",
			"UM0123456789abcdef0123456789abcdeg", "UM0123456789abcdef 123456789abcdef",
			"UM0123456789abcdef0123456789abcd-f", "UM0123456789abcdef0123456789abcd\u0660f" })
	void anythingElseShouldNot(String value) {
		assertThat(SidPrefix.WEBHOOK.matches(value)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "UA0123456789ABCDEF0123456789abcdef" })
	void normalizeShouldLowerTheHexDigitsOnly(String sid) {
		assertThat(SidPrefix.ASSISTANT.normalize(sid)).isEqualTo("UA0123456789abcdef0123456789abcdef");
	}

}
