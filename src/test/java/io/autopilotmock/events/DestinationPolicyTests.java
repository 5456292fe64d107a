package io.autopilotmock.events;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.autopilotmock.events.DestinationPolicy.Refused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The destination policy on addresses, as a resolver this test controls gives them: no
 * lookup and no connection is made here.
 */
class DestinationPolicyTests {

	/** {@code name=address,address}: every name this test resolves. */
	private static final List<String> NAMES = List.of("localhost=127.0.0.1,::1", "compose-service=172.18.0.5",
			"host.docker.internal=192.168.65.2", "v6-local=fd12::7", "public=203.0.113.7",
			"rebinding=10.0.0.8,203.0.113.7", "metadata=169.254.169.254", "v6-link=fe80::1", "wildcard=0.0.0.0",
			"hooks.example.com=198.51.100.20", "cloud.example.com=169.254.169.254");

	private static List<InetAddress> resolve(String host) throws UnknownHostException {
		for (String entry : NAMES) {
			String[] parts = entry.split("=");
			if (parts[0].equalsIgnoreCase(host)) {
				List<InetAddress> addresses = new java.util.ArrayList<>();
				for (String address : parts[1].split(",")) {
					addresses.add(InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress()));
				}
				return addresses;
			}
		}
		throw new UnknownHostException(host);
	}

	@ParameterizedTest
	@CsvSource({ "localhost", "compose-service", "host.docker.internal", "v6-local" })
	void loopbackAndPrivateAddressesShouldBeDestinationsByDefault(String host) throws Refused {
		assertThat(policy().allowed(host, DestinationPolicyTests::resolve)).isNotEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			public | public resolves to 203.0.113.7, which is neither loopback nor private
			rebinding | rebinding resolves to 203.0.113.7, which is neither loopback nor private
			metadata | metadata resolves to 169.254.169.254, a link-local
			v6-link | v6-link resolves to fe80:0:0:0:0:0:0:1, a link-local
			wildcard | wildcard resolves to 0.0.0.0, a link-local, wildcard or multicast address
			nowhere | nowhere does not resolve
			""")
	void otherAddressesShouldBeRefusedByDefault(String host, String reason) {
		assertThatExceptionOfType(Refused.class)
			.isThrownBy(() -> policy().allowed(host, DestinationPolicyTests::resolve))
			.withMessageStartingWith(reason);
	}

	@Test
	void aStarShouldAllowEveryAddressButLinkLocalOnes() throws Refused {
		DestinationPolicy anywhere = policy("*");
		assertThat(anywhere.allowed("public", DestinationPolicyTests::resolve)).hasSize(1);
		assertThatExceptionOfType(Refused.class)
			.isThrownBy(() -> anywhere.allowed("metadata", DestinationPolicyTests::resolve));
		assertThatExceptionOfType(Refused.class)
			.isThrownBy(() -> anywhere.allowed("wildcard", DestinationPolicyTests::resolve));
	}

	@Test
	void aHostPatternShouldAllowWhatItsNamesResolveToEvenLinkLocal() throws Refused {
		DestinationPolicy named = policy("*.example.com");
		assertThat(named.allowed("hooks.EXAMPLE.com", DestinationPolicyTests::resolve)).hasSize(1);
		assertThat(named.allowed("cloud.example.com", DestinationPolicyTests::resolve)).as("named explicitly")
			.hasSize(1);
		assertThatExceptionOfType(Refused.class)
			.isThrownBy(() -> named.allowed("public", DestinationPolicyTests::resolve));
	}

	@Test
	void aCidrShouldAllowItsAddressesWhateverTheirName() throws Refused {
		DestinationPolicy ranges = policy("203.0.113.0/28", "169.254.169.254/32");
		assertThat(ranges.allowed("public", DestinationPolicyTests::resolve)).hasSize(1);
		assertThat(ranges.allowed("rebinding", DestinationPolicyTests::resolve)).as("both allowed").hasSize(2);
		assertThat(ranges.allowed("metadata", DestinationPolicyTests::resolve)).as("named explicitly").hasSize(1);
		assertThatExceptionOfType(Refused.class)
			.isThrownBy(() -> policy("203.0.113.8/29").allowed("public", DestinationPolicyTests::resolve));
	}

	@Test
	void hostPatternsShouldMatchWholeHostsCaseInsensitively() {
		assertThat(DestinationPolicy.hostPattern("*.example.com").matcher("hooks.EXAMPLE.com").matches()).isTrue();
		assertThat(DestinationPolicy.hostPattern("*.example.com").matcher("example.com").matches()).isFalse();
		assertThat(DestinationPolicy.hostPattern("*.example.com").matcher("example.com.evil").matches()).isFalse();
		assertThat(DestinationPolicy.hostPattern("localhost").matcher("localhost2").matches()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "10.0.0.0/33", "10.0.0/8", "example.com/8", "::1/129", "/8" })
	void aMalformedCidrShouldFailAtStartUp(String entry) {
		assertThatIllegalArgumentException().isThrownBy(() -> policy(entry)).withMessageContaining(entry);
	}

	@ParameterizedTest
	@CsvSource({ "http://Hooks.Example.com:8080/x?y=1, Hooks.Example.com", "https://[::1]:9/x, ::1",
			"http://127.0.0.1/x, 127.0.0.1" })
	void theHostShouldBeReadAsTheSenderReadsIt(String url, String host) {
		assertThat(DestinationPolicy.host(url)).isEqualTo(host);
	}

	@Test
	void aUrlThatIsNotHttpShouldHaveNoHost() {
		assertThat(DestinationPolicy.host("ftp://127.0.0.1/x")).isNull();
		assertThat(DestinationPolicy.host("not a url")).isNull();
	}

	private static DestinationPolicy policy(String... allowedHosts) {
		return new DestinationPolicy(Arrays.asList(allowedHosts));
	}

}
