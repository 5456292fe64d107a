package io.autopilotmock.webhook;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Webhooks as entities: what writes and the control surface need. The API's reads take
 * {@link WebhookReads}, and so does a write to find its webhook's row id, which it then
 * loads by {@link #findById}: no JPQL on the API's path. The queries are written out
 * rather than derived from method names: a derived query is rebuilt behind a shared lock
 * on every call, a written one is parsed once.
 */
interface WebhookRepository extends JpaRepository<Webhook, Long> {

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
