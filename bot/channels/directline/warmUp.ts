import type { MessageKey } from '../../../dialogs/types';
import type { Translator } from '../../locales/translator';
import { DIRECT_LINE_CHANNEL_ID } from './directLineRoutes';
import type { DirectLineHistory } from './directLineHistory';

/**
 * Runs a short throwaway conversation through the server's own Direct Line before it reports
 * ready: HTTP parsing, the adapter, the connector client, the turn logic and XState all run once,
 * so the first real user does not pay for cold code paths (measured: ~6× a warm turn otherwise).
 * Everything it stored is deleted afterwards.
 */
export async function warmUpThroughDirectLine(
  baseUrl: string,
  store: DirectLineHistory,
  forget: (channelId: string, conversationId: string) => Promise<unknown>,
  messages: readonly string[],
  track: { readonly started: (conversationId: string) => void; readonly ended: () => void },
): Promise<void> {
  const call = async (path: string, token: string | undefined, body: unknown): Promise<Record<string, string>> => {
    const response = await fetch(`${baseUrl}/v3/directline${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`warm-up ${path}: ${response.status}`);
    return (await response.json()) as Record<string, string>;
  };
  const { conversationId, token } = await call('/tokens/generate', undefined, { user: { id: 'warm-up' } });
  track.started(conversationId);
  try {
    await call('/conversations', token, {});
    for (const text of messages) await call(`/conversations/${conversationId}/activities`, token, { type: 'message', text });
  } finally {
    await store.forget(conversationId);
    await forget(DIRECT_LINE_CHANNEL_ID, conversationId);
    track.ended();
  }
}

/**
 * What the warm-up says: a procedure walked into in the default language, then its title in every
 * other language, so each language's first user meets warm code too (its tokenizer and stemmer,
 * its strings, its vocabulary). Measured: without them, a first turn in Korean or Chinese after
 * start took up to ~4× a warm one.
 */
export function warmUpMessages(translator: Translator, defaultLocale: string, titleKey: MessageKey): string[] {
  const t = translator.forLocale(defaultLocale);
  const others = translator.languages.filter((lng) => lng !== defaultLocale).map((lng) => translator.forLocale(lng)(titleKey));
  return [t(titleKey), t('common.choice.yes'), t('common.choice.yes'), 'menu', ...others];
}
