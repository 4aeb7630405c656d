import type { Understanding } from '../understanding/understanding';
import type { LanguageReader } from '../understanding/languageReader';
import type { ConversationData } from '../contracts/conversationData';

/** The language Latin letters most likely are, besides Greeklish, in a Greek conversation. */
const ENGLISH = 'en';

/** Accented Latin letters ("é", "ñ", "ç"): Spanish or French, never Greeklish. */
const LATIN_ACCENTED = /[\u00C0-\u024F]/u;

/** Latin-script messages this long (in words) may move the conversation to another language. */
const WORDS_TO_SWITCH_LANGUAGE = 3;

/**
 * The channel's locale wins when it sent one; otherwise the text's language. Until the user has
 * said anything, an unmistakable language in their first message overrides the channel's (an
 * English browser, a Chinese user). An explicit switch always sticks.
 */
export function chooseInitialLocale(
  data: ConversationData,
  understanding: Understanding,
  defaultLocale: string,
  channelLocale: string | undefined,
  text: string | undefined,
): void {
  if (data.localeChosenBy === 'user') return;
  const detected = text ? understanding.languages.detectLanguage(text) : undefined;
  const fromChannel = understanding.languages.supportedLocale(channelLocale);
  // Greeklish on a Greek channel ("geia sas, thelo na kanw eggrafi") is Greek, not the French its letters suggest.
  const romanized =
    fromChannel &&
    detected &&
    text &&
    understanding.languages.romanized(fromChannel) &&
    !followsLanguage({ ...data, locale: fromChannel }, detected, text, understanding.languages);
  const fromText = romanized ? fromChannel : detected;
  if (data.userTurns === 0 && fromText) {
    data.locale = fromText;
    data.localeChosenBy = 'text';
    return;
  }
  if (data.locale) return;
  data.locale = fromChannel ?? defaultLocale;
  data.localeChosenBy = fromChannel ? 'channel' : 'default';
}

/**
 * People switch languages mid-conversation: a message clearly in another language (a non-Latin
 * script, or three words or more) moves the conversation there, unless the user chose one. A
 * message that still uses the conversation's language ("我想 reset payment password", "quiero
 * unbind my card") keeps it: mixing in another language's product words is not a switch.
 */
export function followsLanguage(
  data: ConversationData,
  detected: string,
  text: string,
  languages: Pick<LanguageReader, 'usesLanguage' | 'romanized'>,
): boolean {
  if (detected === data.locale || data.localeChosenBy === 'user') return false;
  if (data.locale && languages.usesLanguage(text, data.locale)) return false;
  const latin = /\p{Script=Latin}/u.test(text) && !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Greek}]/u.test(text);
  // From a language also typed in Latin letters (Greeklish, which has no accented letters), unaccented Latin letters are
  // English or that language: guessing French or Spanish from them answered a Greek user in a third language.
  if (latin && !LATIN_ACCENTED.test(text) && data.locale && languages.romanized(data.locale) && detected !== ENGLISH) return false;
  return !latin || text.trim().split(/\s+/).length >= WORDS_TO_SWITCH_LANGUAGE;
}
