package io.autopilotmock.client;

import java.util.Map;

/**
 * What {@code POST /__admin/reset} deleted.
 *
 * @param accountSid the account reset, {@code null} for every account
 * @param deleted counts by kind: {@code assistants}, {@code webhooks}, {@code dialogues},
 * {@code deliveries}, {@code requests}, {@code faults}
 */
public record ResetResult(String accountSid, Map<String, Long> deleted) {

	static ResetResult of(Object json) {
		Fields fields = Fields.of(json);
		return new ResetResult(fields.string("account_sid"), Map.copyOf(fields.counts("deleted")));
	}

}
