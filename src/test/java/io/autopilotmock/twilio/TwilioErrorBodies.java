package io.autopilotmock.twilio;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.ResponseSpecification;

import static org.hamcrest.Matchers.equalTo;

/**
 * Twilio's whole error body as rest-assured expectations: where the body is the promise,
 * the status alone proves nothing.
 */
public final class TwilioErrorBodies {

	private TwilioErrorBodies() {
	}

	/** Exactly this status, code and message, with the code's {@code more_info}. */
	public static ResponseSpecification error(int status, int code, String message) {
		return new ResponseSpecBuilder().expectStatusCode(status)
			.expectContentType(ContentType.JSON)
			.expectBody("code", equalTo(code))
			.expectBody("message", equalTo(message))
			.expectBody("more_info", equalTo("https://www.twilio.com/docs/errors/" + code))
			.expectBody("status", equalTo(status))
			.expectBody("size()", equalTo(4))
			.build();
	}

	/** Twilio's 404 for this path as requested, {@code /v1/…}. */
	public static ResponseSpecification notFound(String path) {
		return error(404, 20404, "The requested resource " + path.substring("/v1".length()) + " was not found");
	}

	public static ResponseSpecification uniqueNameTaken() {
		return error(409, 409, "UniqueName already in use");
	}

	public static ResponseSpecification methodNotAllowed() {
		return error(405, 20004, "Method not allowed");
	}

}
