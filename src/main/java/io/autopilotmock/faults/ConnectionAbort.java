package io.autopilotmock.faults;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.StandardSocketOptions;

import org.apache.catalina.connector.Response;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.jspecify.annotations.Nullable;

/**
 * Ends a connection without an answer. Tomcat's own "close now" closes it without writing
 * a byte (the client reads EOF); with the socket's linger time set to zero first, closing
 * sends a TCP reset instead (the client reads "connection reset"). Tomcat offers no
 * public way to the socket, so the linger time is reached by reflection; should that fail
 * with another Tomcat, the connection is still closed without an answer.
 */
final class ConnectionAbort {

	private static final Log log = LogFactory.getLog(ConnectionAbort.class);

	private static final @Nullable Field HOOK = accessible(org.apache.coyote.Response.class, "hook");

	private static final @Nullable Field SOCKET_WRAPPER = accessible(AbstractProcessor.class, "socketWrapper");

	private ConnectionAbort() {
	}

	static void abort(Response response, boolean reset) {
		org.apache.coyote.Response coyote = response.getCoyoteResponse();
		if (reset && !lingerZero(coyote)) {
			log.warn("Cannot reset the connection with this Tomcat: closing it instead");
		}
		coyote.action(ActionCode.CLOSE_NOW, null);
	}

	private static boolean lingerZero(org.apache.coyote.Response response) {
		if (HOOK == null || SOCKET_WRAPPER == null) {
			return false;
		}
		try {
			if (HOOK.get(response) instanceof AbstractProcessor processor
					&& SOCKET_WRAPPER.get(processor) instanceof SocketWrapperBase<?> wrapper
					&& wrapper.getSocket() instanceof NioChannel channel) {
				channel.getIOChannel().setOption(StandardSocketOptions.SO_LINGER, 0);
				return true;
			}
		}
		catch (IllegalAccessException | IOException | RuntimeException ex) {
			// answered by the caller
		}
		return false;
	}

	private static @Nullable Field accessible(Class<?> type, String name) {
		try {
			Field field = type.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}
