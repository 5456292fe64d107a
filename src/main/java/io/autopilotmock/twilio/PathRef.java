package io.autopilotmock.twilio;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A path variable that names a resource by SID or unique name, decoded as twilio-java
 * encodes it: with {@code URLEncoder}, so a literal {@code +} is a space and {@code %2B}
 * a plus sign. Spring's own {@code @PathVariable} cannot tell those two apart.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PathRef {

	/** The variable's name in the mapping's path pattern. */
	String value();

}
