// The agent console: one live view pushed over a WebSocket, actions over the JSON API.
// Every text from users or agents goes into the page with textContent, never as HTML.
(function () {
  'use strict';
  const strings = JSON.parse(document.getElementById('strings').textContent);
  const uiLocale = document.documentElement.lang;
  const languageNames = new Intl.DisplayNames([uiLocale], { type: 'language' });
  const RECONNECT_MS = 2000;
  const NOTICE_MS = 15000;

  /** A key like "queue.accept" in this console's language, with {{name}} filled in. */
  function t(key, params) {
    const text = key.split('.').reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), strings);
    return String(text ?? key).replace(/\{\{(\w+)\}\}/g, (_m, name) => String((params || {})[name] ?? ''));
  }

  function el(tag, props, children) {
    const node = document.createElement(tag);
    const { dataset, ...rest } = props || {};
    Object.assign(node, rest);
    Object.assign(node.dataset, dataset || {});
    for (const child of children || []) node.append(child);
    return node;
  }

  const $ = (id) => document.getElementById(id);
  let view;
  let clockOffset = 0;
  /** One block per conversation the agent has, kept across updates so a half-written reply survives. */
  const blocks = new Map();

  function staticTexts() {
    document.title = t('title');
    $('title').textContent = t('title');
    $('status-label').textContent = t('status.label') + ' ';
    $('status').options[0].textContent = t('status.available');
    $('status').options[1].textContent = t('status.away');
    $('sign-out').textContent = t('signOut');
    $('queue-heading').textContent = t('queue.heading');
    $('mine-heading').textContent = t('mine.heading');
    $('tickets-heading').textContent = t('tickets.heading');
    $('closed').textContent = t('status.closed');
    for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  }

  async function post(path, body) {
    const response = await fetch('/agent/api' + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body || {}),
      credentials: 'same-origin',
    });
    if (response.status === 401) location.reload();
    if (!response.ok) notice((await response.json().catch(() => ({}))).error || response.statusText);
  }

  function notice(text) {
    const line = el('p', { textContent: text });
    $('notices').append(line);
    setTimeout(() => line.remove(), NOTICE_MS);
  }

  function since(iso) {
    const seconds = Math.max(0, Math.floor((Date.now() + clockOffset - Date.parse(iso)) / 1000));
    const m = Math.floor(seconds / 60);
    return `${m}:${String(seconds % 60).padStart(2, '0')}`;
  }

  function language(code) {
    try {
      return languageNames.of(code) || code;
    } catch {
      return code;
    }
  }

  /** A key with plural forms (`_one`, `_other`…), picked by this console language's rules. */
  function tCount(key, count) {
    return t(key + '_' + new Intl.PluralRules(uiLocale).select(count), { count });
  }

  const stepLabel = (entry, step) => (strings.steps || {})[entry.procedureId + '/' + step] || step;

  /** The procedure and step the user was at, in the agent's language. */
  function where(entry) {
    if (!entry.procedureId) return t('queue.none');
    const title = (strings.procedures || {})[entry.procedureId] || entry.procedureId;
    return entry.step ? `${title} · ${stepLabel(entry, entry.step)}` : title;
  }

  /** Why, the steps done before, and how much the user wrote, in the agent's language (older entries: the stored summary). */
  function summary(entry) {
    if (entry.userMessages === undefined) return entry.summary;
    const done = (entry.stepsDone || []).map((s) => stepLabel(entry, s));
    const list = new Intl.ListFormat(uiLocale, { type: 'conjunction' }).format(done);
    return [done.length ? t('summary.stepsDone', { steps: list }) : t('summary.noStepsDone'), tCount('summary.userMessages', entry.userMessages)].join(' ');
  }

  function lineNode(line) {
    const who = line.from === 'agent' ? (line.agent === view.agent.name ? t('mine.you') : line.agent) : t('mine.' + line.from);
    return el('p', { className: 'line ' + line.from }, [el('b', { textContent: who + ':' }), line.text]);
  }

  function renderQueue() {
    const body = $('queue').tBodies[0];
    body.replaceChildren(
      ...view.queue.map((entry) =>
        el('tr', { dataset: { id: entry.id } }, [
          el('td', { textContent: language(entry.locale) }),
          el('td', { textContent: t('reason.' + entry.reason) }),
          el('td', { textContent: where(entry) }),
          el('td', { className: 'since', dataset: { since: entry.enqueuedAt }, textContent: since(entry.enqueuedAt) }),
          el('td', { textContent: summary(entry) }),
          el('td', {}, [
            el('button', { type: 'button', className: 'accept', textContent: t('queue.accept'), onclick: () => post(`/conversations/${entry.id}/accept`) }),
          ]),
        ]),
      ),
    );
    $('queue').hidden = view.queue.length === 0;
    $('queue-empty').hidden = view.queue.length > 0;
  }

  function conversationBlock(entry) {
    const lines = el('div', { className: 'lines', role: 'log' });
    const draft = el('textarea', { placeholder: t('mine.placeholder'), rows: 2, ariaLabel: t('mine.placeholder') });
    const send = () => {
      const text = draft.value.trim();
      if (!text) return;
      draft.value = '';
      void post(`/conversations/${entry.id}/messages`, { text });
    };
    draft.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        send();
      }
    });
    const target = el('select', { className: 'transfer-to', ariaLabel: t('mine.transfer') });
    const node = el('article', { className: 'conversation', dataset: { id: entry.id } }, [
      el('h3', { textContent: `${language(entry.locale)} · ${t('reason.' + entry.reason)} · ${where(entry)}` }),
      el('p', { textContent: summary(entry) }),
      el('details', { open: true }, [el('summary', { textContent: t('mine.before') }), el('div', { className: 'lines' }, entry.transcript.map(lineNode))]),
      lines,
      el('div', { className: 'compose' }, [draft, el('button', { type: 'button', className: 'send', textContent: t('mine.send'), onclick: send })]),
      el('div', { className: 'actions' }, [
        el('button', { type: 'button', className: 'end', textContent: t('mine.end'), onclick: () => post(`/conversations/${entry.id}/end`) }),
        target,
        el('button', {
          type: 'button',
          className: 'transfer',
          textContent: t('mine.transfer'),
          onclick: () => post(`/conversations/${entry.id}/transfer`, target.value ? { to: target.value } : {}),
        }),
      ]),
    ]);
    return { node, lines, target, shown: 0 };
  }

  function renderMine() {
    const ids = new Set(view.mine.map((e) => e.id));
    for (const [id, block] of blocks) {
      if (!ids.has(id)) {
        block.node.remove();
        blocks.delete(id);
      }
    }
    for (const entry of view.mine) {
      let block = blocks.get(entry.id);
      if (!block) {
        block = conversationBlock(entry);
        blocks.set(entry.id, block);
        $('mine').append(block.node);
      }
      for (const line of entry.messages.slice(block.shown)) block.lines.append(lineNode(line));
      if (entry.messages.length > block.shown) block.lines.scrollTop = block.lines.scrollHeight;
      block.shown = entry.messages.length;
      const others = view.online.filter((a) => a.name !== view.agent.name);
      block.target.replaceChildren(
        el('option', { value: '', textContent: t('mine.toQueue') }),
        ...others.map((a) => el('option', { value: a.name, textContent: a.name })),
      );
    }
    $('mine-empty').hidden = view.mine.length > 0;
  }

  function renderTickets() {
    $('tickets').replaceChildren(
      ...view.tickets.map((ticket) =>
        el('li', { dataset: { id: ticket.id } }, [
          el('p', {}, [
            el('b', {
              textContent: `${ticket.id} · ${language(ticket.locale)} · ${t('reason.' + ticket.reason)} · ${where(ticket)} · ${new Date(ticket.createdAt).toLocaleString(uiLocale)}`,
            }),
          ]),
          el('p', { className: 'message', textContent: ticket.message || t('tickets.noMessage') }),
          el('details', {}, [
            el('summary', { textContent: t('tickets.conversation') }),
            el('p', { textContent: summary(ticket) }),
            ...ticket.transcript.map(lineNode),
          ]),
          el('button', { type: 'button', className: 'close-ticket', textContent: t('tickets.close'), onclick: () => post(`/tickets/${ticket.id}/close`) }),
        ]),
      ),
    );
    $('tickets-empty').hidden = view.tickets.length > 0;
  }

  function render() {
    clockOffset = Date.parse(view.now) - Date.now();
    $('agent-name').textContent = view.agent.name;
    $('status').value = view.agent.status;
    $('closed').hidden = view.open;
    renderQueue();
    renderMine();
    renderTickets();
  }

  function connect() {
    const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/agent/socket`);
    socket.onopen = () => ($('connection').hidden = true);
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.type === 'view') {
        view = message.view;
        render();
      } else if (message.type === 'notice') {
        notice(t('notice.' + message.notice.kind, message.notice));
      } else if (message.type === 'error') {
        notice(message.error);
      }
    };
    socket.onclose = () => {
      // A session that expired is refused (401): back to the sign-in page.
      fetch('/agent/api/view', { credentials: 'same-origin' }).then(
        (r) => r.status === 401 && location.reload(),
        () => undefined,
      );
      $('connection').textContent = t('connection.lost');
      $('connection').hidden = false;
      setTimeout(connect, RECONNECT_MS);
    };
  }

  $('status').addEventListener('change', (event) => post('/status', { status: event.target.value }));
  setInterval(() => {
    for (const cell of document.querySelectorAll('[data-since]')) cell.textContent = since(cell.dataset.since);
  }, 1000);
  staticTexts();
  connect();
})();
