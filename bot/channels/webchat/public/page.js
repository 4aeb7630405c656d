// Starts or resumes a conversation with the bot through the server's own Direct Line endpoint.
// The session (conversation id, token, user id) is kept in localStorage, so reloading the page
// resumes the same conversation with its history.
(async function main() {
  const SESSION_KEY = 'supportBot.session';
  const domain = `${location.origin}/v3/directline`;
  const locale = new URLSearchParams(location.search).get('locale') || navigator.language || 'en-US';

  async function newSession() {
    const userId = `web_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const response = await fetch(`${domain}/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: userId }, locale }),
    });
    if (!response.ok) throw new Error(`Direct Line token: ${response.status}`);
    const { conversationId, token } = await response.json();
    const session = { conversationId, token, userId, resumed: false };
    localStorage.setItem(SESSION_KEY, JSON.stringify(session));
    return session;
  }

  async function storedSession() {
    try {
      const session = JSON.parse(localStorage.getItem(SESSION_KEY) || 'null');
      if (!session) return undefined;
      const check = await fetch(`${domain}/conversations/${session.conversationId}`, {
        headers: { authorization: `Bearer ${session.token}` },
      });
      return check.ok ? { ...session, resumed: true } : undefined;
    } catch {
      return undefined;
    }
  }

  async function localizePage() {
    const strings = await (await fetch(`/webchat/strings?locale=${encodeURIComponent(locale)}`)).json();
    document.documentElement.lang = strings.locale;
    document.title = strings.title;
    document.getElementById('title').textContent = strings.title;
    const button = document.getElementById('new-conversation');
    button.title = strings.newConversation;
    button.setAttribute('aria-label', strings.newConversation);
  }

  localizePage().catch(() => undefined);
  document.getElementById('new-conversation').addEventListener('click', () => {
    localStorage.removeItem(SESSION_KEY);
    location.reload();
  });

  const session = (await storedSession()) || (await newSession());
  const directLine = window.WebChat.createDirectLine({
    domain,
    token: session.token,
    conversationId: session.resumed ? session.conversationId : undefined,
    webSocket: true,
  });
  // Web Chat refreshes the token every 15 minutes; keep the newest, so a reload an hour later still resumes.
  const keepToken = () => {
    if (typeof directLine.token === 'string' && directLine.token !== session.token) {
      session.token = directLine.token;
      localStorage.setItem(SESSION_KEY, JSON.stringify({ ...session, resumed: false }));
    }
  };
  setInterval(keepToken, 60_000);
  addEventListener('pagehide', keepToken);
  window.WebChat.renderWebChat({ directLine, userID: session.userId, locale, styleOptions: { hideUploadButton: false } }, document.getElementById('webchat'));
  document.querySelector('#webchat input, #webchat textarea')?.focus();
})().catch((error) => {
  document.getElementById('webchat').textContent = `Could not start the chat: ${error.message}`;
});
