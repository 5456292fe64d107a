package io.autopilotmock.events;

import java.util.Map;

import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signature against the contract's test vector, and against twilio-java's own
 * validator.
 */
class SignatureTests {

	private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

	private static final Map<String, String> PARAMETERS = Map.of("Digits", "1234", "CallSid", "CA1234567890ABCDE", "To",
			"+18005551212", "Caller", "+14158675309", "From", "+14158675309");

	@Test
	void signatureShouldMatchTheContractsTestVector() {
		assertThat(Signature.sign("12345", URL, PARAMETERS)).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
	}

	@Test
	void twilioJavaShouldAcceptWhatIsSigned() {
		Map<String, String> parameters = Map.of("Event", "onDialogueStart", "Memory", "{\"a\": \"é ü +\"}");
		String url = "http://127.0.0.1:8080/hook?x=a+b";
		String signature = Signature.sign("secret", url, parameters);
		assertThat(new RequestValidator("secret").validate(url, parameters, signature)).isTrue();
		assertThat(new RequestValidator("other").validate(url, parameters, signature)).isFalse();
	}

	@Test
	void aGetShouldSignItsUrlAlone() {
		String url = "http://127.0.0.1:8080/hook?Event=onDialogueEnd";
		assertThat(new RequestValidator("secret").validate(url, Map.of(), Signature.sign("secret", url, Map.of())))
			.isTrue();
	}

}
