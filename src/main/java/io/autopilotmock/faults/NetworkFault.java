package io.autopilotmock.faults;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a network fault does to the connection instead of answering.
 */
enum NetworkFault {

	/** The connection is reset (TCP RST): the client reads "connection reset". */
	CONNECTION_RESET("connection_reset"),

	/** The connection is closed without a byte of response: the client reads EOF. */
	EMPTY_RESPONSE("empty_response");

	private final String wireName;

	NetworkFault(String wireName) {
		this.wireName = wireName;
	}

	String wireName() {
		return this.wireName;
	}

	static Optional<NetworkFault> of(String wireName) {
		return Arrays.stream(values()).filter((fault) -> fault.wireName.equals(wireName)).findFirst();
	}

}
