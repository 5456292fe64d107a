package io.autopilotmock.events;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.autopilotmock.twilio.TestAccounts;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every event-webhook API test starts from: rest-assured pointed at the server on
 * its random port, an assistant SID no other test uses, and a receiver of its own for
 * each test, started before the subclass's set-up (which may subscribe webhooks to it)
 * and closed after the test.
 */
abstract class AbstractReceiverApiTests {

	@LocalServerPort
	int port;

	String assistant = TestAccounts.freshAssistant();

	Receiver receiver;

	@BeforeEach
	void startReceiver() {
		RestAssured.port = this.port;
		this.receiver = Receiver.start();
	}

	@AfterEach
	void closeReceiver() {
		this.receiver.close();
	}

}
