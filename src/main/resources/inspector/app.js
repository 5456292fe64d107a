// The inspector: reads and drives the /__admin JSON API, nothing else. Everything stored
// is rendered through textContent and DOM calls, never parsed as markup.
'use strict';

(() => {
	const POLL_MS = 2000;
	const CREDENTIALS_KEY = 'autopilot-mock.inspector.credentials';
	const EVENTS = ['onDialogueStart', 'onDialogueEnd', 'onDialogueTaskStart', 'onDialogueTaskEnd',
		'onDialogueTurn', 'onCollectAttempt', 'onActionsFetch'];
	const LIMIT = 100;

	const byId = (id) => document.getElementById(id);

	/** An element with attributes and children; strings become text nodes. */
	function el(tag, attributes, ...children) {
		const element = document.createElement(tag);
		for (const [name, value] of Object.entries(attributes || {})) {
			if (value === null || value === undefined || value === false) {
				continue;
			}
			if (name === 'class') {
				element.className = value;
			}
			else {
				element.setAttribute(name, value === true ? '' : String(value));
			}
		}
		for (const child of children) {
			if (child !== null && child !== undefined) {
				element.append(child instanceof Node ? child : String(child));
			}
		}
		return element;
	}

	function time(iso) {
		if (typeof iso !== 'string') {
			return '';
		}
		return iso.replace('T', ' ').replace(/\.\d+/, '').replace(/Z$/, ' UTC');
	}

	function shortTime(iso) {
		const match = typeof iso === 'string' ? /T(\d\d:\d\d:\d\d)/.exec(iso) : null;
		return match ? match[1] : time(iso);
	}

	function text(value) {
		return (value === null || value === undefined) ? '' : String(value);
	}

	// ---- Calls to the control surface --------------------------------------------------

	class Unauthorized extends Error {
		constructor(used) {
			super(used ? 'refused' : 'required');
			this.used = used;
		}
	}

	class ApiError extends Error {
		constructor(status, message) {
			super(message);
			this.status = status;
		}
	}

	function storedCredentials() {
		try {
			return sessionStorage.getItem(CREDENTIALS_KEY);
		}
		catch (ex) {
			return null;
		}
	}

	function authorization() {
		const value = storedCredentials();
		if (!value) {
			return null;
		}
		// An account's own credentials open that account in strict mode; anything else is
		// the admin token.
		if (/^AC[0-9a-fA-F]{32}:/.test(value)) {
			const bytes = new TextEncoder().encode(value);
			return 'Basic ' + btoa(String.fromCharCode(...bytes));
		}
		return 'Bearer ' + value;
	}

	async function send(method, path, body) {
		const headers = { 'Accept': 'application/json' };
		const auth = authorization();
		if (auth) {
			headers['Authorization'] = auth;
		}
		const init = { method, headers, cache: 'no-store', credentials: 'omit' };
		if (body !== undefined) {
			headers['Content-Type'] = 'application/json';
			init.body = JSON.stringify(body);
		}
		const response = await fetch(path, init);
		if (response.status === 401) {
			throw new Unauthorized(auth);
		}
		const content = await response.text();
		let json = null;
		try {
			json = content ? JSON.parse(content) : null;
		}
		catch (ex) {
			json = null;
		}
		if (!response.ok) {
			const message = (json && json.message) ? json.message : response.statusText;
			throw new ApiError(response.status, response.status + ' ' + message);
		}
		return json;
	}

	/** A call that asks for credentials, once for all calls waiting, when it is refused. */
	async function call(method, path, body) {
		for (;;) {
			try {
				return await send(method, path, body);
			}
			catch (ex) {
				if (!(ex instanceof Unauthorized)) {
					throw ex;
				}
				// Credentials given while this call was under way are tried before asking.
				if (ex.used === authorization() || !authorization()) {
					await credentials(Boolean(ex.used) && ex.used === authorization());
				}
			}
		}
	}

	let asking = null;

	function credentials(refused) {
		if (asking) {
			return asking;
		}
		if (refused) {
			forgetCredentials();
		}
		const dialog = byId('credentials-dialog');
		const input = byId('credentials-input');
		byId('credentials-reason').textContent = refused
			? 'Those credentials were refused. Enter them again.'
			: 'This emulator asks for credentials for /__admin.';
		input.value = '';
		asking = new Promise((resolve) => {
			const form = byId('credentials-form');
			const done = () => {
				form.removeEventListener('submit', submit);
				byId('credentials-cancel').removeEventListener('click', cancel);
				dialog.removeEventListener('cancel', cancel);
				asking = null;
			};
			const submit = (event) => {
				event.preventDefault();
				const value = input.value.trim();
				if (!value) {
					input.focus();
					return;
				}
				sessionStorage.setItem(CREDENTIALS_KEY, value);
				byId('forget-credentials').hidden = false;
				dialog.close();
				done();
				resolve();
			};
			const cancel = (event) => {
				event.preventDefault();
				dialog.close();
				done();
				// The calls waiting stay paused until credentials are given.
				paused = true;
				byId('updated').textContent = 'Paused: credentials needed.';
				const retry = el('button', { type: 'button', id: 'credentials-retry' }, 'Enter credentials');
				retry.addEventListener('click', () => {
					retry.remove();
					paused = false;
					credentials(false).then(resolve);
				});
				byId('updated').append(' ', retry);
			};
			form.addEventListener('submit', submit);
			byId('credentials-cancel').addEventListener('click', cancel);
			dialog.addEventListener('cancel', cancel);
		});
		dialog.showModal();
		input.focus();
		// How often the page asked: tests check that it is once.
		document.body.dataset.credentialPrompts = String(Number(document.body.dataset.credentialPrompts || 0) + 1);
		return asking;
	}

	function forgetCredentials() {
		try {
			sessionStorage.removeItem(CREDENTIALS_KEY);
		}
		catch (ex) {
			// Storage unavailable: nothing was kept.
		}
		byId('forget-credentials').hidden = true;
	}

	function notice(message, failed) {
		const target = byId('notice');
		target.textContent = message;
		target.className = failed ? 'failed' : '';
	}

	function scopeQuery(parameters) {
		const query = new URLSearchParams();
		const account = byId('scope').value;
		if (account) {
			query.set('account_sid', account);
		}
		for (const [name, value] of Object.entries(parameters || {})) {
			if (value !== '' && value !== null && value !== undefined) {
				query.set(name, value);
			}
		}
		const string = query.toString();
		return string ? '?' + string : '';
	}

	// ---- Keyed updates: unchanged items keep their nodes (focus, scroll, open details) ----

	const rendered = new WeakMap();

	/**
	 * Makes the container's children show the items, in order. An item whose JSON did not
	 * change keeps its node; a changed one is updated in place by {@code update} when given
	 * (its unchanged children are kept in turn), else replaced.
	 */
	function reconcile(container, items, key, render, update) {
		let known = rendered.get(container);
		if (!known) {
			known = new Map();
			rendered.set(container, known);
		}
		const wanted = new Map();
		let previous = null;
		for (const item of items) {
			const id = key(item);
			const signature = JSON.stringify(item);
			let entry = known.get(id);
			if (entry && entry.signature !== signature && update) {
				update(entry.node, item);
				entry = { signature, node: entry.node };
			}
			else if (!entry || entry.signature !== signature) {
				const node = render(item);
				if (entry && entry.node.parentNode === container) {
					container.replaceChild(node, entry.node);
				}
				entry = { signature, node };
			}
			wanted.set(id, entry);
			const expected = previous ? previous.nextSibling : container.firstChild;
			if (expected !== entry.node) {
				container.insertBefore(entry.node, expected);
			}
			previous = entry.node;
		}
		for (const [id, entry] of known) {
			if (!wanted.has(id) && entry.node.parentNode === container) {
				container.removeChild(entry.node);
			}
		}
		rendered.set(container, wanted);
	}

	function sectionError(name, error) {
		const target = byId(name + '-error');
		if (error) {
			target.textContent = (error instanceof ApiError && error.status === 404)
				? 'Not available on this emulator (404).'
				: 'Could not load: ' + error.message;
		}
		target.hidden = !error;
	}

	// ---- Assistants and webhooks ---------------------------------------------------------

	let webhookNames = new Map();

	function renderState(state) {
		const accounts = (state && Array.isArray(state.accounts)) ? state.accounts : [];
		webhookNames = new Map();
		for (const account of accounts) {
			for (const assistant of account.assistants || []) {
				for (const webhook of assistant.webhooks || []) {
					webhookNames.set(webhook.sid, webhook.unique_name);
				}
			}
		}
		reconcile(byId('accounts'), accounts, (account) => account.account_sid, renderAccount, updateAccount);
		byId('state-empty').hidden = accounts.some((account) => (account.assistants || []).length > 0);
		updateScopeChoices(accounts);
		updateAssistantChoices(accounts);
	}

	function renderAccount(account) {
		const section = el('section', { class: 'account', 'data-account': account.account_sid },
				el('h3', {}, 'Account ', el('code', {}, account.account_sid), ' ', el('span', { class: 'count' })),
				el('div', { class: 'assistants' }));
		updateAccount(section, account);
		return section;
	}

	function updateAccount(section, account) {
		const assistants = account.assistants || [];
		section.querySelector('h3 .count').textContent = assistants.length + ' assistant'
			+ (assistants.length === 1 ? '' : 's');
		reconcile(section.querySelector('.assistants'), assistants, (assistant) => assistant.sid, renderAssistant,
				updateAssistant);
	}

	function renderAssistant(assistant) {
		const block = el('div', { class: 'assistant', 'data-assistant': assistant.sid }, el('h4', {}),
				el('p', { class: 'empty' }, 'No webhooks.'), el('ul', { class: 'webhooks' }));
		updateAssistant(block, assistant);
		return block;
	}

	function updateAssistant(block, assistant) {
		const webhooks = assistant.webhooks || [];
		const title = block.querySelector('h4');
		title.replaceChildren(assistant.unique_name || assistant.sid);
		if (assistant.friendly_name) {
			title.append(' ', el('span', { class: 'muted' }, assistant.friendly_name));
		}
		if (assistant.unique_name) {
			title.append(' ', el('code', { class: 'sid' }, assistant.sid));
		}
		block.querySelector('.empty').hidden = webhooks.length > 0;
		reconcile(block.querySelector('.webhooks'), webhooks, (webhook) => webhook.sid, renderWebhook);
	}

	function renderWebhook(webhook) {
		const events = text(webhook.events).split(/\s+/).filter(Boolean);
		return el('li', { class: 'webhook', 'data-webhook': webhook.sid },
				el('div', {}, el('span', { class: 'name' }, webhook.unique_name), ' ',
						el('span', { class: 'method' }, webhook.webhook_method), ' ',
						el('span', { class: 'hook-events' }, ...events.map((event) => el('span', { class: 'tag' }, event)))),
				el('div', { class: 'url' }, webhook.webhook_url),
				el('div', {}, el('code', { class: 'sid' }, webhook.sid)));
	}

	const seenAccounts = new Set();

	function updateScopeChoices(accounts) {
		const select = byId('scope');
		for (const account of accounts) {
			seenAccounts.add(account.account_sid);
		}
		const wanted = [...seenAccounts].sort();
		const present = [...select.options].slice(1).map((option) => option.value);
		if (JSON.stringify(wanted) === JSON.stringify(present)) {
			return;
		}
		const chosen = select.value;
		select.replaceChildren(el('option', { value: '' }, 'All accounts in scope'),
				...wanted.map((sid) => el('option', { value: sid }, sid)));
		select.value = chosen;
	}

	function updateAssistantChoices(accounts) {
		const select = byId('dialogue-assistant');
		const choices = [];
		for (const account of accounts) {
			for (const assistant of account.assistants || []) {
				const label = (assistant.unique_name ? assistant.unique_name + ' · ' : '') + assistant.sid + ' · '
					+ account.account_sid;
				choices.push({ value: account.account_sid + '/' + assistant.sid, label });
			}
		}
		const present = [...select.options].map((option) => option.value + '\n' + option.textContent);
		if (JSON.stringify(choices.map((c) => c.value + '\n' + c.label)) === JSON.stringify(present)) {
			return;
		}
		const chosen = select.value;
		select.replaceChildren(...choices.map((choice) => el('option', { value: choice.value }, choice.label)));
		if (choices.some((choice) => choice.value === chosen)) {
			select.value = chosen;
		}
		byId('dialogue-fire').disabled = choices.length === 0;
	}

	// ---- Deliveries, grouped by dialogue ---------------------------------------------------

	function renderDeliveries(body) {
		const deliveries = (body && Array.isArray(body.deliveries)) ? body.deliveries : [];
		const groups = new Map();
		for (const delivery of deliveries) {
			const key = delivery.dialogue_sid || '(no dialogue)';
			if (!groups.has(key)) {
				groups.set(key, []);
			}
			groups.get(key).push(delivery);
		}
		const dialogues = [...groups].map(([sid, list]) => ({
			sid,
			names: list.map((delivery) => webhookNames.get(delivery.webhook_sid) || null),
			// Oldest first within a dialogue: a timeline.
			deliveries: list.slice().reverse()
		}));
		reconcile(byId('dialogues'), dialogues, (dialogue) => dialogue.sid, renderDialogue, updateDialogue);
		byId('deliveries-empty').hidden = dialogues.length > 0;
	}

	function renderDialogue(dialogue) {
		const article = el('article', { class: 'dialogue', 'data-dialogue': dialogue.sid },
				el('h3', {}, 'Dialogue ', el('code', {}, dialogue.sid)), el('p', { class: 'muted dialogue-meta' }),
				el('ol', { class: 'timeline' }));
		updateDialogue(article, dialogue);
		return article;
	}

	function updateDialogue(article, dialogue) {
		const first = dialogue.deliveries[0] || {};
		article.querySelector('.dialogue-meta')
			.replaceChildren('assistant ', el('code', {}, text(first.assistant_sid)), ' · ', time(first.date_created));
		// A webhook renamed renders its deliveries again: the names are part of the item.
		reconcile(article.querySelector('.timeline'),
				dialogue.deliveries.map((delivery) => ({ delivery, name: webhookNames.get(delivery.webhook_sid) || null })),
				(item) => item.delivery.id, (item) => renderDelivery(item.delivery));
	}

	function renderDelivery(delivery) {
		const name = webhookNames.get(delivery.webhook_sid);
		const state = text(delivery.state);
		const attempts = Array.isArray(delivery.attempts) ? delivery.attempts : [];
		const details = el('button', { type: 'button', class: 'link', 'data-delivery-id': delivery.id,
			'aria-label': 'Request and answer of the ' + text(delivery.event) + ' delivery to ' + (name || text(delivery.webhook_sid)) },
			'Request & answer');
		details.addEventListener('click', () => showDelivery(delivery.id));
		return el('li', { class: 'delivery state-' + state, 'data-delivery': delivery.id },
				el('div', { class: 'delivery-head' },
						el('span', { class: 'event' }, text(delivery.event)), ' → ',
						el('span', { class: 'name' }, name || text(delivery.webhook_sid)), ' ',
						el('span', { class: 'method' }, text(delivery.method)), ' ',
						el('span', { class: 'url' }, text(delivery.url)), ' ',
						el('span', { class: 'badge state-' + state }, state), ' ',
						el('span', { class: 'badge order', title: delivery.concurrent
							? 'Sent without waiting for the earlier deliveries of its dialogue to this webhook'
							: 'Sent after the earlier deliveries of its dialogue to this webhook had ended' },
							delivery.concurrent ? 'concurrent' : 'in order'), ' ', details),
				attempts.length === 0 ? el('p', { class: 'muted attempts-none' }, 'No attempt yet.')
					: el('ol', { class: 'attempts' }, ...attempts.map((attempt, index) => el('li', { class: 'attempt' },
							el('span', { class: 'muted' }, '#' + (index + 1) + ' ' + shortTime(attempt.time)), ' ',
							el('span', { class: 'outcome ' + outcomeClass(attempt) }, text(attempt.outcome)), ' ',
							el('span', { class: 'duration' }, text(attempt.duration_ms) + ' ms'),
							// A refused attempt's body says why the destination was refused.
							attempt.outcome === 'refused' ? el('span', { class: 'reason' }, ' ' + text(attempt.body)) : null))));
	}

	function outcomeClass(attempt) {
		const status = Number(attempt.status);
		return (status >= 200 && status < 300) ? 'ok' : 'bad';
	}

	async function showDelivery(id) {
		const dialog = byId('delivery-dialog');
		const target = byId('delivery-detail');
		target.replaceChildren(el('p', {}, 'Loading…'));
		byId('delivery-title').textContent = 'Delivery ' + id;
		dialog.showModal();
		try {
			const delivery = await call('GET', '/__admin/deliveries/' + encodeURIComponent(id));
			target.replaceChildren(...renderDeliveryDetail(delivery || {}));
		}
		catch (ex) {
			target.replaceChildren(el('p', { class: 'failed' }, 'Could not load: ' + ex.message));
		}
	}

	function pairs(id, title, object) {
		const entries = Object.entries(object || {});
		return el('section', { class: 'pairs', id }, el('h3', {}, title),
				entries.length === 0 ? el('p', { class: 'muted' }, 'none')
					: el('table', {}, el('tbody', {}, ...entries.map(([name, value]) => el('tr', {},
							el('th', { scope: 'row' }, name), el('td', {}, Array.isArray(value) ? value.join(', ') : text(value)))))));
	}

	function renderDeliveryDetail(delivery) {
		const request = delivery.request || {};
		const attempts = Array.isArray(delivery.attempts) ? delivery.attempts : [];
		return [
			el('p', {}, el('span', { class: 'event' }, text(delivery.event)), ' → ',
					el('span', { class: 'method' }, text(request.method || delivery.method)), ' ',
					el('span', { class: 'url' }, text(request.url || delivery.url)), ' ',
					el('span', { class: 'badge state-' + text(delivery.state) }, text(delivery.state))),
			el('p', {}, 'Signature ', el('code', { id: 'delivery-signature' }, text(request.signature))),
			el('p', {}, 'Idempotency token ', el('code', {}, text(delivery.idempotency_token))),
			pairs('delivery-headers', 'Headers', request.headers),
			pairs('delivery-parameters', 'Parameters', request.parameters),
			el('section', { class: 'answers' }, el('h3', {}, 'Attempts and answers'),
					attempts.length === 0 ? el('p', { class: 'muted' }, 'No attempt yet.')
						: el('ol', {}, ...attempts.map(renderAnswer)))
		];
	}

	function renderAnswer(attempt) {
		const status = (attempt.status === null || attempt.status === undefined) ? '—' : attempt.status;
		return el('li', {},
				el('p', {}, time(attempt.time), ' · ',
						el('span', { class: 'outcome ' + outcomeClass(attempt) }, text(attempt.outcome)),
						' · status ', text(status), ' · ', text(attempt.duration_ms), ' ms'),
				el('pre', { class: 'body' }, text(attempt.body)));
	}

	// ---- The request journal ---------------------------------------------------------------

	function renderJournal(body) {
		const requests = (body && Array.isArray(body.requests)) ? body.requests : [];
		reconcile(byId('journal-rows'), requests, (request) => request.id, renderRequest);
		byId('journal-empty').hidden = requests.length > 0;
		const total = (body && typeof body.total === 'number') ? body.total : requests.length;
		byId('journal-total').textContent = total > requests.length
			? requests.length + ' of ' + total : String(total);
	}

	function renderRequest(request) {
		const status = Number(request.status);
		const answered = request.status !== null && request.status !== undefined;
		// A network fault answered nothing: no status, the fault's name instead.
		const group = !answered ? 'network' : (status >= 100 && status < 600) ? Math.floor(status / 100) + 'xx' : 'unknown';
		const parameters = Object.entries(request.parameters || {})
			.map(([name, value]) => name + '=' + (Array.isArray(value) ? value.join(',') : text(value)))
			.join('  ');
		const path = text(request.path) + (request.query ? '?' + request.query : '');
		return el('tr', { class: 'status-' + group, 'data-request': request.id },
				el('td', { title: time(request.time) }, shortTime(request.time)),
				el('td', { class: 'method' }, text(request.method)),
				el('td', { class: 'path' }, path),
				el('td', { class: 'status' }, answered ? text(request.status) : text(request.network || '—')),
				el('td', {}, text(request.code)),
				el('td', { class: 'number' }, text(request.duration_ms)),
				el('td', {}, el('code', { class: 'sid' }, text(request.account_sid))),
				el('td', { class: 'parameters', title: parameters }, parameters));
	}

	function journalQuery() {
		const status = byId('filter-status').value.trim();
		return scopeQuery({
			method: byId('filter-method').value,
			path: byId('filter-path').value.trim(),
			status: /^[1-5](\d\d|xx)$/i.test(status) ? status.toLowerCase() : '',
			limit: LIMIT
		});
	}

	// ---- Polling -----------------------------------------------------------------------------

	let timer = null;
	let paused = false;
	let running = null;

	// Collections this emulator answered 404 for: a build without that feature. They are
	// not asked again until the page is reloaded.
	const missing = new Map();

	function load(name, path) {
		if (missing.has(name)) {
			return Promise.reject(missing.get(name));
		}
		return call('GET', path).catch((ex) => {
			if (ex instanceof ApiError && ex.status === 404) {
				missing.set(name, ex);
			}
			throw ex;
		});
	}

	async function refresh() {
		const [state, deliveries, journal] = await Promise.allSettled([
			load('state', '/__admin/state' + scopeQuery()),
			load('deliveries', '/__admin/deliveries' + scopeQuery({ limit: LIMIT })),
			load('journal', '/__admin/requests' + journalQuery())
		]);
		// State first: the deliveries name webhooks by it.
		sectionError('state', state.status === 'rejected' ? state.reason : null);
		if (state.status === 'fulfilled') {
			renderState(state.value);
		}
		sectionError('deliveries', deliveries.status === 'rejected' ? deliveries.reason : null);
		if (deliveries.status === 'fulfilled') {
			renderDeliveries(deliveries.value);
		}
		sectionError('journal', journal.status === 'rejected' ? journal.reason : null);
		if (journal.status === 'fulfilled') {
			renderJournal(journal.value);
		}
		const failed = [state, deliveries, journal].every((result) => result.status === 'rejected');
		byId('updated').textContent = failed ? 'Cannot reach the control surface.'
			: 'Updated ' + new Date().toISOString().slice(11, 19) + ' UTC';
		document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed || 0) + 1);
	}

	/** Refreshes now, or right after the refresh under way; never two at once. */
	function refreshNow() {
		clearTimeout(timer);
		if (!running) {
			running = refresh().catch(() => undefined).finally(() => {
				running = null;
				schedule();
			});
		}
		return running;
	}

	function schedule() {
		clearTimeout(timer);
		// Nothing is asked while the tab is hidden or live updates are off.
		if (!paused && byId('live').checked && !document.hidden) {
			timer = setTimeout(refreshNow, POLL_MS);
		}
	}

	// ---- Actions -------------------------------------------------------------------------------

	function parseParameters(source) {
		const parameters = {};
		for (const line of source.split(/\r?\n/)) {
			if (!line.trim()) {
				continue;
			}
			const index = line.indexOf('=');
			if (index <= 0) {
				throw new Error('Parameters are Name=value lines: "' + line.trim() + '"');
			}
			parameters[line.slice(0, index).trim()] = line.slice(index + 1);
		}
		return parameters;
	}

	async function fireDialogue(event) {
		event.preventDefault();
		const result = byId('dialogue-result');
		const choice = byId('dialogue-assistant').value;
		const events = [...document.querySelectorAll('#dialogue-events input:checked')].map((input) => input.value);
		result.className = 'failed';
		if (!choice) {
			result.textContent = 'Pick an assistant first.';
			return;
		}
		if (events.length === 0) {
			result.textContent = 'Pick at least one event.';
			return;
		}
		let parameters;
		try {
			parameters = parseParameters(byId('dialogue-parameters').value);
		}
		catch (ex) {
			result.textContent = ex.message;
			return;
		}
		const [account, assistant] = choice.split('/');
		const dialogue = byId('dialogue-sid').value.trim();
		const path = '/__admin/Assistants/' + encodeURIComponent(assistant) + '/Dialogues'
			+ (dialogue ? '/' + encodeURIComponent(dialogue) : '');
		const button = byId('dialogue-fire');
		button.disabled = true;
		result.className = '';
		result.textContent = 'Firing…';
		try {
			const answer = await call('POST', path, {
				events, parameters, wait: byId('dialogue-wait').checked, account_sid: account
			});
			const sid = answer && answer.dialogue ? answer.dialogue.sid : '?';
			const count = answer && Array.isArray(answer.deliveries) ? answer.deliveries.length : 0;
			result.textContent = 'Dialogue ' + sid + ': ' + count + ' deliver' + (count === 1 ? 'y' : 'ies') + '.';
		}
		catch (ex) {
			result.className = 'failed';
			result.textContent = 'Not fired: ' + ex.message;
		}
		finally {
			button.disabled = false;
		}
		refreshNow();
	}

	function openReset() {
		const account = byId('scope').value;
		byId('reset-what').textContent = (account ? 'Everything of account ' + account : 'Everything in scope')
			+ ' is deleted: assistants, webhooks, the request journal, faults, dialogues and deliveries.';
		const dialog = byId('reset-dialog');
		dialog.returnValue = '';
		dialog.showModal();
		byId('reset-cancel').focus();
	}

	async function reset() {
		if (byId('reset-dialog').returnValue !== 'reset') {
			return;
		}
		try {
			const answer = await call('POST', '/__admin/reset' + scopeQuery());
			const deleted = Object.entries((answer && answer.deleted) || {})
				.map(([name, count]) => name + ': ' + count).join(', ');
			notice('Reset: deleted ' + (deleted || 'nothing') + '.');
		}
		catch (ex) {
			notice('Reset failed: ' + ex.message, true);
		}
		refreshNow();
	}

	async function clearJournal() {
		try {
			const answer = await call('DELETE', '/__admin/requests' + scopeQuery());
			notice('Journal cleared: ' + text(answer && answer.deleted) + ' requests deleted.');
		}
		catch (ex) {
			notice('Journal not cleared: ' + ex.message, true);
		}
		refreshNow();
	}

	function start() {
		const events = byId('dialogue-events');
		for (const name of EVENTS) {
			const id = 'event-' + name;
			events.append(el('label', { class: 'check', for: id },
					el('input', { type: 'checkbox', id, value: name, checked: name === 'onDialogueStart' }), ' ' + name));
		}
		byId('forget-credentials').hidden = !storedCredentials();
		byId('forget-credentials').addEventListener('click', () => {
			forgetCredentials();
			notice('Credentials forgotten.');
		});
		byId('dialogue-form').addEventListener('submit', fireDialogue);
		byId('reset-open').addEventListener('click', openReset);
		byId('reset-dialog').addEventListener('close', reset);
		byId('journal-clear').addEventListener('click', clearJournal);
		byId('journal-filter').addEventListener('submit', (event) => event.preventDefault());
		let typing = null;
		for (const id of ['filter-method', 'filter-path', 'filter-status', 'scope']) {
			byId(id).addEventListener('input', () => {
				clearTimeout(typing);
				typing = setTimeout(refreshNow, 250);
			});
		}
		byId('live').addEventListener('change', () => (byId('live').checked ? refreshNow() : schedule()));
		document.addEventListener('visibilitychange', () => (document.hidden ? schedule() : refreshNow()));
		refreshNow();
	}

	start();
})();
