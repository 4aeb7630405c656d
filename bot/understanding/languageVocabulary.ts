import { ReadingVocabulary } from './answers/readingVocabulary';
import { escapeRegExp, normalize, PhraseSet, UNSPACED_SCRIPT, wordsBetween } from './text';
import type { Vocabulary } from '../locales/vocabulary';

/** Minutes in the units every language counts in (a second, a minute, an hour, a day, a week, a month); other units hold their own count. */
const BASE_UNIT_MINUTES: ReadonlySet<number> = new Set([1, 60, 1440, 10080, 43200]);

/** What may stand between two amounts that add up: nothing, a comma, "and", "y", "και", "하고". */
const ADJOINING = /^[\s,]*(?:\p{L}{1,3}[\s,]*)?$/u;

/** Words a help request may stand after or before and still frame the message ("hi, can you help me…", "…, can you help pls"). */
const FRAMING_WORDS = 2;

/** Enough left of a message to be read on its own: two words, or four characters of an unspaced script. */
const saysSomething = (rest: string) => rest.split(' ').filter(Boolean).length >= 2 || (UNSPACED_SCRIPT.test(rest) && rest.length >= 4);

const COMPILED = new WeakMap<Vocabulary, LanguageVocabulary>();

/** One language's vocabulary, compiled once at startup. */
export class LanguageVocabulary {
  /** Normalized function words, counted token by token to tell Latin-script languages apart. */
  readonly languageHints: ReadonlySet<string>;
  readonly selectLanguage: PhraseSet;
  readonly commands: Readonly<Record<keyof Vocabulary['commands'], PhraseSet>>;
  readonly eraseData: {
    readonly verbs: PhraseSet;
    readonly objects: PhraseSet;
    readonly phrases: PhraseSet;
    readonly vague: PhraseSet;
    readonly cardThings: PhraseSet;
  };
  readonly greetings: PhraseSet;
  /** Small talk ("how are you?"): greets, asks nothing; not trained as a greeting. */
  readonly smallTalk: PhraseSet;
  readonly productNames: PhraseSet;
  /** The products only one article covers, by article ("alipay business": 004): see articlesNamed. */
  private readonly productArticles: ReadonlyMap<string, PhraseSet>;
  /** The language's own script, when it is not Latin (Han, Hangul, Greek each name one language). */
  private readonly scriptPattern: RegExp | undefined;
  /** Product aliases to the training phrasings' names ("AE" → "速卖通"); see `withProductNames`. */
  private readonly aliases: ReadonlyArray<readonly [RegExp, string]>;
  /** "can you help me…", "…좀 도와주세요": see withoutHelpRequest. */
  private readonly helpRequests: PhraseSet;
  /** A task's or a problem's words ("I want to", "won't", "我想"): see Understanding.asksWhetherNotHow. */
  readonly taskCues: PhraseSet;
  /** The task cues that tell a problem: context when told before a question. */
  readonly problemCues: PhraseSet;
  /** The task cues that say a need: a question when asked ("do I need to…?"). */
  readonly needCues: PhraseSet;
  readonly yes: PhraseSet;
  readonly no: PhraseSet;
  readonly justNow: PhraseSet;
  readonly choices: ReadonlyMap<string, PhraseSet>;
  /** Each procedure's own words ("withdraw*", "alliance", "迁移"), by procedure id: "cancel the withdrawal" names it. */
  readonly procedureTopics: ReadonlyMap<string, PhraseSet>;
  /** Each procedure's goal said reached ("activated", "激活成功"), by procedure id. */
  readonly goalsReached: ReadonlyMap<string, PhraseSet>;
  /** The words that tell which password is meant, by the procedure that recovers it; and the words for a password itself. */
  private readonly kindsOfPassword: ReadonlyMap<string, PhraseSet>;
  private readonly passwordWords: PhraseSet;
  readonly reading: ReadingVocabulary;
  /** "<number> <unit>" in this language, e.g. /(\d+|twenty|an)\s*(min\p{L}*|hour\p{L}*)/. */
  private readonly amountPattern: RegExp | undefined;
  private readonly numberWords: ReadonlyMap<string, number>;
  private readonly unitStems: ReadonlyArray<[string, number]>;
  private readonly unitMinutes: ReadonlyMap<string, number>;

