package io.autopilotmock.floor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The floor's create, fetch and list with the stack autopilot-mock must use behind them:
 * a create saves its webhook through the JPA repository, committed before it answers;
 * fetch and list read rows in SQL; the create's form is checked with {@code @Valid}. No
 * assistant, journal, events or interceptors: what is left above the floor is what JPA,
 * Hibernate, H2, Bean Validation and their transactions cost for these answers.
 */
@RestController
@RequestMapping("/v1/Assistants/{assistantSid}/Webhooks")
class StackFloorController {

	private static final String COLUMNS = "select sid, unique_name, events, webhook_url, webhook_method, date_created "
			+ "from webhook ";

	private final StoredWebhooks webhooks;

	private final JdbcClient jdbc;

	StackFloorController(StoredWebhooks webhooks, JdbcClient jdbc) {
		this.webhooks = webhooks;
		this.jdbc = jdbc;
	}

	@PostMapping
	ResponseEntity<WebhookJson> create(@PathVariable String assistantSid, @Valid StackFloorForm form,
			HttpServletRequest request) {
		String method = (form.webhookMethod() != null) ? form.webhookMethod() : "POST";
		StoredWebhook saved = this.webhooks.saveAndFlush(new StoredWebhook(Answers.newSid(), Answers.ACCOUNT_SID,
				assistantSid, form.uniqueName(), form.events(), form.webhookUrl(), method, Instant.now()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(json(Answers.assistantUrl(request, assistantSid), assistantSid, saved));
	}

	@GetMapping("/{sid}")
	ResponseEntity<WebhookJson> fetch(@PathVariable String assistantSid, @PathVariable String sid,
			HttpServletRequest request) {
		String assistantUrl = Answers.assistantUrl(request, assistantSid);
		return this.jdbc.sql(COLUMNS + "where assistant_sid = ? and sid = ?")
			.params(assistantSid, sid)
			.query((rs, row) -> json(assistantUrl, assistantSid, rs))
			.optional()
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping
	Map<String, Object> list(@PathVariable String assistantSid,
			@RequestParam(name = "PageSize", defaultValue = "50") int pageSize, HttpServletRequest request) {
		String assistantUrl = Answers.assistantUrl(request, assistantSid);
		List<WebhookJson> webhooks = this.jdbc.sql(COLUMNS + "where assistant_sid = ? order by id limit ?")
			.params(assistantSid, pageSize)
			.query((rs, row) -> json(assistantUrl, assistantSid, rs))
			.list();
		return Answers.firstPage(assistantUrl, pageSize, webhooks);
	}

	private static WebhookJson json(String assistantUrl, String assistantSid, StoredWebhook webhook) {
		String date = Answers.RFC_2822.format(webhook.dateCreated());
		return new WebhookJson(Answers.ACCOUNT_SID, assistantSid, date, date, webhook.events(), webhook.sid(),
				webhook.uniqueName(), assistantUrl + "/Webhooks/" + webhook.sid(), webhook.webhookMethod(),
				webhook.webhookUrl());
	}

	private static WebhookJson json(String assistantUrl, String assistantSid, ResultSet rs) throws SQLException {
		String sid = rs.getString(1);
		String date = Answers.RFC_2822.format(rs.getObject(6, OffsetDateTime.class));
		return new WebhookJson(Answers.ACCOUNT_SID, assistantSid, date, date, rs.getString(3), sid, rs.getString(2),
				assistantUrl + "/Webhooks/" + sid, rs.getString(5), rs.getString(4));
	}

}
