package io.autopilotmock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against an emulator: started before its first test (or shared by
 * every class with the same settings), reset before each test, stopped at the end. Test
 * methods and constructors may take an {@link AutopilotMock}, an
 * {@link io.autopilotmock.client.AutopilotMockAdmin} and a {@link BaseUrl @BaseUrl
 * String}.
 * <p>
 * The emulator is the {@code autopilot-mock} image, through Testcontainers, where a
 * Docker engine holds it; otherwise the emulator's jar as a child process on a free port.
 * The system property {@code autopilotmock.mode} (or {@code AUTOPILOT_MOCK_KIT_MODE})
 * forces {@code container} or {@code process}; {@code autopilotmock.jar} (or
 * {@code AUTOPILOT_MOCK_JAR}) names the jar, found by default in the local Maven
 * repository; {@code autopilotmock.image} names the image.
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(AutopilotMockExtension.class)
public @interface AutopilotMockTest {

	/**
	 * ISO 8601 dates, which twilio-java and twilio-python need; {@code false}: RFC 2822.
	 */
	boolean iso8601Dates() default true;

	/** One emulator for every class with the same settings, rather than one per class. */
	boolean shared() default false;

	/**
	 * More of the emulator's settings, as environment variables: {@code "NAME=value"}.
	 */
	String[] environment() default {};

}
