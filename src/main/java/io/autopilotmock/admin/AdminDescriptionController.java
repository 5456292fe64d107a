package io.autopilotmock.admin;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /__admin/openapi.json}: the OpenAPI 3.1 description of the control surface,
 * written by hand and served from the jar as it is. It describes, it holds no state, so
 * it is open to anyone in every mode, as {@link AdminAccess} says; it is read only when
 * asked for, so it costs nothing at start-up.
 */
@RestController
@OpenToAnyone("it describes the control calls and holds no state")
class AdminDescriptionController {

	static final String PATH = "/__admin/openapi.json";

	private static final Resource DESCRIPTION = new ClassPathResource("admin/openapi.json");

	@GetMapping(PATH)
	ResponseEntity<Resource> description() {
		// Revalidated on every load, so that a client never keeps an older jar's
		// description.
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noCache())
			.body(DESCRIPTION);
	}

}
