package io.autopilotmock.assistant;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssistantRepository extends JpaRepository<Assistant, Long> {

	Optional<Assistant> findByAccountSidAndSid(String accountSid, String sid);

	Optional<Assistant> findByAccountSidAndUniqueName(String accountSid, String uniqueName);

}
