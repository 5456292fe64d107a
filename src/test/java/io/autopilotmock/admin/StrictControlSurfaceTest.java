package io.autopilotmock.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The application the control surface's strict-mode tests share: strict mode, accounts
 * {@link StrictControlSurface#A} and {@link StrictControlSurface#B} with their Basic
 * passwords, and an admin token. The same settings for every such test class, so one
 * cached application serves them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "autopilot-mock.auth.mode=strict",
				"autopilot-mock.auth.credentials=" + StrictControlSurface.A + ":" + StrictControlSurface.A_PASSWORD
						+ "," + StrictControlSurface.B + ":" + StrictControlSurface.B_PASSWORD,
				"autopilot-mock.admin.token=" + StrictControlSurface.ADMIN_TOKEN })
public @interface StrictControlSurfaceTest {

}
