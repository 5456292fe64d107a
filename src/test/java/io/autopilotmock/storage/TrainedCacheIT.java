package io.autopilotmock.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The rules start-up and the first answers rest on, checked where they show: in the
 * classes the image's JDK AOT cache is trained with. {@code docker/start --train} runs
 * the packaged jar as the Dockerfile does, on a JDK 25 ({@code IMAGE_JAVA}, as
 * {@code bench/run}; skipped without one), logging every class it loads.
 * <ul>
 * <li>No JPQL on the API's path, and none parsed at start: Hibernate's HQL parser
 * ({@code org.hibernate.grammars.hql}) is never loaded. A repository method with a
 * {@code @Query} string called by a create, fetch, list, update or delete would load
 * it.</li>
 * <li>No classes generated at run time ({@link NoBytecodeGeneration}): Byte Buddy is
 * never loaded.</li>
 * </ul>
 */
class TrainedCacheIT {

	private static final Path JAR = Path.of("target", "autopilot-mock.jar");

	private static final Path JAVA = Path
		.of(System.getenv().getOrDefault("IMAGE_JAVA", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"));

	@TempDir
	static Path work;

	static Set<String> classes = new TreeSet<>();

	@BeforeAll
	static void train() throws Exception {
		assumeTrue(Files.isExecutable(JAVA), "no JDK 25 at " + JAVA + " (set IMAGE_JAVA)");
		assertThat(JAR).as("run the integration tests with ./mvnw verify").isRegularFile();
		Path app = work.resolve("app");
		run(List.of(JAVA.toString(), "-Djarmode=tools", "-jar", JAR.toString(), "extract", "--destination",
				app.toString()));
		// %p: the training JVM and the one that then writes the cache log apart.
		ProcessBuilder training = new ProcessBuilder("docker/start", "--train");
		training.environment().put("APP_HOME", app.toString());
		training.environment().put("JAVA", JAVA.toString());
		training.environment().put("JAVA_OPTS", "-Xlog:class+load=info:file=" + work.resolve("classes-%p.log"));
		run(training);
		try (Stream<Path> logs = Files.list(work)) {
			for (Path log : logs.filter((file) -> file.getFileName().toString().startsWith("classes-")).toList()) {
				for (String line : Files.readAllLines(log)) {
					int start = line.indexOf("[class,load] ");
					if (start >= 0) {
						String rest = line.substring(start + "[class,load] ".length());
						classes.add(rest.substring(0, rest.indexOf(' ')));
					}
				}
			}
		}
	}

	@Test
	void theTrainingShouldHaveServedTheApiThroughHibernate() {
		assertThat(classes).hasSizeGreaterThan(5000)
			.contains("io.autopilotmock.webhook.WebhookController", "org.hibernate.internal.SessionImpl");
	}

	@Test
	void hibernatesHqlParserShouldNeverBeLoaded() {
		assertThat(classes).noneMatch((name) -> name.startsWith("org.hibernate.grammars.hql."));
	}

	@Test
	void byteBuddyShouldNeverBeLoaded() {
		assertThat(classes).noneMatch((name) -> name.startsWith("net.bytebuddy."));
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		run(new ProcessBuilder(command));
	}

	private static void run(ProcessBuilder builder) throws IOException, InterruptedException {
		Path output = Files.createTempFile(work, "output", ".txt");
		Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly().waitFor();
		}
		assertThat(process.exitValue()).as(String.join(" ", builder.command()) + ":\n" + Files.readString(output))
			.isZero();
	}

}
