package io.autopilotmock.twilio;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Predictable SIDs for exact assertions: {@code UM00…01}, {@code UM00…02}, …
 */
public class SequentialSidGenerator implements SidGenerator {

	private final AtomicLong next = new AtomicLong(1);

	@Override
	public String next(SidPrefix prefix) {
		return prefix.letters() + String.format("%032x", this.next.getAndIncrement());
	}

}
