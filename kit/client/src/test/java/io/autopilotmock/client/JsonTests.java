package io.autopilotmock.client;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JsonTests {

	@Test
	void parseShouldReadEveryKindOfValue() {
		Object json = Json.parse(
				" {\"a\": [1, -2.5, 1e3, true, false, null], \"b\": {\"c\": \"x\\\"y\\\\z\\n\\u00e9\\u2603\"}, \"d\": {}} ");

		assertThat(json)
			.isEqualTo(Map.of("a", Arrays.asList(1L, new BigDecimal("-2.5"), new BigDecimal("1e3"), true, false, null),
					"b", Map.of("c", "x\"y\\z\né☃"), "d", Map.of()));
	}

	@Test
	void parseShouldKeepTheOrderOfKeys() {
		Object json = Json.parse("{\"z\": 1, \"a\": 2, \"m\": 3}");
		assertThat(((Map<?, ?>) json).keySet()).map(Object::toString).containsExactly("z", "a", "m");
	}

	@Test
	void parseShouldRefuseWhatIsNotJson() {
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("{\"a\": 1"))
			.withMessageStartingWith("Not JSON:");
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("{\"a\": 1} x"))
			.withMessage("Not JSON: end of input expected at offset 9");
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("\"open"));
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("[1,]"));
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("\"\\u12\""));
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse(""));
	}

	@Test
	void writeShouldEscapeWhatJsonRequires() {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("text", "a\"b\\c\nd\u0001");
		value.put("list", List.of(1, 2.5, true));
		value.put("none", null);

		assertThat(Json.write(value))
			.isEqualTo("{\"text\":\"a\\\"b\\\\c\\nd\\u0001\",\"list\":[1,2.5,true],\"none\":null}");
		assertThat(Json.parse(Json.write(value))).isEqualTo(Json.parse(Json.write(Json.parse(Json.write(value)))));
	}

	@Test
	void specsShouldWriteTheFieldsTheEmulatorReads() {
		assertThat(FaultSpec.error(503).on("POST", Paths.webhooks("*")).times(2).json())
			.isEqualTo("{\"status\":503,\"method\":\"POST\",\"path\":\"/v1/Assistants/*/Webhooks\",\"times\":2}");
		assertThat(DialogueSpec.events(Events.ON_DIALOGUE_END)
			.parameter("Channel", "sms")
			.waitForDeliveries()
			.json("AC0123456789abcdef0123456789abcdef"))
			.isEqualTo("{\"events\":[\"onDialogueEnd\"],\"parameters\":{\"Channel\":\"sms\"},\"wait\":true,"
					+ "\"account_sid\":\"AC0123456789abcdef0123456789abcdef\"}");
		assertThat(RequestPattern.post(Paths.webhook("my bot", "UM1")).withStatus("4xx").query(10))
			.isEqualTo("path=%2Fv1%2FAssistants%2Fmy+bot%2FWebhooks%2FUM1&method=POST&status=4xx&limit=10");
	}

}
