package io.autopilotmock.twilio;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The {@code meta} object of a list page: all seven keys always present, since
 * twilio-java fails on a missing one.
 */
public record PageMeta(@JsonProperty("first_page_url") String firstPageUrl, String key,
		@JsonProperty("next_page_url") @Nullable String nextPageUrl, int page, @JsonProperty("page_size") int pageSize,
		@JsonProperty("previous_page_url") @Nullable String previousPageUrl, String url) {

}
