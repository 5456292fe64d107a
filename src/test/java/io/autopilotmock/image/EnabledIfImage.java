package io.autopilotmock.image;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test only where a container engine answers and holds the image: skipped on a
 * bare JDK, failed loudly in CI ({@code CI=true}), where both must be there. Tagged
 * {@code image}, so that CI runs them once, in its H2 pass, and leaves them out of its
 * PostgreSQL pass ({@code -DexcludedGroups=image}), which the image does not use.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("image")
@ExtendWith(ImageCondition.class)
@interface EnabledIfImage {

}
