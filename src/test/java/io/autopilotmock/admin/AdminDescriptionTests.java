package io.autopilotmock.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The check every control call of the suite goes through: what it lets pass and what it
 * finds, on exchanges written here, so that a check that passes everything would fail
 * these.
 */
class AdminDescriptionTests {

	private static final String JSON = "application/json";

	private static final String ERROR = """
			{"code": 20001, "message": "Bad", "more_info": "https://www.twilio.com/docs/errors/20001", "status": 400}""";

	private static final String FAULT = """
			{"id": 1, "account_sid": null, "method": "POST", "path": "/v1/Assistants", "status": 503, "code": 20503,
			 "message": null, "network": null, "delay_ms": 0, "times": 2, "remaining": 2}""";

	private static final String DELIVERY = """
			{"id": 7, "account_sid": "AC00000000000000000000000000000000",
			 "assistant_sid": "UA0123456789abcdef0123456789abcdef", "dialogue_sid": "UK0123456789abcdef0123456789abcdef",
			 "webhook_sid": "UM0123456789abcdef0123456789abcdef", "event": "onDialogueEnd",
			 "url": "http://127.0.0.1:9/hook", "method": "POST", "idempotency_token": "t", "state": "%s", "concurrent": false,
			 "date_created": "2023-05-04T09:42:00Z", "attempts": [%s]}""";

	private static final String DIALOGUE = """
			{"account_sid": "AC00000000000000000000000000000000", "assistant_sid": "UA0123456789abcdef0123456789abcdef",
			 "sid": "UK0123456789abcdef0123456789abcdef",
			 "data": {"events": [{"event": "onDialogueEnd", "parameters": {}}]},
			 "url": "http://localhost/v1/Assistants/UA0123456789abcdef0123456789abcdef/Dialogues/UK0123456789abcdef0123456789abcdef"}""";

	private final AdminDescription description = AdminDescription.get();

	@Test
	void describedAnswerShouldPass() {
		assertThat(problems("GET", "/__admin/clock", null, null, 200, JSON,
				"{\"time\": \"2023-05-04T09:42:00Z\", \"frozen\": true}"))
			.isEmpty();
	}

	@Test
	void answerWithAFieldTheDescriptionLacksShouldFail() {
		assertThat(problems("GET", "/__admin/clock", null, null, 200, JSON,
				"{\"time\": \"2023-05-04T09:42:00Z\", \"frozen\": true, \"zone\": \"UTC\"}"))
			.singleElement()
			.asString()
			.contains("GET /__admin/clock answered 200", "#/components/schemas/Clock", "zone");
	}

	@Test
	void answerOfTheWrongTypeOrFormatShouldFail() {
		assertThat(problems("GET", "/__admin/clock", null, null, 200, JSON,
				"{\"time\": \"yesterday\", \"frozen\": \"yes\"}"))
			.hasSize(2);
	}

	@Test
	void answerInAnUndescribedMediaTypeShouldFail() {
		assertThat(problems("GET", "/__admin/clock", null, null, 200, "text/plain", "12:00")).singleElement()
			.asString()
			.contains("described as application/json");
	}

	@Test
	void statusTheOperationDoesNotDescribeShouldFail() {
		assertThat(problems("GET", "/__admin/clock", null, null, 500, JSON, ERROR.replace("400", "500")))
			.singleElement()
			.asString()
			.contains("describes no 500 answer");
	}

	@Test
	void errorThatIsNotTwilioShapedShouldFail() {
		assertThat(problems("GET", "/__admin/faults/1", null, null, 404, JSON, "{\"error\": \"Not Found\"}"))
			.isNotEmpty()
			.allMatch((problem) -> problem.contains("#/components/schemas/Error"));
	}

	@Test
	void acceptedRequestWithAnUndescribedParameterShouldFail() {
		assertThat(problems("GET", "/__admin/deliveries", "colour=red", null, 200, JSON, "{\"deliveries\": []}"))
			.singleElement()
			.asString()
			.contains("no parameter query:colour");
	}

	@Test
	void acceptedRequestWithAParameterOutOfItsRangeShouldFail() {
		assertThat(problems("GET", "/__admin/deliveries", "limit=1001", null, 200, JSON, "{\"deliveries\": []}"))
			.singleElement()
			.asString()
			.contains("parameter query:limit");
		assertThat(problems("GET", "/__admin/deliveries", "limit=1000&status=refused", null, 200, JSON,
				"{\"deliveries\": []}"))
			.isEmpty();
	}

