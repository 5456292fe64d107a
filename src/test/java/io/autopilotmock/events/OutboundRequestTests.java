package io.autopilotmock.events;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The URL a delivery requests and signs, and the headers it sends.
 */
class OutboundRequestTests {

	private static final Map<String, String> PARAMETERS = new LinkedHashMap<>(Map.of("Event", "onDialogueStart"));

	@Test
	void aPostShouldRequestTheUrlWithoutItsFragmentAndSendAFormBody() {
		OutboundRequest request = OutboundRequest.of("https://h.example/x?a=1#rc=2", "POST",
				Map.of("Memory", "{\"a\": \"b c\"}"), "sig", "token");
		assertThat(request.url()).isEqualTo("https://h.example/x?a=1");
		assertThat(request.body()).isEqualTo("Memory=%7B%22a%22%3A+%22b+c%22%7D");
		assertThat(request.headers()).containsExactly(Map.entry("X-Twilio-Signature", "sig"),
				Map.entry("I-Twilio-Idempotency-Token", "token"), Map.entry("User-Agent", "TwilioProxy/1.1"),
				Map.entry("Accept", "*/*"), Map.entry("X-Home-Region", "us1"),
				Map.entry("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"));
	}

	@Test
	void aGetShouldAppendTheParametersToTheQuery() {
		assertThat(OutboundRequest.requestedUrl("https://h/x#ct=100", "GET", PARAMETERS))
			.isEqualTo("https://h/x?Event=onDialogueStart");
		assertThat(OutboundRequest.requestedUrl("https://h/x?a=1", "GET", PARAMETERS))
			.isEqualTo("https://h/x?a=1&Event=onDialogueStart");
		assertThat(OutboundRequest.requestedUrl("https://h/x?", "GET", PARAMETERS))
			.isEqualTo("https://h/x?Event=onDialogueStart");
		assertThat(OutboundRequest.of("https://h/x", "GET", PARAMETERS, "s", "t").body()).isNull();
	}

	@Test
	void theFormShouldEncodeEachNameAndValueAsUrlEncoderDoes() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("AccountSid", "AC0123456789abcdef");
		parameters.put("Plain", "a.b-c*d_e");
		parameters.put("Url", "https://h:8080/v1/Assistants/UA1?x=1&y=2#f");
		parameters.put("With space", "caf\u00e9 +~!'()\ud83d\ude00");
		parameters.put("Empty", "");
		StringBuilder expected = new StringBuilder();
		parameters.forEach((name, value) -> expected.append(expected.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		assertThat(OutboundRequest.form(parameters)).isEqualTo(expected.toString())
			.startsWith("AccountSid=AC0123456789abcdef&Plain=a.b-c*d_e&Url=https%3A%2F%2Fh%3A8080%2Fv1")
			.contains("&With+space=caf%C3%A9+%2B%7E%21%27%28%29%F0%9F%98%80&Empty=");
		assertThat(OutboundRequest.form(Map.of())).isEmpty();
	}

	@Test
	void userInformationShouldBecomeBasicCredentialsAndLeaveTheUrl() {
		OutboundRequest request = OutboundRequest.of("https://user:p%40ss@h:8443/x", "POST", PARAMETERS, "s", "t");
		assertThat(request.url()).isEqualTo("https://h:8443/x");
		assertThat(request.headers()).containsEntry("Authorization", "Basic dXNlcjpwQHNz");
	}

}
