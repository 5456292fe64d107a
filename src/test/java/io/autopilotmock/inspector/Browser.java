package io.autopilotmock.inspector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A headless Chromium driven through Debian's {@code chromium} and
 * {@code chromium-driver}. Where they are not installed the tests are skipped, except on
 * CI ({@code CI=true}), where a missing browser is a failure: the browser tests must not
 * pass there by doing nothing.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "inspector-screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	static {
		// Selenium looks for a DevTools binding matching the browser and warns when it
		// has none; the tests use no DevTools API beyond a full-page screenshot.
		Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.SEVERE);
		Logger.getLogger("org.openqa.selenium.chromium").setLevel(Level.SEVERE);
	}

	private final Path profile;

	private final ChromeDriver driver;

	private Browser(Path profile, ChromeDriver driver) {
		this.profile = profile;
		this.driver = driver;
	}

	/** Skips the calling test class where no browser is installed, fails on CI. */
	static void assumeInstalled() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
		if (!installed && "true".equals(System.getenv("CI"))) {
			fail("CI must run the browser tests: install chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
					+ ")");
		}
		Assumptions.assumeTrue(installed, "No " + CHROMIUM + " and " + DRIVER + ": browser tests skipped");
	}

	static Browser start() {
		Path profile;
		try {
			profile = Files.createTempDirectory("inspector-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		// An alert a page opened must stay open for the test to see, not be dismissed.
		options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new Browser(profile, new ChromeDriver(service, options));
	}

	WebDriver driver() {
		return this.driver;
	}

	/** Opens the page in a new tab, which starts with empty session storage. */
	void open(String url) {
		String old = this.driver.getWindowHandle();
		this.driver.switchTo().newWindow(WindowType.TAB);
		String fresh = this.driver.getWindowHandle();
		this.driver.switchTo().window(old).close();
		this.driver.switchTo().window(fresh);
		this.driver.get(url);
	}

	void reload() {
		this.driver.navigate().refresh();
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	<T> T await(String what, Function<WebDriver, T> condition) {
		// A poll may replace an element between finding it and reading it: ask again.
		return new WebDriverWait(this.driver, PATIENCE).withMessage(what)
			.ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	/** Waits until the element's text is exactly {@code text}. */
	WebElement awaitText(String css, String text) {
		return await(css + " reads \"" + text + "\"", (driver) -> {
			List<WebElement> found = driver.findElements(By.cssSelector(css));
			return found.stream().filter((element) -> text.equals(element.getText())).findFirst().orElse(null);
		});
	}

	/** Waits until the page has refreshed {@code times} more times from the API. */
	void awaitRefreshes(int times) {
		int now = refreshes();
		await(times + " refreshes", (driver) -> refreshes() >= now + times);
	}

	int refreshes() {
		Object value = this.driver.executeScript("return Number(document.body.dataset.refreshed || 0);");
		return ((Number) value).intValue();
	}

	Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	boolean alertOpen() {
		try {
			this.driver.switchTo().alert();
			return true;
		}
		catch (NoAlertPresentException ex) {
			return false;
		}
	}

	/** What the page wrote to the console, errors included, since the last call. */
	List<LogEntry> consoleEntries() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll();
	}

	/** Asserts that the page logged no warning or error. */
	void assertNoConsoleErrors() {
		assertNoConsoleErrorsBut((message) -> false);
	}

	/**
	 * Asserts that the page logged no warning or error, except each refused load the
	 * predicate accepts (a 401 before credentials are given, say).
	 */
	void assertNoConsoleErrorsBut(Predicate<String> expected) {
		assertThat(consoleEntries()).filteredOn((entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.filteredOn((entry) -> !expected.test(entry.getMessage()))
			.as("console warnings and errors")
			.isEmpty();
	}

	/** Keeps what the browser shows under target/, for people to look at. */
	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			// The whole page, not only the window: the journal is below the fold.
			Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true));
			Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> paths = Files.walk(this.profile)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A profile left in the temporary directory harms nothing.
		}
	}

}
