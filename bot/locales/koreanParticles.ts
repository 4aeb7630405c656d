import { josa } from 'es-hangul';

/** The particle markers written in the Korean strings after a value, and the pair es-hangul picks from. */
const MARKERS = {
  '을(를)': '을/를',
  '은(는)': '은/는',
  '이(가)': '이/가',
  '와(과)': '와/과',
  '(으)로': '으로/로',
} as const;

/** A word, the quotes closing it, then a marker: `"알리페이 결제 비밀번호 재설정"을(를)`. */
const MARKED = /([^\s"“”«»「」『』]+)(["“”»」』]*)(을\(를\)|은\(는\)|이\(가\)|와\(과\)|\(으\)로)/gu;

/**
 * Korean particles follow the sound of the word before them (재설정**을**, 알리페이**를**): a string that interpolates a
 * title writes both ("을(를)"), and the rendered text keeps the one the title takes, as a person would write it.
 */
export function withKoreanParticles(text: string): string {
  return text.replace(MARKED, (_all, word: string, quotes: string, marker: keyof typeof MARKERS) => `${word}${quotes}${josa.pick(word, MARKERS[marker])}`);
}
