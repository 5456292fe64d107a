package io.autopilotmock.webhook;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Webhooks as entities: what writes and the control surface need. The API's reads take
 * {@link WebhookReads}. The queries are written out rather than derived from method
 * names: a derived query is rebuilt behind a shared lock on every call, a written one is
 * parsed once.
 */
interface WebhookRepository extends JpaRepository<Webhook, Long> {

	@Query("select w from Webhook w where w.assistantId = :assistantId and w.sid = :sid")
	Optional<Webhook> findBySid(long assistantId, String sid);

	@Query("select w from Webhook w where w.assistantId = :assistantId and w.uniqueName = :uniqueName")
	Optional<Webhook> findByUniqueName(long assistantId, String uniqueName);

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
