import type { Expectation, ProcedureEvent, StepMeta } from '../../dialogs/types';
import { distance } from 'fastest-levenshtein';
import { BuiltInRecognizers } from './builtInRecognizers';
import type { IntentClassifier, IntentResult } from './intents/intentClassifier';
import { LanguageVocabulary } from './languageVocabulary';
import { normalize } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * Reads what the user typed: which language, whether it is a command that works anywhere, and
 * which answer it gives to the current step. recognizers-text first where it has a model for the
 * language; the per-language vocabulary covers its gaps (Greek, Korean, "claro", "vale", "半小时").
 */

export type Command =
  | { readonly kind: 'frozen' | 'human' | 'cancel' | 'restart' | 'menu' | 'resume' }
  | { readonly kind: 'language'; readonly locale: string };

/** A button as the user saw it, so typed labels match too. */
export interface OfferedChoice {
  readonly id: string;
  readonly label: string;
}

/** Greetings only count in short messages ("hi", not "hi, my account is frozen"). */
const MAX_GREETING_WORDS = 5;
const MAX_GREETING_CHARS_UNSPACED = 12;

type Reader = (text: string, locale: string, choices: readonly OfferedChoice[]) => ProcedureEvent | undefined;

export class Understanding {
  private readonly vocabularies: ReadonlyMap<string, LanguageVocabulary>;
  private readonly readers: Readonly<Record<Expectation, Reader>>;
  private readonly builtIn = new BuiltInRecognizers();

  constructor(
    vocabularies: Readonly<Record<string, Vocabulary>>,
    private readonly classifier: IntentClassifier,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.vocabularies = new Map(Object.entries(vocabularies).map(([lng, v]) => [lng, new LanguageVocabulary(lng, v)]));
    this.readers = {
      yesNo: (text, locale) => {
        const yes = this.yesNo(text, locale);
        return yes === undefined ? undefined : { type: yes ? 'answer.yes' : 'answer.no' };
      },
      choice: (text, locale, choices) => {
        const id = this.matchChoice(text, locale, choices) ?? this.yesNoAsChoice(text, locale, choices);
        return id === undefined ? undefined : { type: 'answer.choice', choice: id };
      },
      duration: (text, locale, choices) => {
        const id = this.matchChoice(text, locale, choices);
        if (id !== undefined) return { type: 'answer.choice', choice: id };
        const minutes = this.minutesAgo(text, locale);
        return minutes === undefined ? undefined : { type: 'answer.duration', minutes };
      },
      number: (text, locale, choices) => {
        const id = this.matchChoice(text, locale, choices);
        if (id !== undefined) return { type: 'answer.choice', choice: id };
        const value = this.number(text, locale);
        return value === undefined ? undefined : { type: 'answer.number', value };
      },
      text: (text) => (text.trim() ? { type: 'answer.text', text: text.trim() } : undefined),
      // A step that is a whole procedure never waits for the user's words itself.
      procedure: () => undefined,
    };
  }

  get languages(): readonly string[] {
    return [...this.vocabularies.keys()];
  }

  warm(): void {
    const cultures = [...this.vocabularies.values()].map((v) => v.source.recognizerCulture);
    this.builtIn.warm(cultures.filter((c): c is string => c !== null));
  }

  /** Loads the intent model's lazy parts (the Chinese dictionary). */
  warmIntents(): Promise<void> {
    return this.classifier.warm();
  }

  /** What a free-text message is about (an intent id, or `none`), read in its detected language. */
  classify(text: string, conversationLocale: string | undefined): Promise<IntentResult> {
    return this.classifier.classify(text, { conversationLocale });
  }

  /** "zh-CN" → "zh", "en-US" → "en"; undefined when the channel's language has no locale folder. */
  supportedLocale(channelLocale: string | undefined): string | undefined {
    const base = channelLocale?.toLowerCase().split(/[-_]/)[0];
    return base && this.vocabularies.has(base) ? base : undefined;
  }

  /**
   * Script first (Han, Hangul, Greek name one language each), then the words of each language's
   * training phrasings; a short or ambiguous text keeps the conversation's language.
   */
  detectLanguage(text: string, conversationLocale?: string): string | undefined {
    return this.classifier.detectLanguage(text, conversationLocale);
  }

  /** Commands that work at any step, in any language (a user may ask for a person in their own language). */
  command(text: string): Command | undefined {
    const norm = normalize(text);
    if (!norm) return undefined;
    const all = [...this.vocabularies.values()];
    // "my account is frozen", but not "no, it isn't frozen" (an answer to "is your account frozen?").
    if (all.some((v) => v.commands.frozen.occursIn(norm)) && !all.some((v) => v.no.occursIn(norm))) return { kind: 'frozen' };
    if (all.some((v) => v.commands.human.occursIn(norm))) return { kind: 'human' };
    const language = all.find((v) => v.selectLanguage.isExactly(norm));
    if (language) return { kind: 'language', locale: language.locale };
    // "cancel", "start over" and "menu" only as the whole message: inside a sentence they usually mean something else.
    for (const kind of ['cancel', 'restart', 'menu', 'resume'] as const) {
      if (all.some((v) => v.commands[kind].isExactly(norm))) return { kind };
    }
    return undefined;
  }

