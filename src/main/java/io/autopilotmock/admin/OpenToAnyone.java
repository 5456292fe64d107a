package io.autopilotmock.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@code /__admin} handler reachable without credentials. Every other handler
 * there is authorized before its body is read ({@link AdminAccessInterceptor}), so a new
 * control call is closed unless its author opens it here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface OpenToAnyone {

	/** Why it may be open: what it serves, and why that holds no data. */
	String value();

}
