import type { MessageKey } from '../../../dialogs/types';
import type { Translator } from '../../locales/translator';
import { DIRECT_LINE_CHANNEL_ID } from './directLineRoutes';
import type { DirectLineHistory } from './directLineHistory';

/** One throwaway conversation of the warm-up: what it says, in which language (the channel's `locale`). */
export interface WarmUpConversation {
  readonly locale: string;
  readonly messages: readonly string[];
}

/**
 * Runs short throwaway conversations through the server's own Direct Line before it reports
 * ready: HTTP parsing, the adapter, the connector client, the turn logic and XState all run once,
 * so the first real user does not pay for cold code paths (measured: ~6× a warm turn otherwise).
 * Everything they stored is deleted afterwards.
 */
export async function warmUpThroughDirectLine(
  baseUrl: string,
  store: DirectLineHistory,
  forget: (channelId: string, conversationId: string) => Promise<unknown>,
  conversations: readonly WarmUpConversation[],
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
  for (const { locale, messages } of conversations) {
    const { conversationId, token } = await call('/tokens/generate', undefined, { user: { id: 'warm-up' } });
    track.started(conversationId);
    try {
      await call('/conversations', token, {});
      for (const text of messages) await call(`/conversations/${conversationId}/activities`, token, { type: 'message', text, locale });
    } finally {
      await store.forget(conversationId);
      await forget(DIRECT_LINE_CHANNEL_ID, conversationId);
      track.ended();
    }
  }
}

/**
 * What the warm-up says: a procedure walked into in the default language, then, in a conversation
 * of each other language's own, its title and a typed "yes" to its first step, so each language's
 * first user meets warm code too (its tokenizer and stemmer, its strings, its phrase lists, the
 * typed-answer reading). Measured (first turn in each language after ready over a warm turn,
 * /api/messages, 2 runs): with the other titles said in the default language's conversation,
 * el 3.3/1.9, es 2.7/4.4, zh 1.7/2.5; with a conversation of each language's own, 0.6-1.7 in
 * every language.
 */
export function warmUpConversations(translator: Translator, defaultLocale: string, titleKey: MessageKey): WarmUpConversation[] {
  const t = translator.forLocale(defaultLocale);
  const others = translator.languages.filter((lng) => lng !== defaultLocale);
  return [
    { locale: defaultLocale, messages: [t(titleKey), t('common.choice.yes'), t('common.choice.yes'), 'menu'] },
    ...others.map((lng) => {
      const own = translator.forLocale(lng);
      return { locale: lng, messages: [own(titleKey), own('common.choice.yes')] };
    }),
  ];
}
