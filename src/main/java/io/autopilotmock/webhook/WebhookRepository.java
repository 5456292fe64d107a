package io.autopilotmock.webhook;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Webhooks, always read through their assistant. The queries are written out rather than
 * derived from method names: a derived query is rebuilt behind a shared lock on every
 * call, a written one is parsed once.
 */
interface WebhookRepository extends JpaRepository<Webhook, Long> {

	@Query("select w from Webhook w where w.assistantId = :assistantId and w.sid = :sid")
	Optional<Webhook> findBySid(long assistantId, String sid);

	@Query("select w from Webhook w where w.assistantId = :assistantId and w.uniqueName = :uniqueName")
	Optional<Webhook> findByUniqueName(long assistantId, String uniqueName);

	/** The usual address, by SIDs, in one query with the assistant's account check. */
	@Query("""
			select w from Webhook w, Assistant a
			where w.sid = :sid and a.id = w.assistantId and a.sid = :assistantSid and a.accountSid = :accountSid""")
	Optional<Webhook> findBySids(String accountSid, String assistantSid, String sid);

	/** By the assistant's SID and the webhook's unique name, in one query. */
	@Query("""
			select w from Assistant a, Webhook w
			where a.accountSid = :accountSid and a.sid = :assistantSid and w.assistantId = a.id
			and w.uniqueName = :uniqueName""")
	Optional<Webhook> findByAssistantSidAndUniqueName(String accountSid, String assistantSid, String uniqueName);

	@Query("select w from Webhook w where w.assistantId = :assistantId and w.id > :id order by w.id limit :limit")
	List<Webhook> findAfter(long assistantId, long id, int limit);

	@Query("select w from Webhook w where w.assistantId = :assistantId and w.id < :id order by w.id desc limit :limit")
	List<Webhook> findBefore(long assistantId, long id, int limit);

	@Query("select w from Webhook w where w.assistantId = :assistantId order by w.id limit :limit offset :offset")
	List<Webhook> findPage(long assistantId, long offset, int limit);

	@Query("select w from Webhook w order by w.assistantId, w.id")
	List<Webhook> findEvery();

	@Query("select w from Webhook w where w.accountSid = :accountSid order by w.assistantId, w.id")
	List<Webhook> findEvery(String accountSid);

	@Query("select w.sid from Webhook w")
	List<String> findEverySid();

	@Query("select w.sid from Webhook w where w.sid in :sids")
	List<String> findTakenSids(List<String> sids);

	@Modifying
	@Query("delete from Webhook w")
	int deleteEvery();

	@Modifying
	@Query("delete from Webhook w where w.accountSid = :accountSid")
	int deleteEvery(String accountSid);

}