	@Test
	void acceptedBodyTheDescriptionForbidsShouldFail() {
		assertThat(problems("POST", "/__admin/faults", null, "{\"status\": 200}", 201, JSON, FAULT)).singleElement()
			.asString()
			.contains("request body", "#/components/schemas/FaultForm");
		assertThat(problems("POST", "/__admin/faults", null, "{\"status\": 503, \"colour\": 1}", 201, JSON, FAULT))
			.singleElement()
			.asString()
			.contains("colour");
	}

	@Test
	void refusedBadRequestAnsweredWithADescribedErrorShouldPass() {
		assertThat(problems("POST", "/__admin/faults", "colour=red", "{\"status\": \"x\"}", 400, JSON, ERROR))
			.isEmpty();
	}

	@Test
	void pathTheDescriptionLacksShouldBeNotFound() {
		assertThat(problems("GET", "/__admin/nothing", null, null, 200, JSON, "{}")).singleElement()
			.asString()
			.contains("no path of the description matches");
		assertThat(problems("GET", "/__admin/nothing", null, null, 404, JSON, ERROR.replace("400", "404"))).isEmpty();
		assertThat(problems("PATCH", "/__admin/clock", null, null, 200, JSON, "{}")).singleElement()
			.asString()
			.contains("describes no PATCH");
	}

	@Test
	void triggerAnswersShouldCarryTheirCountAndMayHoldRefusedDeliveries() {
		String delivered = DELIVERY.formatted("delivered",
				"{\"time\": \"2023-05-04T09:42:00Z\", \"duration_ms\": 3, \"outcome\": \"200\", \"status\": 200, \"body\": \"ok\"}");
		String refused = DELIVERY.formatted("refused",
				"{\"time\": \"2023-05-04T09:42:00Z\", \"duration_ms\": 0, \"outcome\": \"refused\", \"status\": null, "
						+ "\"body\": \"10.0.0.1 is not an allowed destination\"}");
		String trigger = "{\"events\": [\"onDialogueEnd\"], \"wait\": true}";
		String path = "/__admin/Assistants/UA0123456789abcdef0123456789abcdef/Dialogues";
		String url = ", \"deliveries_count\": 1, "
				+ "\"deliveries_url\": \"http://localhost/__admin/deliveries?dialogue_sid=UK0123456789abcdef0123456789abcdef\"";
		assertThat(problems("POST", path, null, trigger, 201, JSON,
				"{\"dialogue\": " + DIALOGUE + ", \"deliveries\": [" + delivered + "]" + url + "}"))
			.isEmpty();
		assertThat(problems("POST", path, null, "{\"events\": [\"onDialogueEnd\"], \"concurrent\": true}", 201, JSON,
				"{\"dialogue\": " + DIALOGUE + ", \"deliveries\": [" + refused + "]" + url + "}"))
			.isEmpty();
		assertThat(problems("POST", path, null, trigger, 201, JSON, "{\"dialogue\": " + DIALOGUE + ", \"deliveries\": ["
				+ DELIVERY.formatted("lost", "") + "]" + url + "}"))
			.singleElement()
			.asString()
			.contains("state");
		assertThat(problems("POST", path, null, trigger, 201, JSON,
				"{\"dialogue\": " + DIALOGUE + ", \"deliveries\": [" + delivered + "]}"))
			.anyMatch((problem) -> problem.contains("deliveries_count"))
			.anyMatch((problem) -> problem.contains("deliveries_url"));
	}

	@Test
	void filterShouldFailTheCallWhoseAnswerDoesNotMatch() {
		FilterableRequestSpecification request = mock();
		given(request.getURI()).willReturn("http://localhost:8080/__admin/clock");
		given(request.getMethod()).willReturn("GET");
		Response answer = mock();
		given(answer.getStatusCode()).willReturn(200);
		given(answer.getContentType()).willReturn("application/json");
		given(answer.asByteArray()).willReturn("{\"time\": 0}".getBytes(StandardCharsets.UTF_8));
		FilterContext context = mock();
		given(context.next(any(), any())).willReturn(answer);
		FilterableResponseSpecification response = mock();
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> AdminDescriptionFilter.INSTANCE.filter(request, response, context))
			.withMessageContaining("does not match admin/openapi.json")
			.withMessageContaining("GET /__admin/clock answered 200");
		given(request.getURI()).willReturn("http://localhost:8080/v1/Assistants");
		assertThat(AdminDescriptionFilter.INSTANCE.filter(request, response, context)).isSameAs(answer);
	}

	private List<String> problems(String method, String path, @Nullable String query, @Nullable String body, int status,
			String contentType, String answer) {
		return this.description.problems(new AdminDescription.Exchange(method, path, query,
				(body != null) ? JSON : null, (body != null) ? body.getBytes(StandardCharsets.UTF_8) : null, status,
				contentType, answer.getBytes(StandardCharsets.UTF_8)));
	}

}
