package io.autopilotmock.assistant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Assistants, always within one account. The queries are written out rather than derived
 * from method names: a derived query is rebuilt behind a shared lock on every call, a
 * written one is parsed once.
 */
interface AssistantRepository extends JpaRepository<Assistant, Long> {

	@Query("select a from Assistant a where a.accountSid = :accountSid and a.sid = :sid")
	Optional<Assistant> findBySid(String accountSid, String sid);

	@Query("select a from Assistant a where a.accountSid = :accountSid and a.uniqueName = :uniqueName")
	Optional<Assistant> findByUniqueName(String accountSid, String uniqueName);

	@Query("select a from Assistant a where a.accountSid = :accountSid and a.id > :id order by a.id limit :limit")
	List<Assistant> findAfter(String accountSid, long id, int limit);

	@Query("select a from Assistant a where a.accountSid = :accountSid and a.id < :id order by a.id desc limit :limit")
	List<Assistant> findBefore(String accountSid, long id, int limit);

	@Query("select a from Assistant a where a.accountSid = :accountSid order by a.id limit :limit offset :offset")
	List<Assistant> findPage(String accountSid, long offset, int limit);

	@Query("select a from Assistant a order by a.accountSid, a.id")
	List<Assistant> findEvery();

	@Query("select a from Assistant a where a.accountSid = :accountSid order by a.id")
	List<Assistant> findEvery(String accountSid);

	@Query("select a.sid from Assistant a")
	List<String> findEverySid();

	@Modifying
	@Query("delete from Assistant a")
	int deleteEvery();

	@Modifying
	@Query("delete from Assistant a where a.accountSid = :accountSid")
	int deleteEvery(String accountSid);

}
