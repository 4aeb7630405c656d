import type { LanguageVocabulary } from './languageVocabulary';
import { UNSPACED_SCRIPT, type PhraseMatch } from './text';

/** A language request is this short (in words), unless it holds a cue ("please", "speak", "用"). */
const LANGUAGE_REQUEST_MAX_WORDS = 3;
const LANGUAGE_REQUEST_MAX_CHARS_UNSPACED = 6;

/** "the page is in Chinese", "중국어로 되어 있어요": the language of what the user sees, told right before it (or, in Korean, right after it). */
function described(norm: string, m: PhraseMatch, v: LanguageVocabulary): boolean {
  // Either may share the preposition with the language's name ("está en" + "en chino", "중국어로" + "로 되어 있").
  const before = (d: PhraseMatch) => d.start < m.start && norm.slice(Math.min(d.end, m.start), m.start).trim() === '';
  const after = (d: PhraseMatch) => d.start > m.start && norm.slice(Math.min(m.end, d.start), d.start).trim() === '';
  return v.reading.languageDescribed.find(norm).some((d) => before(d) || after(d));
}

/**
 * A language named as a request: alone or nearly ("english?"), or with a cue ("can we continue in
 * Spanish"). Of several, the last one other than the language spoken ("do you speak Chinese? my English is poor").
 */
export function languageRequest(norm: string, all: readonly LanguageVocabulary[], current?: string): string | undefined {
  const mentioned = all
    .flatMap((v) =>
      v.selectLanguage
        .find(norm)
        .filter((m) => !all.some((r) => r.reading.negates(norm, m) || described(norm, m, r)))
        .map((m) => ({ locale: v.locale, at: m.start })),
    )
    .sort((a, b) => a.at - b.at);
  const named = mentioned.filter((m) => m.locale !== current).at(-1) ?? mentioned.at(-1);
  if (!named) return undefined;
  const unspaced = !norm.includes(' ') && UNSPACED_SCRIPT.test(norm);
  const short = unspaced ? norm.length <= LANGUAGE_REQUEST_MAX_CHARS_UNSPACED : norm.split(' ').length <= LANGUAGE_REQUEST_MAX_WORDS;
  return short || all.some((v) => v.reading.languageCues.occursIn(norm)) ? named.locale : undefined;
}
