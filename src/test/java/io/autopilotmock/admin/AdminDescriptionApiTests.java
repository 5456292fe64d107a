package io.autopilotmock.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.restassured.RestAssured;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * {@code GET /__admin/openapi.json} in strict mode with an admin token, the mode that
 * guards the most: served to anyone, an OpenAPI 3.1 document, and naming exactly the
 * {@code /__admin} handlers the application maps, so that an endpoint added without its
 * description fails the build.
 */
@StrictControlSurfaceTest
class AdminDescriptionApiTests {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
	}

	@Test
	void descriptionShouldBeServedToAnyoneAsTheResourceIs() throws IOException {
		byte[] resource = new ClassPathResource(AdminDescription.RESOURCE).getContentAsByteArray();
		byte[] served = RestAssured.get("/__admin/openapi.json")
			.then()
			.statusCode(200)
			.contentType(startsWith("application/json"))
			.header("Cache-Control", "no-cache")
			.extract()
			.asByteArray();
		assertThat(served).isEqualTo(resource);
		RestAssured.given()
			.auth()
			.preemptive()
			.basic(StrictControlSurface.A, "wrong")
			.get("/__admin/openapi.json")
			.then()
			.statusCode(200);
		// The same caller is refused by every call that reveals state.
		RestAssured.get("/__admin/state").then().statusCode(401).body("code", equalTo(20003));
	}

	@Test
	void descriptionShouldParseAsOpenApi31WithoutMessages() throws IOException {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(
				new ClassPathResource(AdminDescription.RESOURCE).getContentAsString(StandardCharsets.UTF_8), null,
				options);
		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
		assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
		assertThat(result.getOpenAPI().getComponents().getSecuritySchemes()).containsOnlyKeys("accountBasic",
				"adminToken");
	}

	@Test
	void descriptionShouldNameEveryAdminHandlerAndNoOther() {
		Set<String> mapped = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/__admin") || pattern.startsWith("/__admin/")) {
					assertThat(methods).as("%s maps %s to every method", entry.getValue(), pattern).isNotEmpty();
					methods.forEach((method) -> mapped.add(method + " " + pattern));
				}
			}
		}
		assertThat(mapped).as("the /__admin handlers").hasSizeGreaterThan(20);
		assertThat(described(false)).isEqualTo(mapped);
	}

	@Test
	void operationsOpenToAnyoneShouldBeTheHandlersDeclaredOpenToAnyone() {
		Set<String> open = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			boolean declared = handler.hasMethodAnnotation(OpenToAnyone.class)
					|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), OpenToAnyone.class);
			for (String pattern : entry.getKey().getPatternValues()) {
				if (declared && (pattern.equals("/__admin") || pattern.startsWith("/__admin/"))) {
					entry.getKey()
						.getMethodsCondition()
						.getMethods()
						.forEach((method) -> open.add(method + " " + pattern));
				}
			}
		}
		assertThat(open).as("handlers declared open").isNotEmpty();
		assertThat(described(true)).isEqualTo(open);
	}

	/**
	 * Every operation of the description, as {@code METHOD path}; only open ones if
	 * asked.
	 */
	private static Set<String> described(boolean onlyOpen) {
		Set<String> operations = new TreeSet<>();
		JsonNode paths = AdminDescription.get().document().get("paths");
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (operation.getKey().equals("parameters")) {
					continue;
				}
				JsonNode security = operation.getValue().get("security");
				boolean open = security != null && security.isEmpty();
				if (!onlyOpen || open) {
					operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
				}
			}
		}
		return operations;
	}

}
