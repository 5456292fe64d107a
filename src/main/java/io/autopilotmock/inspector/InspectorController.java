package io.autopilotmock.inspector;

import io.autopilotmock.admin.OpenToAnyone;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the inspector page and its script and style sheet from the jar. The page holds
 * no data: it is open to anyone, and the {@code /__admin} calls it makes ask for
 * credentials as any other caller's would. Nothing is read before a browser asks, so the
 * page costs the emulator nothing at start-up or while nobody looks.
 */
@RestController
@OpenToAnyone("the page and its assets hold no data; the calls they make are authorized as any other")
class InspectorController {

	/**
	 * Only the page's own script and style sheet, and the API on this origin: a stored
	 * value that slipped into the page as markup still could not run.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	@GetMapping({ "/__admin", "/__admin/" })
	ResponseEntity<Resource> page() {
		return serve("index.html", HTML);
	}

	@GetMapping("/__admin/inspector/app.js")
	ResponseEntity<Resource> script() {
		return serve("app.js", JAVASCRIPT);
	}

	@GetMapping("/__admin/inspector/app.css")
	ResponseEntity<Resource> styleSheet() {
		return serve("app.css", CSS);
	}

	@GetMapping("/__admin/inspector/icon.svg")
	ResponseEntity<Resource> icon() {
		return serve("icon.svg", SVG);
	}

	private static ResponseEntity<Resource> serve(String name, MediaType type) {
		// Revalidated on every load, so that a new jar's page is never mixed with an old
		// script; the files are a few kilobytes.
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noCache())
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "no-referrer")
			.body(new ClassPathResource("inspector/" + name));
	}

}
