package com.example.bot;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * Sends twilio-java's Autopilot requests to the emulator: the SDK has no base-URL
 * setting.
 */
public class EmulatorHttpClient extends NetworkHttpClient {

	private final String emulator;

	public EmulatorHttpClient(String emulator) { // e.g. "http://localhost:8080"
		this.emulator = emulator;
	}

	@Override
	public Response makeRequest(Request request) {
		Request redirected = new Request(request.getMethod(),
				request.getUrl().replace("https://autopilot.twilio.com", this.emulator));
		redirected.setAuth(request.getUsername(), request.getPassword());
		request.getQueryParams()
			.forEach((name, values) -> values.forEach((value) -> redirected.addQueryParam(name, value)));
		request.getPostParams()
			.forEach((name, values) -> values.forEach((value) -> redirected.addPostParam(name, value)));
		request.getHeaderParams()
			.forEach((name, values) -> values.forEach((value) -> redirected.addHeaderParam(name, value)));
		return super.makeRequest(redirected);
	}

}
