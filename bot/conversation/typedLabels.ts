import type { MessageKey } from '../../dialogs/types';
import type { Translate } from '../locales/translator';
import { normalize } from '../understanding/text';

/**
 * The bot's own labels (menu titles, answer titles), normalised once per language, to tell when a
 * message is one of them typed word for word. Normalising ~90 titles on every turn to compare them
 * cost 4.6% of a warm turn's CPU (issue 15's profile). Keyed by the language's Translate, which the
 * translator builds once per locale; the first item with a label wins, as a search in order would.
 */
export class TypedLabels<T> {
  private readonly perLanguage = new WeakMap<Translate, ReadonlyMap<string, T>>();

  constructor(private readonly items: () => Iterable<readonly [MessageKey, T]>) {}

  /** The item whose label the text is (same letters, case, accents and punctuation aside). */
  find(t: Translate, text: string): T | undefined {
    return this.labelsIn(t).get(normalize(text));
  }

  private labelsIn(t: Translate): ReadonlyMap<string, T> {
    let labels = this.perLanguage.get(t);
    if (!labels) {
      const built = new Map<string, T>();
      for (const [key, item] of this.items()) {
        const label = normalize(t(key));
        if (!built.has(label)) built.set(label, item);
      }
      this.perLanguage.set(t, built);
      labels = built;
    }
    return labels;
  }
}
