/** Text helpers shared by every recognizer. */

export type Script = 'Latin' | 'Han' | 'Hangul' | 'Greek';

const SCRIPT_PATTERNS: ReadonlyArray<[Script, RegExp]> = [
  ['Hangul', /\p{Script=Hangul}/gu],
  ['Han', /\p{Script=Han}/gu],
  ['Greek', /\p{Script=Greek}/gu],
  ['Latin', /\p{Script=Latin}/gu],
];

/**
 * Lower case, no accents, apostrophes dropped, other punctuation to spaces, single spaces. Hangul
 * survives (NFD→NFC round trip). Apostrophes are dropped rather than spaced because people type
 * "cant", "dont", "cest" as often as "can't", "don't", "c'est": both must read the same.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘ʼ`´]/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The script with the most letters, ignoring Latin product names inside CJK or Greek text. */
export function dominantScript(text: string): Script | undefined {
  let best: Script | undefined;
  let bestCount = 0;
  for (const [script, pattern] of SCRIPT_PATTERNS) {
    const count = text.match(pattern)?.length ?? 0;
    // A few CJK or Greek letters outweigh Latin product names ("Alipay 怎么激活").
    const weight = script === 'Latin' ? count / 4 : count;
    if (weight > bestCount) {
      best = script;
      bestCount = weight;
    }
  }
  return best;
}

export function hasLettersOrDigits(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

export function isPictographicOnly(text: string): boolean {
  return /\p{Extended_Pictographic}/u.test(text) && !hasLettersOrDigits(text);
}

export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
}

/** True when `inner` lies wholly inside `outer`. */
export function lies(inner: PhraseMatch, outer: PhraseMatch): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A Han (Chinese) character. */
export const HAN = /\p{Script=Han}/u;

/** A Latin or digit name set apart as a word of its own between Han or Hangul ("付1688的货", "1688을"), as phrases match words. */
export function apartFromHan(norm: string): string {
  return norm.replace(/(?<=[\p{Script=Han}\p{Script=Hangul}])(?=[a-z0-9])|(?<=[a-z0-9])(?=[\p{Script=Han}\p{Script=Hangul}])/gu, ' ');
}
/** A Hangul (Korean) character. */
export const HANGUL = /\p{Script=Hangul}/u;
/** Han or Hangul: scripts written without spaces between words (or with particles stuck to them). */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}]/u;

/** Two words or more, or four characters where words are not spaced ("支付密码", "결제 비밀번호"). */
export function severalWords(phrase: string): boolean {
  return phrase.trim().includes(' ') || (UNSPACED_SCRIPT.test(phrase) && phrase.length >= 4);
}

/** A space between two Chinese characters, which sets a clause apart (Chinese puts no spaces between words); a tilde or an emoji may close the first ("绑好了～ 换成…"). */
export const HAN_SPACE = /(?<=\p{Script=Han}[~～\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]*)\s+(?=\p{Script=Han})/u;

/**
 * Chinese asks yes or no with a verb, its negation and the verb again ("有没有", "让不让", "认不认"):
 * one pattern for every verb, where a word list would hold only the common ones. A question, so
 * its "不" or "没" negates nothing. Not after a negator, nor of a negator: "不对不对" and "不不不" say no.
 */
const HAN_A_NOT_A = /(?<![不没])(?![不没])(\p{Script=Han})[不没]\1/gu;

/** "不知道要不要" (I don't know whether I want to): after knowing or remembering, the verb-not-verb asks nothing. */
const EMBEDS_WHETHER = /(?:知道|确定|清楚|记得|晓得)$/u;

export function asksVerbNotVerb(text: string): boolean {
  return [...text.matchAll(HAN_A_NOT_A)].some((m) => !EMBEDS_WHETHER.test(text.slice(0, m.index)));
}

/** Chinese words holding a negator that negate nothing: "非常" (very: "非常感谢" is thanks, not "no thanks"). */
const HAN_NOT_NEGATING = /非常/gu;

/** The text with each verb-not-verb question kept as its verb ("有没有收到" → "有收到"), for reading negation. */
export function withoutVerbNotVerb(text: string): string {
  return text.replace(HAN_A_NOT_A, '$1').replace(HAN_NOT_NEGATING, '很');
}

