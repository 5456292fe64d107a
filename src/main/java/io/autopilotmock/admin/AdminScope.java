package io.autopilotmock.admin;

import org.jspecify.annotations.Nullable;

/**
 * The accounts a control call acts on: one account, or all of them.
 *
 * @param accountSid the one account, or {@code null} for every account
 */
public record AdminScope(@Nullable String accountSid) {

	private static final AdminScope ALL = new AdminScope(null);

	public static AdminScope all() {
		return ALL;
	}

	public static AdminScope of(String accountSid) {
		return new AdminScope(accountSid);
	}

	public boolean isAll() {
		return this.accountSid == null;
	}

	/** Whether rows of this account are in scope. */
	public boolean includes(String accountSid) {
		return this.accountSid == null || this.accountSid.equals(accountSid);
	}

}
