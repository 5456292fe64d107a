package io.autopilotmock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AutopilotMockApplication {

	public static void main(String[] args) {
		SpringApplication.run(AutopilotMockApplication.class, args);
	}

}
