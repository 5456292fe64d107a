package io.autopilotmock.admin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import org.jspecify.annotations.Nullable;

/**
 * Checks every rest-assured call under {@code /__admin} against the description once it
 * is answered, and fails the call, and so the test that made it, with what does not
 * match. Other calls pass untouched.
 */
final class AdminDescriptionFilter implements OrderedFilter {

	static final AdminDescriptionFilter INSTANCE = new AdminDescriptionFilter();

	private AdminDescriptionFilter() {
	}

	@Override
	public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
			FilterContext context) {
		Response answer = context.next(request, response);
		URI uri = URI.create(request.getURI());
		String path = uri.getRawPath();
		if (path == null || !(path.equals("/__admin") || path.startsWith("/__admin/"))) {
			return answer;
		}
		List<String> problems = AdminDescription.get()
			.problems(new AdminDescription.Exchange(request.getMethod(), path, uri.getRawQuery(),
					request.getContentType(), bytes(request.getBody()), answer.getStatusCode(), answer.getContentType(),
					answer.asByteArray()));
		if (!problems.isEmpty()) {
			throw new AssertionError("The control call does not match " + AdminDescription.RESOURCE + ":\n  "
					+ String.join("\n  ", problems));
		}
		return answer;
	}

	private static byte @Nullable [] bytes(@Nullable Object body) {
		if (body == null) {
			return null;
		}
		if (body instanceof byte[] raw) {
			return raw;
		}
		return body.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public int getOrder() {
		// Last before the request goes out, so that it sees what was really sent.
		return OrderedFilter.LOWEST_PRECEDENCE;
	}

}
