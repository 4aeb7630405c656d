import { normalize, UNSPACED_SCRIPT } from '../text';
import type { Corpus } from './intentModel';

/**
 * The training phrasings of one language as character n-gram TF-IDF vectors: the intents whose
 * phrasings are nearest to a text, by cosine. A second opinion beside the NLP.js network, built
 * differently on purpose: n-grams need no tokenizer or stemmer, so they read Chinese and Korean
 * without word boundaries, typos, missing accents and inflections ("desvinculo", "해제하려면")
 * the network's stemmers miss. No library does this small job for six scripts; it is under 100 lines.
 */
export class PhrasingIndex {
  /** Each document's intent and vector norm, by document number. */
  private readonly intents: readonly string[];
  private readonly norms: Float64Array;
  /**
   * Gram → its weight factor and the documents holding it with its weight there, in typed arrays
   * (a Map of tuples took 68 MB for the six languages; these take 25 MB): a query only visits
   * the documents it shares a gram with.
   */
  private readonly postings: ReadonlyMap<string, Posting>;

  constructor(phrasings: Corpus[string]) {
    const counted = Object.entries(phrasings).flatMap(([intent, list]) => list.map((text) => ({ intent, grams: grams(text) })));
    const df = new Map<string, number>();
    for (const d of counted) for (const g of d.grams.keys()) df.set(g, (df.get(g) ?? 0) + 1);
    const n = counted.length;
    const idf = new Map([...df].map(([g, k]) => [g, Math.log((n + 1) / (k + 1)) + 1]));
    const lists = new Map<string, { documents: number[]; weights: number[] }>();
    this.intents = counted.map((d) => d.intent);
    this.norms = new Float64Array(n);
    counted.forEach((d, document) => {
      const vector = weigh(d.grams, (g) => idf.get(g));
      this.norms[document] = vector.norm;
      for (const [g, w] of vector.weights) {
        const list = lists.get(g) ?? lists.set(g, { documents: [], weights: [] }).get(g)!;
        list.documents.push(document);
        list.weights.push(w);
      }
    });
    this.postings = new Map(
      [...lists].map(([g, list]) => [g, { idf: idf.get(g)!, documents: Int32Array.from(list.documents), weights: Float32Array.from(list.weights) }]),
    );
  }

  /** Every intent sharing a gram with the text, with its nearest phrasing's cosine, best first. */
  nearest(text: string): Array<{ intent: string; score: number }> {
    const query = weigh(grams(text), (g) => this.postings.get(g)?.idf);
    if (query.norm === 0) return [];
    const dots = new Float64Array(this.norms.length);
    for (const [g, w] of query.weights) {
      const { documents, weights } = this.postings.get(g)!;
      for (let k = 0; k < documents.length; k++) dots[documents[k]] += w * weights[k];
    }
    const best = new Map<string, number>();
    dots.forEach((dot, document) => {
      if (dot === 0) return;
      const intent = this.intents[document];
      const score = dot / (query.norm * this.norms[document]);
      if (score > (best.get(intent) ?? 0)) best.set(intent, score);
    });
    return [...best].map(([intent, score]) => ({ intent, score })).sort((a, b) => b.score - a.score);
  }
}

interface Posting {
  readonly idf: number;
  readonly documents: Int32Array;
  readonly weights: Float32Array;
}

/** Sublinear term frequency times idf; grams no phrasing has are left out. */
function weigh(counts: ReadonlyMap<string, number>, idfOf: (gram: string) => number | undefined): Vector {
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [g, tf] of counts) {
    const idf = idfOf(g);
    if (!idf) continue;
    const w = (1 + Math.log(tf)) * idf;
    weights.set(g, w);
    norm += w * w;
  }
  return { weights, norm: Math.sqrt(norm) };
}

interface Vector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

/**
 * Spaced words give their 3- and 4-grams inside boundary marks ("#code#" → "#co", "cod", …) and
 * themselves; runs of Han or Hangul give single characters and pairs, across the spaces Korean
 * puts in different places ("연동해제" and "연동 해제" share every pair).
 */
function grams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (g: string) => counts.set(g, (counts.get(g) ?? 0) + 1);
  // "alipay business里的余额" → "alipay business 里的余额": each script's run on its own.
  const words = normalize(text)
    .replace(/[\p{Script=Han}\p{Script=Hangul}]+/gu, ' $& ')
    .split(' ')
    .filter(Boolean);
  const unspaced = words.filter((w) => UNSPACED_SCRIPT.test(w)).join('');
  for (const word of words.filter((w) => !UNSPACED_SCRIPT.test(w))) {
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
