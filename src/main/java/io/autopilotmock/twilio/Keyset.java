package io.autopilotmock.twilio;

import java.util.List;
import java.util.function.ToLongFunction;

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

	/** The rows of a list that has none: nothing is read. */
	static <T> Keyset<T> empty() {
		return of((position, limit) -> List.of(), (position, limit) -> List.of(), (position, limit) -> List.of(),
				(row) -> {
					throw new IllegalStateException("An empty list has no rows");
				});
	}

	/** A keyset from its three queries and the row's id. */
	static <T> Keyset<T> of(Query<T> after, Query<T> before, Query<T> fromOffset, ToLongFunction<T> idOf) {
		return new Keyset<>() {

			@Override
			public List<T> after(long id, int limit) {
				return after.read(id, limit);
			}

			@Override
			public List<T> before(long id, int limit) {
				return before.read(id, limit);
			}

			@Override
			public List<T> fromOffset(long offset, int limit) {
				return fromOffset.read(offset, limit);
			}

			@Override
			public long idOf(T row) {
				return idOf.applyAsLong(row);
			}

		};
	}

	/** One of the three reads: up to {@code limit} rows from a position. */
	@FunctionalInterface
	interface Query<T> {

		List<T> read(long position, int limit);

	}

}
