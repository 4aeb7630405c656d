// The console's language menu, shared by the agent console and the desk lead's page: each
// language named in itself; the choice is kept in a cookie the server reads, then the page reloads.
(function () {
  'use strict';
  const strings = JSON.parse(document.getElementById('strings').textContent);
  const select = document.getElementById('language');
  const current = document.documentElement.lang;
  select.setAttribute('aria-label', strings.queue.language);
  for (const code of Object.keys(strings.languages || {})) {
    const option = document.createElement('option');
    option.value = code;
    option.textContent = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    option.selected = code === current;
    select.append(option);
  }
  select.addEventListener('change', () => {
    document.cookie = 'agent_lang=' + encodeURIComponent(select.value) + '; Path=/agent; SameSite=Strict; Max-Age=31536000';
    location.reload();
  });
})();
