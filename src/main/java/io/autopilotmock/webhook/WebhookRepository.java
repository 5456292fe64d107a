package io.autopilotmock.webhook;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WebhookRepository extends JpaRepository<Webhook, Long> {

	Optional<Webhook> findByAssistantIdAndSid(long assistantId, String sid);

	Optional<Webhook> findByAssistantIdAndUniqueName(long assistantId, String uniqueName);

	List<Webhook> findByAssistantIdAndIdGreaterThanOrderByIdAsc(long assistantId, long id, Limit limit);

	List<Webhook> findByAssistantIdAndIdLessThanOrderByIdDesc(long assistantId, long id, Limit limit);

	@Query("select w from Webhook w where w.assistantId = :assistantId order by w.id limit :limit offset :offset")
	List<Webhook> findPage(long assistantId, long offset, int limit);

}
