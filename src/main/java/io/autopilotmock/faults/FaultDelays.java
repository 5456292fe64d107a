package io.autopilotmock.faults;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Ends the delay of delayed requests: one thread that only hands each request back to
 * Tomcat when its time has come, so that a delay holds no request thread however many
 * requests wait. At most as many delays wait as Tomcat holds connections.
 */
@Component
class FaultDelays implements DisposableBean {

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	FaultDelays() {
		this.scheduler.setPoolSize(1);
		this.scheduler.setThreadNamePrefix("fault-delay-");
		this.scheduler.setDaemon(true);
		this.scheduler.setRemoveOnCancelPolicy(true);
		this.scheduler.initialize();
	}

	void after(long millis, Runnable then) {
		this.scheduler.schedule(then, Instant.now().plus(Duration.ofMillis(millis)));
	}

	@Override
	public void destroy() {
		this.scheduler.shutdown();
	}

}
