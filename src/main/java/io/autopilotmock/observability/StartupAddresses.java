package io.autopilotmock.observability;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says where to point a client, the tests and a browser once the emulator is ready, so
 * that nobody has to guess the port or the control surface's path. The test kit's
 * child-process mode reads the port from this line too.
 */
@Component
class StartupAddresses implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(StartupAddresses.class);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String base = base(event.getApplicationContext().getEnvironment());
		if (base != null) {
			logger.info(line(base));
		}
	}

	static String line(String base) {
		return "autopilot-mock is ready: API " + base + "/v1, control calls " + base + "/__admin, inspector " + base
				+ "/__admin/";
	}

	/**
	 * The public base URL if one is set, else the local port; none without a web server.
	 */
	static String base(Environment environment) {
		String publicBase = environment.getProperty("autopilot-mock.public-base-url");
		if (publicBase != null && !publicBase.isBlank()) {
			return publicBase.replaceAll("/+$", "");
		}
		String port = environment.getProperty("local.server.port");
		return (port != null) ? "http://localhost:" + port : null;
	}

}
