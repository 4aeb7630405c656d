import { HANGUL, type PhraseMatch } from '../text';

/** The last `count` words of `before`: how far a negator or a hedge reaches back. */
export function lastWords(before: string, count: number): string {
  return before.trim().split(/\s+/).slice(-count).join(' ');
}

/** Blanks `match` out of `text`, keeping every other position where it was. */
export function blank(text: string, match: PhraseMatch): string {
  const end = hangulWordEnd(text, match.end);
  return text.slice(0, match.start) + ' '.repeat(end - match.start) + text.slice(end);
}

/**
 * A Korean phrase ending inside a word takes the rest of it: "썼었네" read as "썼었" leaves no "네"
 * (yes) behind, the marker "아 아니" in "아 아니요" no "요".
 */
export function hangulWordEnd(text: string, end: number): number {
  return HANGUL.test(text.charAt(end - 1)) ? end + (/^\p{Script=Hangul}+/u.exec(text.slice(end))?.[0].length ?? 0) : end;
}