/**
 * A phrase with alternatives in braces stands for each of its readings: "{want to|wanna} {try|try it}"
 * is "want to try", "want to try it", "wanna try", "wanna try it". Phrases that are a wish and a
 * verb, or a verb and its ending, are written once instead of as their every pairing.
 */
export function expandAlternatives(phrase: string): string[] {
  const group = /\{([^{}]*)\}/.exec(phrase);
  if (!group) return [phrase];
  const [before, after] = [phrase.slice(0, group.index), phrase.slice(group.index + group[0].length)];
  return group[1].split('|').flatMap((option) => expandAlternatives(`${before}${option}${after}`));
}

/** A compiled list of phrases (see vocabulary.ts for the matching rules): one regex per list. */
export class PhraseSet {
  private readonly pattern: RegExp | undefined;
  /** The same pattern for matchAll, compiled once: find runs for every list on every message. */
  private readonly everywhere: RegExp | undefined;
  private readonly exact: ReadonlySet<string>;

  constructor(phrases: readonly string[]) {
    // Longest first, so "pardon non" wins over "pardon" where both start.
    const normalized = phrases
      .flatMap(expandAlternatives)
      .map((p) => ({ prefix: p.endsWith('*'), text: normalize(p.replace(/\*$/, '')) }))
      .sort((a, b) => b.text.length - a.text.length);
    this.exact = new Set(normalized.filter((p) => !p.prefix).map((p) => p.text));
    const anywhere: string[] = [];
    const wholeWords: string[] = [];
    for (const { prefix, text } of normalized.filter((p) => p.text.length > 0)) {
      const body = escapeRegExp(text) + (prefix ? '\\p{L}*' : '');
      // Han and Hangul words match inside text, except one-character words ("是", "네"), which
      // would otherwise match inside unrelated words.
      (UNSPACED_SCRIPT.test(text) && [...text].length > 1 ? anywhere : wholeWords).push(body);
    }
    const parts = [...(anywhere.length ? [`(?:${anywhere.join('|')})`] : []), ...(wholeWords.length ? [`(?:^|\\s)(?:${wholeWords.join('|')})(?=\\s|$)`] : [])];
    this.pattern = parts.length ? new RegExp(parts.join('|'), 'u') : undefined;
    this.everywhere = parts.length ? new RegExp(parts.join('|'), 'gu') : undefined;
  }

  /** True when a phrase occurs in the (normalized) text. */
  occursIn(normalizedText: string): boolean {
    return this.pattern?.test(normalizedText) ?? false;
  }

  /** Where each phrase occurs in the (normalized) text, left to right, leading space excluded. */
  find(normalizedText: string): PhraseMatch[] {
    if (!this.everywhere) return [];
    const found: PhraseMatch[] = [];
    for (const m of normalizedText.matchAll(this.everywhere)) {
      const lead = m[0].startsWith(' ') ? 1 : 0;
      found.push({ start: m.index + lead, end: m.index + m[0].length });
    }
    return found;
  }

  /** The text with every occurrence blanked out (so other lists do not read inside it). */
  remove(normalizedText: string): string {
    let out = normalizedText;
    for (const m of this.find(normalizedText).reverse()) out = `${out.slice(0, m.start)} ${out.slice(m.end)}`;
    return out.replace(/\s+/g, ' ').trim();
  }

  /** True when the whole (normalized) text is one of the phrases. */
  isExactly(normalizedText: string): boolean {
    return this.exact.has(normalizedText);
  }
}

/** How many words lie between two places in a text. */
export function wordsBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).split(' ').filter(Boolean).length;
}

/** How many characters, spaces aside, lie between two places: the distance where words are not spaced (Chinese). */
export function charactersBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).replace(/\s/gu, '').length;
}

/** Where sentences end, in every script. */
const SENTENCE_END = /(?<=[.?!。？！;；])/u;

/** The sentences of a text, as typed, by their closing punctuation. */
export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The last sentence of a text: of a step's prompt, its question. */
export function lastSentence(text: string): string {
  return sentencesOf(text).at(-1) ?? text;
}
