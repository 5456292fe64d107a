package io.autopilotmock.twilio;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the emulator, bound from {@code autopilot-mock.*} (or the matching
 * {@code AUTOPILOT_MOCK_*} environment variables) and checked at start-up: by their
 * constraints where one says it, by the constructors where a value is also normalised.
 *
 * @param defaultAccountSid the account that owns requests without an {@code AC…} Basic
 * username
 * @param publicBaseUrl the base of every {@code url} the emulator writes; unset, the
 * request's own scheme, host and port
 * @param dateFormat how {@code date_created} and {@code date_updated} are written
 * @param autoCreateAssistants whether a well-formed, unknown {@code UA…} SID is
 * registered on first use rather than answered with Twilio's 404
 * @param lenientEvents whether {@code Events} may hold tokens Autopilot did not know
 * @param auth how requests are authenticated
 * @param admin who may use the control surface under {@code /__admin}
 * @param seed the state loaded into an empty store at start-up
 * @param sid how SIDs are minted
 * @param journal how many API requests the control surface remembers
 * @param events how simulated dialogues deliver event webhooks
 */
@ConfigurationProperties("autopilot-mock")
@Validated
public record AutopilotMockProperties(
		@DefaultValue("AC00000000000000000000000000000000") @Pattern(regexp = "AC[0-9a-f]{32}",
				message = "must be AC followed by 32 lowercase hex digits") String defaultAccountSid,
		@Nullable URI publicBaseUrl, @DefaultValue("rfc2822") DateFormat dateFormat,
		@DefaultValue("true") boolean autoCreateAssistants, @DefaultValue("false") boolean lenientEvents,
		@DefaultValue Auth auth, @DefaultValue Admin admin, @DefaultValue Seed seed, @DefaultValue Sid sid,
		@DefaultValue @Valid Journal journal, @DefaultValue Events events) {

	public AutopilotMockProperties {
		if (publicBaseUrl != null) {
			publicBaseUrl = checkedBaseUrl(publicBaseUrl);
		}
	}

	private static URI checkedBaseUrl(URI url) {
		boolean web = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
		if (!web || url.getHost() == null || url.getQuery() != null || url.getFragment() != null) {
			throw new IllegalArgumentException(
					"autopilot-mock.public-base-url must be an absolute http(s) URL without query, but was " + url);
		}
		String text = url.toString();
		return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
	}

	/**
	 * Authentication settings. The credentials are parsed, and checked, by
	 * {@link AccountResolver}, whose errors never repeat a secret.
	 *
	 * @param mode {@code open}: credentials optional; {@code strict}: only configured
	 * ones pass
	 * @param credentials {@code ACsid:authToken} or {@code SKsid:secret:ACsid} entries as
	 * configured; kept with each secret replaced by its SHA-256 digest, so that the
	 * settings hold no secret for the life of the process
	 */
	public record Auth(@DefaultValue("open") AuthMode mode, @DefaultValue List<String> credentials) {

		public Auth {
			credentials = credentials.stream().map(Credentials::digestSecret).toList();
		}

		@Override
		public String toString() {
			return "Auth[mode=" + this.mode + ", credentials=(" + this.credentials.size() + " hidden)]";
		}

	}

	/**
	 * Control-surface settings.
	 *
	 * @param token the bearer token that opens every {@code /__admin} call on any
	 * account; when set, open mode requires it too. Never logged or echoed.
	 * @param maxBodySize the largest JSON body a control call takes; larger is 413,
	 * refused before it is read
	 * @param maxStateSize the largest document {@code PUT /__admin/state} takes
	 */
	public record Admin(@Nullable String token, @DefaultValue("1MB") DataSize maxBodySize,
			@DefaultValue("8MB") DataSize maxStateSize) {

		public Admin {
			if (token != null && token.isBlank()) {
				token = null;
			}
			if (maxBodySize.toBytes() < 1 || maxStateSize.toBytes() < 1) {
				throw new IllegalArgumentException(
						"autopilot-mock.admin.max-body-size and max-state-size must be at least 1B");
			}
		}

		/** The token given, the default limits. */
		public static Admin withToken(@Nullable String token) {
			return new Admin(token, DataSize.ofMegabytes(1), DataSize.ofMegabytes(8));
		}

		@Override
		public String toString() {
			return "Admin[token=" + ((this.token != null) ? "(hidden)" : "unset") + ", maxBodySize=" + this.maxBodySize
					+ ", maxStateSize=" + this.maxStateSize + "]";
		}

	}

	/**
	 * The seed file: a state document, as {@code GET /__admin/state} writes it, loaded at
	 * start-up when the store holds no assistant.
	 *
	 * @param file the document's path; unset, nothing is loaded
	 */
	public record Seed(@Nullable Path file) {

	}

	/**
	 * How SIDs are minted.
	 *
	 * @param seed unset: SIDs from a strong random source; set: a reproducible sequence
	 * of SIDs derived from this text, the same for the same calls
	 */
	public record Sid(@Nullable String seed) {

		public Sid {
			if (seed != null && seed.isEmpty()) {
				seed = null;
			}
		}

	}

	/**
	 * Event-webhook settings.
	 *
	 * @param signingToken the key that signs an account's deliveries when it has no
	 * configured auth token and has presented no password. Never logged or echoed.
	 * @param allowedHosts where deliveries may go beyond loopback and private addresses:
	 * host names or patterns ({@code *} matches any run of characters, e.g.
	 * {@code *.example.com}), CIDRs ({@code 203.0.113.0/24}), or {@code *} for any
	 * address that is not link-local
	 * @param workers how many deliveries are sent at once
	 * @param queueCapacity how many leased deliveries may wait in memory for a free
	 * worker; the rest wait in the database
	 * @param pollInterval how often the outbox is read for due deliveries when nothing
	 * wakes it (a trigger wakes it at once)
	 * @param leaseMargin how long past a delivery's total time ({@code tt}) its lease
	 * lasts: after that another instance, or this one restarted, sends it again
	 * @param maxDeliveriesPerTrigger how many deliveries one trigger may create (its
	 * events times the webhooks subscribed to each)
	 * @param maxPendingPerAccount how many of an account's deliveries may be pending at
	 * once; a trigger beyond is answered 429
	 */
	public record Events(@DefaultValue("autopilot-mock-signing-token") String signingToken,
			@DefaultValue List<String> allowedHosts, @DefaultValue("8") int workers,
			@DefaultValue("256") int queueCapacity, @DefaultValue("500ms") Duration pollInterval,
			@DefaultValue("10s") Duration leaseMargin, @DefaultValue("1000") int maxDeliveriesPerTrigger,
			@DefaultValue("10000") int maxPendingPerAccount) {

		public Events {
			allowedHosts = List.copyOf(allowedHosts);
			if (signingToken.isEmpty()) {
				throw new IllegalArgumentException("autopilot-mock.events.signing-token must not be empty");
			}
			if (workers < 1 || workers > 1000) {
				throw new IllegalArgumentException(
						"autopilot-mock.events.workers must be 1 to 1000, but was " + workers);
			}
			if (queueCapacity < 0 || queueCapacity > 100_000) {
				throw new IllegalArgumentException(
						"autopilot-mock.events.queue-capacity must be 0 to 100000, but was " + queueCapacity);
			}
			if (pollInterval.toMillis() < 10) {
				throw new IllegalArgumentException(
						"autopilot-mock.events.poll-interval must be at least 10ms, but was " + pollInterval);
			}
			if (leaseMargin.toMillis() < 1000) {
				throw new IllegalArgumentException(
						"autopilot-mock.events.lease-margin must be at least 1s, but was " + leaseMargin);
			}
			if (maxDeliveriesPerTrigger < 1 || maxDeliveriesPerTrigger > 100_000) {
				throw new IllegalArgumentException(
						"autopilot-mock.events.max-deliveries-per-trigger must be 1 to 100000, but was "
								+ maxDeliveriesPerTrigger);
			}
			if (maxPendingPerAccount < 1 || maxPendingPerAccount > 10_000_000) {
				throw new IllegalArgumentException(
						"autopilot-mock.events.max-pending-per-account must be 1 to 10000000, but was "
								+ maxPendingPerAccount);
			}
		}

		/** The defaults, for code that builds settings by hand. */
		public static Events defaults() {
			return new Events("autopilot-mock-signing-token", List.of(), 8, 256, Duration.ofMillis(500),
					Duration.ofSeconds(10), 1000, 10_000);
		}

		@Override
		public String toString() {
			return "Events[signingToken=(hidden), allowedHosts=" + this.allowedHosts + ", workers=" + this.workers
					+ ", queueCapacity=" + this.queueCapacity + ", pollInterval=" + this.pollInterval + ", leaseMargin="
					+ this.leaseMargin + ", maxDeliveriesPerTrigger=" + this.maxDeliveriesPerTrigger
					+ ", maxPendingPerAccount=" + this.maxPendingPerAccount + "]";
		}

	}

	/**
	 * The request journal: the most recent API requests, kept in memory by each instance.
	 *
	 * @param size how many requests are kept; 0 keeps none and records nothing
	 */
	public record Journal(@DefaultValue("1000") @Min(value = 0, message = "must be 0 to 100000") @Max(value = 100_000,
			message = "must be 0 to 100000") int size) {

	}

}
