package io.autopilotmock.events;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.autopilotmock.events.DestinationPolicy.Refused;
import io.autopilotmock.twilio.AutopilotMockProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Where deliveries may go: the {@link DestinationPolicy} of the allowed-hosts setting,
 * applied to the addresses a host resolves to, at trigger time and again when the sender
 * connects. Never the emulator itself either: a delivery to its own port would put its
 * control surface's answers in the delivery log.
 */
@Component
class Destinations implements ApplicationListener<WebServerInitializedEvent> {

	private final DestinationPolicy policy;

	private final HostResolver resolver;

	private volatile int ownPort = -1;

	@Autowired
	Destinations(AutopilotMockProperties properties, ObjectProvider<HostResolver> resolver) {
		this(new DestinationPolicy(properties.events().allowedHosts()),
				resolver.getIfAvailable(() -> HostResolver.SYSTEM));
	}

	Destinations(DestinationPolicy policy, HostResolver resolver) {
		this.policy = policy;
		this.resolver = resolver;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.ownPort = event.getWebServer().getPort();
		}
	}

	/**
	 * Why a delivery to this URL is refused, or {@code null} when it may go.
	 */
	@Nullable String refusal(String url) {
		String host = DestinationPolicy.host(url);
		if (host == null) {
			return "the URL is not an http or https URL";
		}
		try {
			List<InetAddress> addresses = this.policy.allowed(host, this.resolver);
			if (isOwn(addresses, port(url))) {
				return host + " is the emulator itself";
			}
			return null;
		}
		catch (Refused ex) {
			return ex.getMessage();
		}
	}

	/**
	 * The addresses the sender may connect to for {@code host} on {@code port}: checked
	 * again as it connects, for the name may resolve elsewhere by then.
	 * @throws UnknownHostException when the name does not resolve now: a failure to
	 * connect, retried as one, not a refusal
	 */
	List<InetAddress> resolve(String host, int port) throws Refused, UnknownHostException {
		List<InetAddress> addresses = this.resolver.resolve(host);
		this.policy.check(host, addresses);
		if (isOwn(addresses, port)) {
			throw new Refused(host + " is the emulator itself");
		}
		return addresses;
	}

	private boolean isOwn(List<InetAddress> addresses, int port) {
		if (port != this.ownPort) {
			return false;
		}
		for (InetAddress address : addresses) {
			try {
				if (address.isLoopbackAddress() || address.isAnyLocalAddress()
						|| NetworkInterface.getByInetAddress(address) != null) {
					return true;
				}
			}
			catch (SocketException ex) {
				// Not an interface of this machine's that can be read: not the emulator.
			}
		}
		return false;
	}

	private static int port(String url) {
		URI uri = URI.create(url);
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
