package io.autopilotmock.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The benchmark's floor: what Spring MVC, Tomcat and Jackson cost alone for
 * autopilot-mock's three benchmarked requests. See bench/README.md.
 */
@SpringBootApplication
public class FloorApplication {

	public static void main(String[] args) {
		SpringApplication.run(FloorApplication.class, args);
	}

}
