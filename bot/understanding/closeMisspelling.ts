import { distance } from 'fastest-levenshtein';
import type { OfferedChoice } from './answers/offeredChoice';
import { normalize } from './text';

/** One typo per this many characters of a label still picks it ("Activte Alipay…", "Wordlfirst"). */
const CHARACTERS_PER_TYPO = 6;

/** The one label a typed text misspells, if exactly one is that close. */
export function closeMisspelling(norm: string, choices: readonly OfferedChoice[]): string | undefined {
  const near = choices
    .map((c) => {
      const label = normalize(c.label);
      return { id: c.id, distance: distance(norm, label), allowed: Math.floor(label.length / CHARACTERS_PER_TYPO) };
    })
    .filter((c) => c.allowed > 0 && c.distance <= c.allowed)
    .sort((a, b) => a.distance - b.distance);
  return near.length === 1 || (near.length > 1 && near[0].distance < near[1].distance) ? near[0].id : undefined;
}
