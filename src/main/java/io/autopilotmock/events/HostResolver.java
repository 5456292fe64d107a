package io.autopilotmock.events;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Resolves a delivery's host name to its addresses, for the destination policy and for
 * the sender alike: a bean, so that tests resolve names of their own without any DNS.
 */
@FunctionalInterface
interface HostResolver {

	HostResolver SYSTEM = (host) -> Arrays.asList(InetAddress.getAllByName(host));

	List<InetAddress> resolve(String host) throws UnknownHostException;

}
