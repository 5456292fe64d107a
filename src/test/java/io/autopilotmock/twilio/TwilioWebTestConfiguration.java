package io.autopilotmock.twilio;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The Twilio conventions a {@code @WebMvcTest} slice needs beside its controller.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(AutopilotMockProperties.class)
@Import({ AccountResolver.class, BaseUrl.class, TwilioDates.class })
public class TwilioWebTestConfiguration {

}
