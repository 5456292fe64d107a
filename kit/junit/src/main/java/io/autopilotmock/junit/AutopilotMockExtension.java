package io.autopilotmock.junit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import io.autopilotmock.client.AutopilotMockAdmin;
import io.autopilotmock.testcontainers.AutopilotMockContainer;
import io.autopilotmock.testcontainers.Engine;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts the emulator of an {@link AutopilotMockTest} class (or finds the shared one),
 * resets it before each test, and resolves its parameters. See {@link AutopilotMockTest}.
 */
public class AutopilotMockExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

	private static final System.Logger logger = System.getLogger(AutopilotMockExtension.class.getName());

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(AutopilotMockExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		emulator(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		AutopilotMockAdmin admin = emulator(context).admin();
		admin.reset();
		admin.releaseClock();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == AutopilotMock.class || type == AutopilotMockAdmin.class
				|| (type == String.class && parameter.isAnnotated(BaseUrl.class));
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Emulator emulator = emulator(context);
		Class<?> type = parameter.getParameter().getType();
		if (type == AutopilotMock.class) {
			return emulator;
		}
		if (type == AutopilotMockAdmin.class) {
			return emulator.admin();
		}
		if (type == String.class) {
			return emulator.baseUrl();
		}
		throw new ParameterResolutionException("Not an emulator's parameter: " + parameter.getParameter());
	}

	private static Emulator emulator(ExtensionContext context) {
		Class<?> testClass = context.getRequiredTestClass();
		AutopilotMockTest test = AnnotationSupport.findAnnotation(testClass, AutopilotMockTest.class)
			.orElseThrow(() -> new ExtensionConfigurationException(
					testClass.getName() + " uses " + AutopilotMockExtension.class.getSimpleName() + " without @"
							+ AutopilotMockTest.class.getSimpleName()));
		Settings settings = Settings.of(test);
		ExtensionContext owner = test.shared() ? context.getRoot() : classContext(context);
		return owner.getStore(NAMESPACE)
			.getOrComputeIfAbsent(test.shared() ? settings : testClass, (key) -> start(settings), Emulator.class);
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext current = context;
		while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
			current = current.getParent().get();
		}
		return current;
	}

	static Emulator start(Settings settings) {
		long started = System.nanoTime();
		Emulator emulator = launch(settings);
		logger.log(System.Logger.Level.INFO,
				() -> emulator + " started in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		return emulator;
	}

	private static Emulator launch(Settings settings) {
		String image = setting("autopilotmock.image", "AUTOPILOT_MOCK_IMAGE", AutopilotMockContainer.DEFAULT_IMAGE);
		String mode = setting("autopilotmock.mode", "AUTOPILOT_MOCK_KIT_MODE", "auto").toLowerCase(Locale.ROOT);
		switch (mode) {
			case "container":
				return ContainerEmulator.start(image, settings);
			case "process":
				return ProcessEmulator.start(jar(), settings);
			case "auto":
				String unavailable = Engine.unavailable(image);
				if (unavailable == null) {
					return ContainerEmulator.start(image, settings);
				}
				logger.log(System.Logger.Level.INFO, () -> "autopilot-mock: " + unavailable + ", so the jar runs");
				return ProcessEmulator.start(jar(), settings);
			default:
				throw new ExtensionConfigurationException(
						"autopilotmock.mode must be auto, container or process, was " + mode);
		}
	}

	/**
	 * The jar named by a setting, else the kit's version of it in the local Maven
	 * repository.
	 */
	static Path jar() {
		String named = setting("autopilotmock.jar", "AUTOPILOT_MOCK_JAR", null);
		if (named != null) {
			return Path.of(named);
		}
		String version = AutopilotMockExtension.class.getPackage().getImplementationVersion();
		String release = (version != null) ? version : "0.1.0-SNAPSHOT";
		String repository = System.getProperty("maven.repo.local",
				Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
		return Path.of(repository, "io", "autopilotmock", "autopilot-mock", release,
				"autopilot-mock-" + release + ".jar");
	}

	private static String setting(String property, String variable, String fallback) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(variable);
		}
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
