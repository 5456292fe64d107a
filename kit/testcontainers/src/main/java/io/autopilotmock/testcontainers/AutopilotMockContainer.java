package io.autopilotmock.testcontainers;

import java.nio.file.Path;
import java.time.Duration;

import io.autopilotmock.client.AutopilotMockAdmin;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The emulator's image as a Testcontainers container, ready once its readiness probe
 * answers {@code UP}.
 *
 * <pre>
 * try (AutopilotMockContainer autopilot = new AutopilotMockContainer().withIso8601Dates()) {
 * 	autopilot.start();
 * 	String baseUrl = autopilot.getBaseUrl();
 * 	autopilot.admin().reset();
 * }
 * </pre>
 */
public class AutopilotMockContainer extends GenericContainer<AutopilotMockContainer> {

	/**
	 * The image's tag when none is given: what {@code docker build -t autopilot-mock .}
	 * makes.
	 */
	public static final String DEFAULT_IMAGE = "autopilot-mock";

	/**
	 * The host as the emulator in the container reaches it, see
	 * {@link #withHostReceiver}.
	 */
	public static final String HOST = "host.testcontainers.internal";

	private static final int PORT = 8080;

	private static final String SEED = "/autopilot-mock/seed.json";

	private static final String ALLOWED_HOSTS = "AUTOPILOT_MOCK_EVENTS_ALLOWED_HOSTS";

	private String adminToken;

	private Integer hostReceiverPort;

	private boolean hostAccess;

	public AutopilotMockContainer() {
		this(DockerImageName.parse(DEFAULT_IMAGE));
	}

	public AutopilotMockContainer(String image) {
		this(DockerImageName.parse(image));
	}

	public AutopilotMockContainer(DockerImageName image) {
		super(image);
		withExposedPorts(PORT);
		waitingFor(Wait.forHttp("/actuator/health/readiness")
			.forStatusCode(200)
			.withStartupTimeout(Duration.ofSeconds(120)));
	}

	/** ISO 8601 dates, which twilio-java and twilio-python need. */
	public AutopilotMockContainer withIso8601Dates() {
		return withEnv("AUTOPILOT_MOCK_DATE_FORMAT", "iso8601");
	}

	/**
	 * Strict mode: only this account's credentials pass, on the API and the control
	 * calls.
	 */
	public AutopilotMockContainer withStrictAccount(String accountSid, String authToken) {
		return withEnv("AUTOPILOT_MOCK_AUTH_MODE", "strict").withEnv("AUTOPILOT_MOCK_AUTH_CREDENTIALS",
				accountSid + ":" + authToken);
	}

	/**
	 * The control calls require {@code Authorization: Bearer token}; {@link #admin()}
	 * sends it.
	 */
	public AutopilotMockContainer withAdminToken(String token) {
		this.adminToken = token;
		return withEnv("AUTOPILOT_MOCK_ADMIN_TOKEN", token);
	}

	/**
	 * A state document loaded at start-up (docs/control-calls.md, "a seed file"). Copied
	 * into the container rather than mounted: Testcontainers checks that a mount works by
	 * starting another image first, which a machine without a registry has not got.
	 */
	public AutopilotMockContainer withSeedFile(Path seed) {
		return withCopyFileToContainer(MountableFile.forHostPath(seed, 0644), SEED).withEnv("AUTOPILOT_MOCK_SEED_FILE",
				SEED);
	}

	/**
	 * Lets the emulator deliver event webhooks to a receiver on the host, at
	 * {@code http://host.testcontainers.internal:port/…} ({@link #hostUrl}). The name is
	 * Docker's host gateway ({@code --add-host=…:host-gateway}), a private address, which
	 * the emulator's destination policy allows: the receiver must listen on an address
	 * the container can reach, e.g. every interface ({@code 0.0.0.0}), not only loopback.
	 */
	public AutopilotMockContainer withHostReceiver(int port) {
		this.hostReceiverPort = port;
		return withHostAccess();
	}

	/**
	 * Names the host {@value #HOST} inside the container, for receivers on any port, and
	 * keeps it a destination when {@code AUTOPILOT_MOCK_EVENTS_ALLOWED_HOSTS} narrows
	 * them.
	 */
	public AutopilotMockContainer withHostAccess() {
		this.hostAccess = true;
		return withExtraHost(HOST, "host-gateway");
	}

	@Override
	protected void configure() {
		super.configure();
		String allowed = getEnvMap().get(ALLOWED_HOSTS);
		if (this.hostAccess && allowed != null && !allowed.isBlank() && !allowed.contains(HOST)) {
			addEnv(ALLOWED_HOSTS, allowed + "," + HOST);
		}
	}

	/**
	 * The URL of the {@link #withHostReceiver host receiver} at this path, as the
	 * emulator in the container reaches it: what to give a webhook as its
	 * {@code WebhookUrl}.
	 */
	public String hostUrl(String path) {
		if (this.hostReceiverPort == null) {
			throw new IllegalStateException("No host receiver: call withHostReceiver(port) before start()");
		}
		return "http://" + HOST + ":" + this.hostReceiverPort + (path.startsWith("/") ? path : "/" + path);
	}

	/** Where the emulator answers from the test, e.g. {@code http://localhost:32768}. */
	public String getBaseUrl() {
		return "http://" + getHost() + ":" + getMappedPort(PORT);
	}

	/** A client of the control calls, with the admin token if one was set. */
	public AutopilotMockAdmin admin() {
		AutopilotMockAdmin admin = AutopilotMockAdmin.connect(getBaseUrl());
		return (this.adminToken != null) ? admin.withAdminToken(this.adminToken) : admin;
	}

}
