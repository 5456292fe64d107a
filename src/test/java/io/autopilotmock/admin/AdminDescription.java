package io.autopilotmock.admin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.core.io.ClassPathResource;

/**
 * The description of the control surface, {@code admin/openapi.json}, as a check of one
 * real exchange: which operation it is, whether the answer's status, media type and body
 * are described for it, and, for an answer the emulator accepted, whether the request's
 * parameters and body are. A request the description forbids may be answered with an
 * error it names, since tests send bad input on purpose; it must not succeed. The JSON
 * Schema checks are the networknt validator's, with OpenAPI 3.1's dialect; every schema
 * in the description is a {@code $ref} to a named component so that it can find them.
 */
final class AdminDescription {

	static final String RESOURCE = "admin/openapi.json";

	private static final String LOCATION = "classpath:" + RESOURCE;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AdminDescription INSTANCE = new AdminDescription();

	private final JsonNode document;

	private final SchemaRegistry registry;

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	private final List<PathTemplate> paths = new ArrayList<>();

	private AdminDescription() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			this.document = JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + RESOURCE, ex);
		}
		SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
		this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
				(builder) -> builder.schemaRegistryConfig(config));
		for (Entry<String, JsonNode> path : this.document.get("paths").properties()) {
			this.paths.add(PathTemplate.of(path.getKey(), path.getValue()));
		}
		// Literal paths before templated ones, as OpenAPI matches them.
		this.paths.sort((a, b) -> Boolean.compare(a.templated(), b.templated()));
	}

	static AdminDescription get() {
		return INSTANCE;
	}

	JsonNode document() {
		return this.document;
	}

	/**
	 * What of the exchange the description does not allow; empty when it does.
	 */
	List<String> problems(Exchange exchange) {
		String call = exchange.method() + " " + exchange.path() + " answered " + exchange.status();
		return check(exchange).stream().map((problem) -> call + ": " + problem).toList();
	}

	private List<String> check(Exchange exchange) {
		List<String> problems = new ArrayList<>();
		PathTemplate.Match match = null;
		for (PathTemplate template : this.paths) {
			match = template.match(exchange.path());
			if (match != null) {
				break;
			}
		}
		if (match == null) {
			expectError(exchange, 404, "no path of the description matches", problems);
			return problems;
		}
		JsonNode operation = match.item().get(exchange.method().toLowerCase(Locale.ROOT));
		if (operation == null) {
			expectError(exchange, 405, match.template() + " describes no " + exchange.method(), problems);
			return problems;
		}
		String where = exchange.method() + " " + match.template();
		JsonNode response = operation.path("responses").get(Integer.toString(exchange.status()));
		if (response == null) {
			problems.add(where + " describes no " + exchange.status() + " answer");
			return problems;
		}
		checkBody(resolve(response), exchange.responseContentType(), exchange.responseBody(),
				where + " answer " + exchange.status(), problems);
		if (exchange.status() >= 200 && exchange.status() < 300) {
			checkParameters(match, operation, exchange, where, problems);
			JsonNode requestBody = operation.get("requestBody");
			if (requestBody == null) {
				if (exchange.requestBody() != null && exchange.requestBody().length > 0) {
					problems.add(where + " takes no body, yet a body was accepted");
				}
			}
			else {
				requestBody = resolve(requestBody);
				boolean sent = exchange.requestBody() != null && exchange.requestBody().length > 0;
				if (sent || requestBody.path("required").asBoolean(false)) {
					checkBody(requestBody, exchange.requestContentType(), exchange.requestBody(),
							where + " request body", problems);
				}
			}
		}
		return problems;
	}

	private void expectError(Exchange exchange, int status, String why, List<String> problems) {
		if (exchange.status() != status) {
			problems.add(why + ", so it should answer " + status);
			return;
		}
		JsonNode body = json(exchange.responseBody(), "answer", problems);
		if (body != null) {
			validate("#/components/schemas/Error", body, "answer " + status, problems);
		}
	}

	private void checkParameters(PathTemplate.Match match, JsonNode operation, Exchange exchange, String where,
			List<String> problems) {
		Map<String, JsonNode> described = new LinkedHashMap<>();
		Map<String, String> schemaRefs = new LinkedHashMap<>();
		for (JsonNode level : List.of(match.item().path("parameters"), operation.path("parameters"))) {
			for (JsonNode parameter : level) {
				if (!parameter.has("$ref")) {
					problems.add("the description gives " + where + " a parameter that is not a $ref to "
							+ "#/components/parameters");
					continue;
				}
				JsonNode resolved = resolve(parameter);
				String key = resolved.get("in").asString() + ":" + resolved.get("name").asString();
				described.put(key, resolved);
				JsonNode schema = resolved.path("schema");
				schemaRefs.put(key, schema.has("$ref") ? schema.get("$ref").asString()
						: parameter.get("$ref").asString() + "/schema");
			}
		}
		Map<String, String> given = new LinkedHashMap<>();
		match.values().forEach((name, value) -> given.put("path:" + name, value));
		for (String pair : (exchange.query() != null) ? exchange.query().split("&") : new String[0]) {
			if (!pair.isEmpty()) {
				int equals = pair.indexOf('=');
				String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
				String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
				if (given.putIfAbsent("query:" + name, value) != null) {
					problems.add(where + " takes one " + name + ", yet two were accepted");
				}
			}
		}
		for (Entry<String, String> value : given.entrySet()) {
			JsonNode parameter = described.get(value.getKey());
			if (parameter == null) {
				problems.add(where + " describes no parameter " + value.getKey() + ", yet it was accepted");
				continue;
			}
			String ref = schemaRefs.get(value.getKey());
			validate(ref, typed(ref, value.getValue()), "parameter " + value.getKey(), problems);
		}
		for (Entry<String, JsonNode> parameter : described.entrySet()) {
			if (parameter.getValue().path("required").asBoolean(false) && !given.containsKey(parameter.getKey())) {
				problems.add(where + " requires parameter " + parameter.getKey());
			}
		}
	}

	private void checkBody(JsonNode described, @Nullable String contentType, byte @Nullable [] body, String what,
			List<String> problems) {
		JsonNode content = described.get("content");
		if (content == null) {
			if (body != null && body.length > 0) {
				problems.add(what + " has no content in the description, yet it had a body");
			}
			return;
		}
		String mediaType = (contentType != null) ? contentType.split(";")[0].trim().toLowerCase(Locale.ROOT) : "";
		JsonNode media = content.get(mediaType);
		if (media == null) {
			problems.add(what + " is described as " + names(content) + ", was '" + contentType + "'");
			return;
		}
		String ref = ref(media.get("schema"), what, problems);
		if (ref == null || !mediaType.endsWith("json")) {
			return;
		}
		JsonNode value = json(body, what, problems);
		if (value != null) {
			validate(ref, value, what, problems);
		}
	}

	private void validate(String ref, JsonNode value, String what, List<String> problems) {
		Schema schema = this.schemas.computeIfAbsent(ref,
				(key) -> this.registry.getSchema(SchemaLocation.of(LOCATION + key)));
		for (Error error : schema.validate(value)) {
			problems.add(what + " does not match " + ref + ": " + error);
		}
	}

	/**
	 * A parameter's text as the value its schema's type reads: a number where it wants
	 * one.
	 */
	private JsonNode typed(String ref, String text) {
		String type = this.document.at(ref.substring(1)).path("type").asString("");
		if (type.equals("integer") && text.matches("-?[0-9]{1,18}")) {
			return JsonNodeFactory.instance.numberNode(Long.parseLong(text));
		}
		return JsonNodeFactory.instance.stringNode(text);
	}

	private JsonNode resolve(JsonNode node) {
		JsonNode resolved = node;
		while (resolved.has("$ref")) {
			resolved = this.document.at(resolved.get("$ref").asString().substring(1));
		}
		return resolved;
	}

	private static @Nullable String ref(@Nullable JsonNode schema, String what, List<String> problems) {
		if (schema == null || !schema.has("$ref")) {
			problems.add("the description gives " + what + " no named schema ($ref to #/components/schemas)");
			return null;
		}
		return schema.get("$ref").asString();
	}

	private static @Nullable JsonNode json(byte @Nullable [] body, String what, List<String> problems) {
		if (body == null || body.length == 0) {
			problems.add(what + " should be JSON, was empty");
			return null;
		}
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			problems.add(what + " should be JSON, was " + new String(body, StandardCharsets.UTF_8));
			return null;
		}
	}

	private static String names(JsonNode content) {
		List<String> names = new ArrayList<>();
		for (Iterator<String> it = content.propertyNames().iterator(); it.hasNext();) {
			names.add(it.next());
		}
		return String.join(" or ", names);
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	/**
	 * One exchange as a client saw it.
	 *
	 * @param path the raw path, without the query
	 * @param query the raw query, or {@code null}
	 */
	record Exchange(String method, String path, @Nullable String query, @Nullable String requestContentType,
			byte @Nullable [] requestBody, int status, @Nullable String responseContentType, byte[] responseBody) {

	}

	/** A path of the description, as a pattern with one group per template variable. */
	private record PathTemplate(String template, JsonNode item, Pattern pattern, List<String> names) {

		private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

		static PathTemplate of(String template, JsonNode item) {
			List<String> names = new ArrayList<>();
			StringBuilder regex = new StringBuilder();
			Matcher matcher = VARIABLE.matcher(template);
			int last = 0;
			while (matcher.find()) {
				regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("([^/]+)");
				names.add(matcher.group(1));
				last = matcher.end();
			}
			regex.append(Pattern.quote(template.substring(last)));
			return new PathTemplate(template, item, Pattern.compile(regex.toString()), List.copyOf(names));
		}

		boolean templated() {
			return !this.names.isEmpty();
		}

		@Nullable Match match(String path) {
			Matcher matcher = this.pattern.matcher(path);
			if (!matcher.matches()) {
				return null;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < this.names.size(); i++) {
				values.put(this.names.get(i), decode(matcher.group(i + 1)));
			}
			return new Match(this.template, this.item, values);
		}

		record Match(String template, JsonNode item, Map<String, String> values) {

		}

	}

}
