package io.autopilotmock.twilio;

import java.util.List;

/**
 * The rows of one list, in creation order, read by position. Each resource's repository
 * provides these with queries an index serves.
 *
 * @param <T> the stored row
 */
public interface Keyset<T> {

	/** Up to {@code limit} rows after {@code id}, ascending. */
	List<T> after(long id, int limit);

	/** Up to {@code limit} rows before {@code id}, descending. */
	List<T> before(long id, int limit);

	/** Up to {@code limit} rows from {@code offset}, ascending. */
	List<T> fromOffset(long offset, int limit);

	long idOf(T row);

}