  /**
   * Which password a message means, by the procedure that recovers it: `named`, those its words name ("the payment one");
   * `open`, all of them when it names a password but not which ("I forgot my alipay password": the articles recover the
   * login and the payment password in different places).
   */
  passwordKinds(norm: string): { readonly named: string[]; readonly open: string[] } {
    const named = [...this.kindsOfPassword].filter(([, words]) => words.occursIn(norm)).map(([id]) => id);
    return { named, open: named.length === 0 && this.passwordWords.occursIn(norm) ? [...this.kindsOfPassword.keys()] : [] };
  }

  /** The articles whose own product the text names (`spaced`: normalized, names set apart, see apartFromHan). */
  articlesNamed(spaced: string): string[] {
    return [...this.productArticles].filter(([, words]) => words.occursIn(spaced)).map(([id]) => id);
  }

  /** The lists compiled once per vocabulary: they never change, and compiling them was most of an Understanding's cost. */
  static of(locale: string, source: Vocabulary): LanguageVocabulary {
    let v = COMPILED.get(source);
    if (!v) COMPILED.set(source, (v = new LanguageVocabulary(locale, source)));
    return v;
  }

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
      vague: new PhraseSet(source.eraseData.vague),
      cardThings: new PhraseSet(source.eraseData.cardThings),
    };
    this.greetings = new PhraseSet(source.greetings);
    this.smallTalk = new PhraseSet(source.smallTalk);
    this.productNames = new PhraseSet(source.productNames);
    this.productArticles = new Map(Object.entries(source.productArticles).map(([id, list]) => [id, new PhraseSet(list)]));
    this.scriptPattern = source.script !== 'Latin' ? new RegExp(`\\p{Script=${source.script}}`, 'u') : undefined;
    // A Latin alias is a word of its own, even between Chinese characters ("跟AE是一家的吗").
    this.aliases = Object.entries(source.productAliases).map(
      ([alias, name]) => [new RegExp(`(?<![\\p{Script=Latin}\\d])${escapeRegExp(alias)}(?![\\p{Script=Latin}\\d])`, 'giu'), name] as const,
    );
    this.taskCues = new PhraseSet(source.taskCues);
    this.helpRequests = new PhraseSet(source.helpRequests);
    this.problemCues = new PhraseSet(source.problemCues);
    this.needCues = new PhraseSet(source.needCues);
    this.yes = new PhraseSet(source.yes);
    this.no = new PhraseSet(source.no);
    this.justNow = new PhraseSet(source.duration.justNow);
    this.choices = new Map(Object.entries(source.choices).map(([id, list]) => [id, new PhraseSet(list)]));
    this.procedureTopics = new Map(Object.entries(source.procedures).map(([id, list]) => [id, new PhraseSet(list)]));
    this.goalsReached = new Map(Object.entries(source.goalsReached).map(([id, list]) => [id, new PhraseSet(list)]));
    this.kindsOfPassword = new Map(Object.entries(source.passwordKinds).map(([id, list]) => [id, new PhraseSet(list)]));
    this.passwordWords = new PhraseSet(source.passwordWords);
    this.reading = new ReadingVocabulary(source.reading);

    this.numberWords = new Map(Object.entries(source.duration.numbers).map(([w, n]) => [normalize(w), n]));
    this.unitStems = Object.entries(source.duration.units).map(([w, n]) => [normalize(w), n] as [string, number]);
    this.unitMinutes = new Map(this.unitStems);
    const alt = (words: Iterable<string>): string =>
      [...words]
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|');
    const selfCounting = this.unitStems.filter(([, minutes]) => !BASE_UNIT_MINUTES.has(minutes) && minutes >= 2).map(([w]) => w);
    // The unit must end the word in spaced scripts ("20 min", not "20 months"); Hangul and Han may follow ("20분 전").
    const wordEnd = '(?![\\p{Script=Latin}\\p{Script=Greek}])';
    const wordStart = '(?<![\\p{Script=Latin}\\p{Script=Greek}\\d.,])';
    const numbered = `(\\d+(?:[.,]\\d+)?${this.numberWords.size ? '|' + alt(this.numberWords.keys()) : ''})\\s*(${alt(this.unitStems.map(([w]) => w))})`;
    this.amountPattern = this.unitStems.length
      ? new RegExp(`${wordStart}(?:${numbered}${selfCounting.length ? `|(${alt(selfCounting)})` : ''})${wordEnd}`, 'gu')
      : undefined;
  }

  /** "6 chiffres", "6 digits": a number followed by a word that is no time unit, nor one made smaller ("minutillos"), counts something else. */
  countsOtherThanTime(normalizedText: string): boolean {
    const units = [...this.unitMinutes.keys()].map((unit) => unit.slice(0, 3));
    return [...normalizedText.matchAll(/\d\s+(\p{L}{4,})/gu)].some(([, word]) => !units.some((unit) => word.startsWith(unit)));
  }

  /**
   * Minutes from "<number> <unit>" in this language's words. A larger unit's amount and a smaller
   * one's side by side add up ("an hour and 20 minutes"); any other amount further on replaces them ("10 minutes… no, 40 minutes"). A unit that holds
   * its own count stands alone ("κανα τέταρτο", "μισάωρο πριν").
   */
  minutesFromWords(normalizedText: string): number | undefined {
    if (!this.amountPattern) return undefined;
    let total: number | undefined;
    let end = -1;
    let lastUnit = 0;
    for (const m of normalizedText.matchAll(this.amountPattern)) {
      const amount = m[3] !== undefined ? 1 : (this.numberWords.get(m[1]) ?? Number(m[1].replace(',', '.')));
      const unit = this.unitMinutes.get(m[3] ?? m[2]);
      if (unit === undefined || !Number.isFinite(amount)) continue;
      // A compound amount goes from a larger unit to a smaller one ("1 hour 20 minutes"; "20 minutes or 30 minutes" is not one).
      const adjoining = total !== undefined && unit < lastUnit && ADJOINING.test(normalizedText.slice(end, m.index));
      total = (adjoining ? total! : 0) + amount * unit;
      end = m.index + m[0].length;
      lastUnit = unit;
    }
    return total;
  }

  /** The minutes of the first unit named ("minutes" → 1), for a bare number said after it ("10 minutes, no, 40"). */
  firstUnitMinutes(normalizedText: string): number | undefined {
    const m = this.amountPattern ? [...normalizedText.matchAll(this.amountPattern)][0] : undefined;
    return m ? this.unitMinutes.get(m[3] ?? m[2]) : undefined;
  }

  numberFromWords(normalizedText: string): number | undefined {
    return this.numberWords.get(normalizedText);
  }

  /** Whether the text holds a letter of this language's own script (never for Latin-script languages). */
  usesScript(text: string): boolean {
    return this.scriptPattern?.test(text) ?? false;
  }

  /** The text with the products' other names replaced by the training phrasings' ones ("跟AE是一家的吗" → "跟速卖通是一家的吗"). */
  withProductNames(text: string): string {
    return this.aliases.reduce((out, [alias, name]) => out.replace(alias, name), text);
  }

  /**
   * The question without the words that only announce it ("quiero saber si…", "请问…", "I was wondering…"): the
   * training phrasings ask the fact itself, and an intro's words pull a question towards none.
   */
  withoutQuestionIntro(text: string): string {
    const norm = normalize(text);
    const intro = this.reading.questionIntros.find(norm)[0];
    if (intro === undefined || wordsBetween(norm, 0, intro.start) > 1) return text;
    const rest = norm.slice(intro.end).trim();
    return saysSomething(rest) ? rest : text;
  }

  /**
   * The task without the words asking for help with it, when they open or close the message ("can you help me get my money
   * out of the intl account" → "get my money out of the intl account", "카드 삭제하는 것 좀 도와줄 수 있어요?"): the menu's
   * "help" is trained on those words, and they pull a task towards it. Undefined when there are none, or nothing else;
   * `task`: what is left asks for no fact ("…figure out if…" does).
   */
  withoutHelpRequest(text: string): { readonly text: string; readonly task: boolean } | undefined {
    const norm = normalize(text);
    const found = this.helpRequests.find(norm);
    const opens = found.some((m) => wordsBetween(norm, 0, m.start) <= FRAMING_WORDS);
    const framing = opens || found.some((m) => wordsBetween(norm, m.end, norm.length) <= FRAMING_WORDS);
    const rest = framing ? this.helpRequests.remove(norm) : '';
    // "你能帮我把钱提出来吗": the question's ending is the help request's ("can you…?"), not the task's.
    const ending = opens ? this.reading.questionEndings.find((e) => rest.endsWith(e)) : undefined;
    const task = ending ? rest.slice(0, -ending.length).trim() : rest;
    if (!saysSomething(task)) return undefined;
    // "can you help me figure out if…": what follows asks a question.
    const question = this.withoutQuestionIntro(task);
    return { text: question, task: question === task };
  }

  /** Whether the message asks for help with what it says ("can you help me…?"): a task, however it is asked. */
  asksForHelp(normalizedText: string): boolean {
    return this.helpRequests.occursIn(normalizedText);
  }
}
