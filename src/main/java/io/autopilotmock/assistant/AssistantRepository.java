package io.autopilotmock.assistant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssistantRepository extends JpaRepository<Assistant, Long> {

	Optional<Assistant> findByAccountSidAndSid(String accountSid, String sid);

	Optional<Assistant> findByAccountSidAndUniqueName(String accountSid, String uniqueName);

	List<Assistant> findByAccountSidAndIdGreaterThanOrderByIdAsc(String accountSid, long id, Limit limit);

	List<Assistant> findByAccountSidAndIdLessThanOrderByIdDesc(String accountSid, long id, Limit limit);

	@Query("select a from Assistant a where a.accountSid = :accountSid order by a.id limit :limit offset :offset")
	List<Assistant> findPage(String accountSid, long offset, int limit);

}
