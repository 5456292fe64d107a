package io.autopilotmock.events;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Twilio-Signature}: Base64 of HMAC-SHA1, keyed with the auth token, over the
 * URL requested followed by each POST parameter's name and value, sorted by name — what
 * every official request validator checks.
 */
final class Signature {

	/**
	 * One per thread, each keyed afresh for each signature: looking HmacSHA1's provider
	 * up for every delivery cost more than computing its signature.
	 */
	private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
		try {
			return Mac.getInstance("HmacSHA1");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA1", ex);
		}
	});

	private Signature() {
	}

	/**
	 * @param url the URL as requested: its query included, without fragment or user
	 * information
	 * @param postParameters the form parameters of a POST; empty for a GET
	 */
	static String sign(String token, String url, Map<String, String> postParameters) {
		StringBuilder data = new StringBuilder(url);
		List<String> names = new ArrayList<>(postParameters.keySet());
		names.sort(null);
		for (String name : names) {
			data.append(name).append(postParameters.get(name));
		}
		try {
			Mac mac = MACS.get();
			mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA1 takes any key", ex);
		}
	}

}
