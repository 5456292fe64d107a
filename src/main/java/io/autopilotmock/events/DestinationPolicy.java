package io.autopilotmock.events;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Which addresses deliveries may go to. By default only where a test's receiver lives:
 * loopback and private addresses (10/8, 172.16/12, 192.168/16, fc00::/7), and names that
 * resolve only to those. Link-local addresses (169.254/16, where clouds answer with their
 * metadata, and fe80::/10) and the wildcard address are never destinations unless an
 * entry names them. The allowed-hosts setting widens the rest: a host name or pattern
 * ({@code *.example.com}) allows whatever that name resolves to, a CIDR
 * ({@code 203.0.113.0/24}) its addresses, and {@code *} every address that is not
 * link-local. The verdict is on the addresses themselves, as resolved: the sender
 * connects only to addresses this policy allowed, so no other spelling of an address, no
 * DNS answer and no redirect gets past it.
 */
final class DestinationPolicy {

	private final List<Pattern> hosts = new ArrayList<>();

	private final List<Cidr> ranges = new ArrayList<>();

	private final boolean anywhere;

	DestinationPolicy(List<String> allowedHosts) {
		boolean any = false;
		for (String entry : allowedHosts) {
			String trimmed = entry.trim();
			if (trimmed.equals("*")) {
				any = true;
			}
			else if (trimmed.contains("/")) {
				this.ranges.add(Cidr.parse(trimmed));
			}
			else if (!trimmed.isEmpty()) {
				this.hosts.add(hostPattern(trimmed));
			}
		}
		this.anywhere = any;
	}

	/**
	 * The URL's host name, as the policy and the sender read it, or {@code null} when the
	 * URL is not http or https.
	 */
	static @Nullable String host(String url) {
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			String host = uri.getHost();
			if (!(scheme.equals("http") || scheme.equals("https")) || host == null) {
				return null;
			}
			// An IPv6 literal is written in brackets in a URL, and resolved without them.
			return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * The addresses of {@code host} a delivery may connect to: all it resolves to, or
	 * none.
	 * @throws Refused when one of them is not allowed, or the name does not resolve
	 */
	List<InetAddress> allowed(String host, HostResolver resolver) throws Refused {
		List<InetAddress> addresses;
		try {
			addresses = resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			throw new Refused(host + " does not resolve");
		}
		if (addresses.isEmpty()) {
			throw new Refused(host + " does not resolve");
		}
		check(host, addresses);
		return addresses;
	}

	/**
	 * Refuses {@code host} when one of the addresses it resolved to is not allowed.
	 */
	void check(String host, List<InetAddress> addresses) throws Refused {
		boolean named = this.hosts.stream().anyMatch((pattern) -> pattern.matcher(host).matches());
		for (InetAddress address : addresses) {
			String refusal = named ? null : refusal(address);
			if (refusal != null) {
				String resolved = address.getHostAddress();
				throw new Refused(((resolved.equalsIgnoreCase(host)) ? host : host + " resolves to " + resolved) + ", "
						+ refusal);
			}
		}
	}

	private @Nullable String refusal(InetAddress address) {
		if (this.ranges.stream().anyMatch((range) -> range.contains(address))) {
			return null;
		}
		if (address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return "a link-local, wildcard or multicast address, which is a destination only when "
					+ "autopilot-mock.events.allowed-hosts names it";
		}
		if (isLocal(address) || this.anywhere) {
			return null;
		}
		return "which is neither loopback nor private: add it to autopilot-mock.events.allowed-hosts "
				+ "(a host, a CIDR, or * for anywhere)";
	}

	/** Loopback or private: where a test's receiver lives. */
	static boolean isLocal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress()) {
			return address instanceof Inet4Address || address.isLoopbackAddress();
		}
		// fc00::/7, IPv6's unique local addresses (isSiteLocalAddress is the old
		// fec0::/10).
		return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
	}

	/** {@code *} matches any run of characters; everything else is literal. */
	static Pattern hostPattern(String glob) {
		String regex = Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
	}

	/** A destination the policy does not allow; its message says why. */
	static final class Refused extends Exception {

		Refused(String reason) {
			super(reason, null, false, false);
		}

	}

	/** An address range, {@code address/prefix}. */
	record Cidr(byte[] network, int prefix) {

		static Cidr parse(String text) {
			int slash = text.indexOf('/');
			String address = text.substring(0, slash);
			try {
				// A dotted quad or an IPv6 literal: the JDK also reads 10.0.0 and
				// 167772160.
				if (!address.matches("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
					throw new IllegalArgumentException();
				}
				// A literal, never a name: getByName does not resolve it.
				byte[] network = InetAddress.getByName(address).getAddress();
				int prefix = Integer.parseInt(text.substring(slash + 1));
				if (prefix < 0 || prefix > network.length * 8) {
					throw new IllegalArgumentException();
				}
				return new Cidr(network, prefix);
			}
			catch (UnknownHostException | IllegalArgumentException ex) {
				throw new IllegalArgumentException("autopilot-mock.events.allowed-hosts: " + text
						+ " is not a CIDR such as 203.0.113.0/24 or fd00::/8");
			}
		}

		boolean contains(InetAddress address) {
			byte[] bytes = address.getAddress();
			if (bytes.length != this.network.length) {
				return false;
			}
			int full = this.prefix / 8;
			for (int i = 0; i < full; i++) {
				if (bytes[i] != this.network[i]) {
					return false;
				}
			}
			int rest = this.prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (bytes[full] & mask) == (this.network[full] & mask);
		}

	}

}
