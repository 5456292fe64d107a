package io.autopilotmock.twilio;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The paging parameters of every list operation, as sent.
 */
public record PageForm(@BindParam("PageSize") @Nullable String pageSize, @BindParam("Page") @Nullable String page,
		@BindParam("PageToken") @Nullable String pageToken) {

}
