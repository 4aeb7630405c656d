import { ReadingVocabulary } from './answers/readingVocabulary';
import { normalize, PhraseSet } from './text';
import type { Vocabulary } from '../locales/vocabulary';

/** One language's vocabulary, compiled once at startup. */
export class LanguageVocabulary {
  /** Normalized function words, counted token by token to tell Latin-script languages apart. */
  readonly languageHints: ReadonlySet<string>;
  readonly selectLanguage: PhraseSet;
  readonly commands: Readonly<Record<keyof Vocabulary['commands'], PhraseSet>>;
  readonly eraseData: { readonly verbs: PhraseSet; readonly objects: PhraseSet; readonly phrases: PhraseSet };
  readonly greetings: PhraseSet;
  readonly productNames: PhraseSet;
  readonly yes: PhraseSet;
  readonly no: PhraseSet;
  readonly justNow: PhraseSet;
  readonly choices: ReadonlyMap<string, PhraseSet>;
  readonly reading: ReadingVocabulary;
  /** "<number> <unit>" in this language, e.g. /(\d+|twenty|an)\s*(min\p{L}*|hour\p{L}*)/. */
  private readonly amountPattern: RegExp | undefined;
  private readonly numberWords: ReadonlyMap<string, number>;
  private readonly unitStems: ReadonlyArray<[string, number]>;

  constructor(
    readonly locale: string,
    readonly source: Vocabulary,
  ) {
    this.languageHints = new Set(source.languageHints.map(normalize));
    this.selectLanguage = new PhraseSet(source.selectLanguage);
    this.commands = {
      menu: new PhraseSet(source.commands.menu),
      cancel: new PhraseSet(source.commands.cancel),
      restart: new PhraseSet(source.commands.restart),
      human: new PhraseSet(source.commands.human),
      frozen: new PhraseSet(source.commands.frozen),
      resume: new PhraseSet(source.commands.resume),
    };
    this.eraseData = {
      verbs: new PhraseSet(source.eraseData.verbs),
      objects: new PhraseSet(source.eraseData.objects),
      phrases: new PhraseSet(source.eraseData.phrases),
    };
    this.greetings = new PhraseSet(source.greetings);
    this.productNames = new PhraseSet(source.productNames);
    this.yes = new PhraseSet(source.yes);
    this.no = new PhraseSet(source.no);
    this.justNow = new PhraseSet(source.duration.justNow);
    this.choices = new Map(Object.entries(source.choices).map(([id, list]) => [id, new PhraseSet(list)]));
    this.reading = new ReadingVocabulary(source.reading);

    this.numberWords = new Map(Object.entries(source.duration.numbers).map(([w, n]) => [normalize(w), n]));
    this.unitStems = Object.entries(source.duration.units).map(([w, n]) => [normalize(w), n] as [string, number]);
    const alt = (words: Iterable<string>): string =>
      [...words]
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|');
    this.amountPattern = this.unitStems.length
      ? new RegExp(
          // The unit must end the word in spaced scripts ("20 min", not "20 months"); Hangul and Han may follow ("20분 전").
          `(\\d+(?:[.,]\\d+)?${this.numberWords.size ? '|' + alt(this.numberWords.keys()) : ''})\\s*(${alt(this.unitStems.map(([w]) => w))})(?![\\p{Script=Latin}\\p{Script=Greek}])`,
          'u',
        )
      : undefined;
  }

  /** Minutes from "<number> <unit>" in this language's words; the fallback where recognizers-text has no model. */
  minutesFromWords(normalizedText: string): number | undefined {
    const match = this.amountPattern?.exec(normalizedText);
    if (!match) return undefined;
    const amount = this.numberWords.get(match[1]) ?? Number(match[1].replace(',', '.'));
    const unit = this.unitStems.find(([stem]) => stem === match[2]);
    return unit && Number.isFinite(amount) ? amount * unit[1] : undefined;
  }

  numberFromWords(normalizedText: string): number | undefined {
    return this.numberWords.get(normalizedText);
  }
}
