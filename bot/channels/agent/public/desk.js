// The desk lead's page: figures per procedure and language over a period, drawn with Chart.js
// (served from node_modules). Every label goes into the page with textContent, never as HTML.
(function () {
  'use strict';
  const strings = JSON.parse(document.getElementById('strings').textContent);
  const uiLocale = document.documentElement.lang;
  const languageNames = new Intl.DisplayNames([uiLocale], { type: 'language' });
  const percent = new Intl.NumberFormat(uiLocale, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(uiLocale, { maximumFractionDigits: 1 });

  function t(key, params) {
    const text = key.split('.').reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), strings);
    return String(text ?? key).replace(/\{\{(\w+)\}\}/g, (_m, name) => String((params || {})[name] ?? ''));
  }
  const $ = (id) => document.getElementById(id);
  function cell(text, number) {
    const td = document.createElement('td');
    td.textContent = text;
    if (number) td.className = 'number';
    return td;
  }
  function rowOf(cells) {
    const tr = document.createElement('tr');
    for (const c of cells) tr.append(c);
    return tr;
  }
  const reasonLabel = (reason) => (t('desk.reason.' + reason) === 'desk.reason.' + reason ? reason : t('desk.reason.' + reason));

  let rows = [];
  let selected;
  const charts = {};

  function draw(id, config) {
    if (charts[id]) charts[id].destroy();
    charts[id] = new window.Chart($(id), config);
  }

  function averageRating(r) {
    const total = r.ratings.reduce((a, b) => a + b, 0);
    return total ? decimal.format(r.ratings.reduce((sum, n, i) => sum + n * (i + 1), 0) / total) : '–';
  }

  function showDetail(r) {
    selected = r.procedureId + '/' + r.locale;
    for (const tr of $('summary').tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.key === selected);
    $('detail').hidden = false;
    $('detail-heading').textContent = r.title + ' · ' + languageNames.of(r.locale);
    draw('funnel-chart', {
      type: 'bar',
      data: {
        labels: r.funnel.map((s) => s.label),
        datasets: [
          { label: t('desk.csv.reached'), data: r.funnel.map((s) => s.reached), backgroundColor: '#0f6cbd' },
          { label: t('desk.csv.leftHere'), data: r.funnel.map((s) => s.leftHere), backgroundColor: '#d13438' },
          { label: t('desk.csv.misunderstood'), data: r.funnel.map((s) => s.misunderstood), backgroundColor: '#ffaa44' },
        ],
      },
      options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    draw('ratings-chart', {
      type: 'bar',
      data: { labels: ['1', '2', '3', '4', '5'], datasets: [{ label: t('desk.ratings'), data: r.ratings, backgroundColor: '#107c10' }] },
      options: {
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    const funnel = $('funnel').tBodies[0];
    funnel.replaceChildren(
      ...r.funnel.map((s) => rowOf([cell(s.label), cell(String(s.reached), true), cell(String(s.leftHere), true), cell(String(s.misunderstood), true)])),
    );
    const endings = $('endings').tBodies[0];
    endings.replaceChildren(
      ...r.endings.map((e) => rowOf([cell(t('desk.outcomeName.' + e.kind)), cell(reasonLabel(e.reason)), cell(e.stepLabel), cell(String(e.count), true)])),
    );
  }

  function render() {
    const body = $('summary').tBodies[0];
    body.replaceChildren(
      ...rows.map((r) => {
        const tr = rowOf([
          cell(r.title),
          cell(languageNames.of(r.locale)),
          cell(String(r.runs), true),
          cell(String(r.solved), true),
          cell(r.containment === null ? '–' : percent.format(r.containment), true),
          cell(String(r.escalated), true),
          cell(String(r.blocked), true),
          cell(String(r.abandoned), true),
          cell(String(r.unfinished), true),
          cell(String(r.misunderstood), true),
          cell(averageRating(r), true),
        ]);
        tr.dataset.key = r.procedureId + '/' + r.locale;
        tr.tabIndex = 0;
        tr.addEventListener('click', () => showDetail(r));
        tr.addEventListener('keydown', (event) => event.key === 'Enter' && showDetail(r));
        return tr;
      }),
    );
    $('empty').hidden = rows.length > 0;
    const again = rows.find((r) => r.procedureId + '/' + r.locale === selected) || rows[0];
    if (again) showDetail(again);
    else $('detail').hidden = true;
  }

  /** The figures for the chosen period; the first time, the server's last seven days (its clock decides "today"). */
  async function load(first) {
    const query = first ? '' : 'from=' + encodeURIComponent($('from').value) + '&to=' + encodeURIComponent($('to').value);
    $('status').textContent = t('desk.loading');
    const response = await fetch('/agent/api/desk?' + query, { credentials: 'same-origin' });
    if (!response.ok) {
      $('status').textContent = t('desk.failed');
      return;
    }
    const report = await response.json();
    rows = report.rows;
    $('from').value = report.period.from;
    $('to').value = report.period.to;
    $('csv').href = '/agent/api/desk.csv?from=' + report.period.from + '&to=' + report.period.to;
    $('status').textContent = t('desk.period', { from: report.period.from, to: report.period.to, runs: rows.reduce((n, r) => n + r.runs, 0) });
    render();
  }

  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  $('period').addEventListener('submit', (event) => {
    event.preventDefault();
    load(false);
  });
  load(true);
})();
