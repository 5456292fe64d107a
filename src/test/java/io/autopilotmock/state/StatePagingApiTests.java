package io.autopilotmock.state;

import java.util.ArrayList;
import java.util.List;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.autopilotmock.state.ControlApi.as;
import static io.autopilotmock.state.ControlApi.createAssistant;
import static io.autopilotmock.state.ControlApi.createWebhook;
import static io.autopilotmock.state.ControlApi.exportState;
import static io.autopilotmock.state.ControlApi.importState;
import static io.autopilotmock.state.ControlApi.reset;
import static io.autopilotmock.state.ControlApi.setClock;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export, reset and import give back every list answer byte for byte, over real HTTP:
 * each page of the assistants' and the webhooks' lists, walked forward and back with
 * several page sizes, their page URLs and tokens, and a token held from before the reset.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StatePagingApiTests {

	private static final String ACCOUNT = "AC000000000000000000000000000057a6";

	/** Another account's rows are created in between, so that row ids have gaps. */
	private static final String OTHER = "AC000000000000000000000000000057a7";

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		reset(ACCOUNT);
		reset(OTHER);
	}

	@AfterEach
	void realTime() {
		RestAssured.delete("/__admin/clock");
	}

	@Test
	void exportResetImportShouldGiveBackEveryPageOfEveryListByteForByte() {
		setClock("{\"time\": \"2024-02-03T04:05:06Z\"}");
		List<String> assistants = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			assistants
				.add(createAssistant(ACCOUNT, "bot-" + i, "Bot " + i).then().statusCode(201).extract().path("sid"));
			createAssistant(OTHER, "other-" + i, "Other").then().statusCode(201);
		}
		String assistant = assistants.get(1);
		List<String> hooks = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			setClock("{\"advance\": \"PT1M\"}");
			hooks.add(createWebhook(ACCOUNT, assistant, "hook-" + i).then().statusCode(201).extract().path("sid"));
			createWebhook(OTHER, assistant, "other-" + i).then().statusCode(201);
		}
		as(ACCOUNT).delete("/v1/Assistants/{a}/Webhooks/{sid}", assistant, hooks.get(3)).then().statusCode(204);
		as(ACCOUNT).delete("/v1/Assistants/{sid}", assistants.get(2)).then().statusCode(204);
		String webhooks = "/v1/Assistants/" + assistant + "/Webhooks";

		List<String> before = walkEveryList(webhooks);
		// A client holds the second page's next and previous URLs through the reset.
		Response second = get(pages(webhooks + "?PageSize=2").get(1));
		String heldNext = second.path("meta.next_page_url");
		String heldPrevious = second.path("meta.previous_page_url");
		assertThat(heldNext).endsWith("&PageToken=PA" + hooks.get(4));
		assertThat(heldPrevious).endsWith("&PageToken=PB" + hooks.get(2));
		String nextBefore = get(heldNext).asString();
		String previousBefore = get(heldPrevious).asString();

		String exported = exportState(ACCOUNT).asString();
		reset(ACCOUNT).then().statusCode(200);
		assertThat(get(webhooks).<List<String>>path("webhooks.sid")).isEmpty();
		// Rows created and deleted meanwhile move the row ids the import assigns.
		String gap = createAssistant(ACCOUNT, "gap", "Gap").path("sid");
		createWebhook(ACCOUNT, gap, "gap").then().statusCode(201);
		setClock("{\"time\": \"2030-01-01T00:00:00Z\"}");
		importState(ACCOUNT, exported).then().statusCode(200);

		assertThat(walkEveryList(webhooks)).isEqualTo(before);
		assertThat(get(heldNext).asString()).isEqualTo(nextBefore);
		assertThat(get(heldPrevious).asString()).isEqualTo(previousBefore);
		assertThat(get(heldNext).<List<String>>path("webhooks.sid")).isEqualTo(hooks.subList(5, 7));
		assertThat(get(heldPrevious).<List<String>>path("webhooks.sid")).isEqualTo(hooks.subList(0, 2));
	}

	/**
	 * Every answer of both lists: each page size walked forward by {@code next_page_url}
	 * and back by {@code previous_page_url}, and pages read by {@code Page} alone.
	 */
	private List<String> walkEveryList(String webhooks) {
		List<String> bodies = new ArrayList<>();
		for (String list : List.of(webhooks, "/v1/Assistants")) {
			for (int size : List.of(1, 2, 3, 50)) {
				List<String> forward = pages(list + "?PageSize=" + size);
				String last = forward.get(forward.size() - 1);
				List<String> backward = new ArrayList<>();
				for (String url = last; url != null; url = get(url).path("meta.previous_page_url")) {
					backward.add(url);
				}
				assertThat(backward).hasSameSizeAs(forward);
				for (String url : forward) {
					bodies.add(get(url).asString());
				}
				for (String url : backward) {
					bodies.add(get(url).asString());
				}
				bodies.add(get(list + "?PageSize=" + size + "&Page=1").asString());
			}
		}
		// Six webhooks in 6, 3, 2 and 1 pages, four assistants in 4, 2, 2 and 1, each
		// walked both ways, and one page by offset for each size.
		assertThat(bodies).hasSize(2 * (12 + 9) + 8)
			.allMatch((body) -> body.contains("\"meta\"") && !body.contains("\"code\""));
		return bodies;
	}

	/** The URLs of a list's pages, following {@code next_page_url} from the first. */
	private List<String> pages(String first) {
		List<String> urls = new ArrayList<>();
		for (String url = first; url != null; url = get(url).path("meta.next_page_url")) {
			urls.add(url);
		}
		return urls;
	}

	private static Response get(String url) {
		return as(ACCOUNT).urlEncodingEnabled(false).get(url);
	}

}
