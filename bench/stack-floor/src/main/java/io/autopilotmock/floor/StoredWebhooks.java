package io.autopilotmock.floor;

import org.springframework.data.jpa.repository.JpaRepository;

/** Webhooks are saved through a JPA repository, as autopilot-mock saves them. */
interface StoredWebhooks extends JpaRepository<StoredWebhook, Long> {

}
