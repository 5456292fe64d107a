package io.autopilotmock.floor;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code meta} object of a list page, with autopilot-mock's seven keys.
 */
record PageMeta(@JsonProperty("first_page_url") String firstPageUrl, String key,
		@JsonProperty("next_page_url") String nextPageUrl, int page, @JsonProperty("page_size") int pageSize,
		@JsonProperty("previous_page_url") String previousPageUrl, String url) {

}
