package io.autopilotmock.twilio;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The rows of one list, in creation order, read by position. Each resource's repository
 * provides these with queries an index serves: the position is the row id, and a page
 * token names its row by SID, which one lookup by a unique index turns into a position.
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

	/** The row of this list with this SID, if the list has one. */
	Optional<T> find(String sid);

	long idOf(T row);

	String sidOf(T row);

	/** The prefix of the rows' SIDs: a token naming another kind of SID is refused. */
	SidPrefix prefix();

	/** A keyset from its reads and the row's id and SID. */
	static <T> Keyset<T> of(SidPrefix prefix, Reads<T> reads, ToLongFunction<T> idOf, Function<T, String> sidOf) {
		return new Keyset<>() {

			@Override
			public List<T> after(long id, int limit) {
				return reads.after().read(id, limit);
			}

			@Override
			public List<T> before(long id, int limit) {
				return reads.before().read(id, limit);
			}

			@Override
			public List<T> fromOffset(long offset, int limit) {
				return reads.fromOffset().read(offset, limit);
			}

			@Override
			public Optional<T> find(String sid) {
				return reads.bySid().apply(sid);
			}

			@Override
			public long idOf(T row) {
				return idOf.applyAsLong(row);
			}

			@Override
			public String sidOf(T row) {
				return sidOf.apply(row);
			}

			@Override
			public SidPrefix prefix() {
				return prefix;
			}

		};
	}

	/** The queries a list is read with. */
	record Reads<T>(Query<T> after, Query<T> before, Query<T> fromOffset, Function<String, Optional<T>> bySid) {

	}

	/** One of the positional reads: up to {@code limit} rows from a position. */
	@FunctionalInterface
	interface Query<T> {

		List<T> read(long position, int limit);

	}

}
