import { normalize } from '../text';
import type { Corpus } from './intentModel';

/**
 * The training phrasings of one language as character n-gram TF-IDF vectors: the intents whose
 * phrasings are nearest to a text, by cosine. A second opinion beside the NLP.js network, built
 * differently on purpose: n-grams need no tokenizer or stemmer, so they read Chinese and Korean
 * without word boundaries, typos, missing accents and inflections ("desvinculo", "해제하려면")
 * the network's stemmers miss. No library does this small job for six scripts; it is 80 lines.
 */
export class PhrasingIndex {
  /** Each document's intent, and its vector's norm. */
  private readonly documents: ReadonlyArray<{ readonly intent: string; readonly norm: number }>;
  /** Gram → the documents holding it, with its weight there: a query only visits documents it shares a gram with. */
  private readonly postings: ReadonlyMap<string, ReadonlyArray<readonly [document: number, weight: number]>>;
  private readonly idf: ReadonlyMap<string, number>;

  constructor(phrasings: Corpus[string]) {
    const counted = Object.entries(phrasings).flatMap(([intent, list]) => list.map((text) => ({ intent, grams: grams(text) })));
    const df = new Map<string, number>();
    for (const d of counted) for (const g of d.grams.keys()) df.set(g, (df.get(g) ?? 0) + 1);
    const n = counted.length;
    this.idf = new Map([...df].map(([g, k]) => [g, Math.log((n + 1) / (k + 1)) + 1]));
    const postings = new Map<string, Array<readonly [number, number]>>();
    this.documents = counted.map((d, index) => {
      const vector = this.weigh(d.grams);
      for (const [g, w] of vector.weights) (postings.get(g) ?? postings.set(g, []).get(g)!).push([index, w]);
      return { intent: d.intent, norm: vector.norm };
    });
    this.postings = postings;
  }

  /** Every intent sharing a gram with the text, with its nearest phrasing's cosine, best first. */
  nearest(text: string): Array<{ intent: string; score: number }> {
    const query = this.weigh(grams(text));
    if (query.norm === 0) return [];
    const dots = new Map<number, number>();
    for (const [g, w] of query.weights) for (const [document, weight] of this.postings.get(g) ?? []) dots.set(document, (dots.get(document) ?? 0) + w * weight);
    const best = new Map<string, number>();
    for (const [document, dot] of dots) {
      const { intent, norm } = this.documents[document];
      const score = dot / (query.norm * norm);
      if (score > (best.get(intent) ?? 0)) best.set(intent, score);
    }
    return [...best].map(([intent, score]) => ({ intent, score })).sort((a, b) => b.score - a.score);
  }

  private weigh(counts: ReadonlyMap<string, number>): Vector {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [g, tf] of counts) {
      const idf = this.idf.get(g);
      if (!idf) continue;
      const w = (1 + Math.log(tf)) * idf;
      weights.set(g, w);
      norm += w * w;
    }
    return { weights, norm: Math.sqrt(norm) };
  }
}

interface Vector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}]/u;

/**
 * Spaced words give their 3- and 4-grams inside boundary marks ("#code#" → "#co", "cod", …) and
 * themselves; runs of Han or Hangul give single characters and pairs, across the spaces Korean
 * puts in different places ("연동해제" and "연동 해제" share every pair).
 */
function grams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (g: string) => counts.set(g, (counts.get(g) ?? 0) + 1);
  // "alipay business里的余额" → "alipay business 里的余额": each script's run on its own.
  const words = normalize(text).replace(/[\p{Script=Han}\p{Script=Hangul}]+/gu, ' $& ').split(' ').filter(Boolean);
  const unspaced = words.filter((w) => UNSPACED.test(w)).join('');
  for (const word of words.filter((w) => !UNSPACED.test(w))) {
    add(`w:${word}`);
    const marked = `#${word}#`;
    for (const n of [3, 4]) for (let i = 0; i + n <= marked.length; i++) add(marked.slice(i, i + n));
  }
  const chars = [...unspaced];
  for (let i = 0; i < chars.length; i++) {
    add(chars[i]);
    if (i + 1 < chars.length) add(chars[i] + chars[i + 1]);
  }
  return counts;
}
