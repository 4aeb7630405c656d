import type { IntentClassifier } from './intents/intentClassifier';
import type { LanguageVocabulary } from './languageVocabulary';
import { normalize } from './text';

/** Which of the bot's languages a channel asks for and a message is written in (see bot/conversation/conversationLocale.ts). */
export class LanguageReader {
  constructor(
    private readonly vocabularies: ReadonlyMap<string, LanguageVocabulary>,
    private readonly classifier: Pick<IntentClassifier, 'detectLanguage'>,
  ) {}

  /** "zh-CN" → "zh", "en-US" → "en"; undefined when the channel's language has no locale folder. */
  supportedLocale(channelLocale: string | undefined): string | undefined {
    const base = channelLocale?.toLowerCase().split(/[-_]/)[0];
    return base && this.vocabularies.has(base) ? base : undefined;
  }

  /** Script first (Han, Hangul, Greek name one language each), then each language's training words; short or ambiguous keeps the conversation's. */
  detectLanguage(text: string, conversationLocale?: string): string | undefined {
    return this.classifier.detectLanguage(text, conversationLocale);
  }

  /** Whether `locale` has a script of its own and is also typed in Latin letters (Greeklish: its `languageHints`). */
  romanized(locale: string): boolean {
    const v = this.vocabularies.get(locale);
    return v !== undefined && v.source.script !== 'Latin' && v.languageHints.size > 0;
  }

  /** True when the text holds words of `locale` (its script, or its function words): a mixed message keeps it. */
  usesLanguage(text: string, locale: string): boolean {
    const v = this.vocabularies.get(locale);
    if (!v || (v.source.script !== 'Latin' && v.usesScript(text))) return v !== undefined;
    // A language of its own script may also be typed in Latin letters (Greeklish "nai, to vrika"): its hints are those words.
    const words = normalize(text).split(' ');
    const hints = words.filter((w) => v.languageHints.has(w)).length;
    // Latin-script languages share short words ("a", "no"): two of this language's, or one in a short text.
    return hints >= 2 || (hints === 1 && words.length <= 4);
  }
}