  isGreeting(text: string): boolean {
    const norm = normalize(text);
    return isShort(norm) && [...this.vocabularies.values()].some((v) => v.greetings.occursIn(norm));
  }

  /** The answer a step expects, or undefined when the text does not give one. */
  answer(text: string, locale: string, step: StepMeta, choices: readonly OfferedChoice[]): ProcedureEvent | undefined {
    return this.readers[step.expects](text, locale, choices);
  }

  matchChoice(text: string, locale: string, choices: readonly OfferedChoice[]): string | undefined {
    const norm = normalize(text);
    if (!norm) return undefined;
    const byLabel = choices.find((c) => normalize(c.label) === norm);
    if (byLabel) return byLabel.id;
    const synonyms = this.vocabularies.get(locale)?.choices;
    return choices.find((c) => synonyms?.get(c.id)?.occursIn(norm))?.id ?? closeMisspelling(norm, choices);
  }

  yesNo(text: string, locale: string): boolean | undefined {
    const v = this.vocabularies.get(locale);
    if (!v) return undefined;
    if (v.source.recognizerCulture) {
      const builtIn = this.builtIn.yesNo(text, v.source.recognizerCulture);
      if (builtIn !== undefined) return builtIn;
    }
    const norm = normalize(text);
    // A negation beats a yes-word next to it: "δεν ήρθε", "没有", "todavía no lo tengo".
    if (v.no.occursIn(norm)) return false;
    return v.yes.occursIn(norm) ? true : undefined;
  }

  minutesAgo(text: string, locale: string): number | undefined {
    const v = this.vocabularies.get(locale);
    if (!v) return undefined;
    const norm = normalize(text);
    if (/^\d+(?:[.,]\d+)?$/.test(norm)) return Number(norm.replace(',', '.'));
    if (v.justNow.occursIn(norm)) return 0;
    // "<number> <unit>" is read exactly by the vocabulary in microseconds; the date-time recognizer
    // costs ~6 ms a call and is kept for everything else ("at 9:40", "a quarter of an hour ago").
    const fromWords = v.minutesFromWords(norm);
    if (fromWords !== undefined) return fromWords;
    const culture = v.source.recognizerCulture;
    return (culture ? this.builtIn.minutesAgo(text, culture, this.now()) : undefined) ?? this.number(text, locale);
  }

  number(text: string, locale: string): number | undefined {
    const v = this.vocabularies.get(locale);
    if (!v) return undefined;
    const norm = normalize(text);
    const culture = v.source.recognizerCulture;
    // A unit may follow digits directly in Korean and Chinese ("4점", "4分").
    const digits = /(?:^|\s)(\d+(?:[.,]\d+)?)(?=\s|$|[\p{Script=Hangul}\p{Script=Han}])/u.exec(norm)?.[1];
    return (
      (culture ? this.builtIn.number(text, culture) : undefined) ??
      (digits ? Number(digits.replace(',', '.')) : undefined) ??
      v.numberFromWords(norm)
    );
  }

  private yesNoAsChoice(text: string, locale: string, choices: readonly OfferedChoice[]): string | undefined {
    const yes = this.yesNo(text, locale);
    if (yes === undefined) return undefined;
    const id = yes ? 'yes' : 'no';
    return choices.some((c) => c.id === id) ? id : undefined;
  }
}

/** One typo per this many characters of a label still picks it ("Activte Alipay…", "Wordlfirst"). */
const CHARACTERS_PER_TYPO = 6;

/** The one label a typed text misspells, if exactly one is that close. */
function closeMisspelling(norm: string, choices: readonly OfferedChoice[]): string | undefined {
  const near = choices
    .map((c) => {
      const label = normalize(c.label);
      return { id: c.id, distance: distance(norm, label), allowed: Math.floor(label.length / CHARACTERS_PER_TYPO) };
    })
    .filter((c) => c.allowed > 0 && c.distance <= c.allowed)
    .sort((a, b) => a.distance - b.distance);
  return near.length === 1 || (near.length > 1 && near[0].distance < near[1].distance) ? near[0].id : undefined;
}

function isShort(norm: string): boolean {
  return /[\p{Script=Han}\p{Script=Hangul}]/u.test(norm) && !norm.includes(' ')
    ? norm.length <= MAX_GREETING_CHARS_UNSPACED
    : norm.split(' ').length <= MAX_GREETING_WORDS;
}
