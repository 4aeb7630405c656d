import { normalize, UNSPACED_SCRIPT } from '../text';
import type { Corpus } from './intentModel';

/**
 * The training phrasings of one language as character n-gram TF-IDF vectors: the intents whose
 * phrasings are nearest to a text, by cosine. A second opinion beside the NLP.js network, built
 * differently on purpose: n-grams need no tokenizer or stemmer, so they read Chinese and Korean
 * without word boundaries, typos, missing accents and inflections ("desvinculo", "해제하려면")
 * the network's stemmers miss. No library does this small job for six scripts.
 */
export class PhrasingIndex {
  /**
   * Postings packed in flat typed arrays: gram g's documents and weights are
   * `documents[offsets[g]..offsets[g + 1]]`. One array of each per language instead of two per
   * gram (46,000 grams) keeps the heap small, and the whole index can be written at build time and
   * loaded as views of one file (see toBytes / fromBytes) instead of computed at every start.
   */
  private constructor(
    /** Each document's intent, by document number. */
    private readonly intents: readonly string[],
    private readonly norms: Float64Array,
    /** Gram → its number in `idf` and `offsets`. */
    private readonly grams: ReadonlyMap<string, number>,
    private readonly idf: Float64Array,
    private readonly offsets: Int32Array,
    private readonly documents: Int32Array,
    private readonly weights: Float32Array,
  ) {}

  static build(phrasings: Corpus[string]): PhrasingIndex {
    const counted = Object.entries(phrasings).flatMap(([intent, list]) => list.map((text) => ({ intent, grams: grams(text) })));
    const df = new Map<string, number>();
    for (const d of counted) for (const g of d.grams.keys()) df.set(g, (df.get(g) ?? 0) + 1);
    const n = counted.length;
    const idfOf = new Map([...df].map(([g, k]) => [g, Math.log((n + 1) / (k + 1)) + 1]));
    const lists = new Map<string, { documents: number[]; weights: number[] }>();
    const norms = new Float64Array(n);
    counted.forEach((d, document) => {
      const vector = weigh(d.grams, (g) => idfOf.get(g));
      norms[document] = vector.norm;
      for (const [g, w] of vector.weights) {
        const list = lists.get(g) ?? lists.set(g, { documents: [], weights: [] }).get(g)!;
        list.documents.push(document);
        list.weights.push(w);
      }
    });
    const gramList = [...lists.keys()];
    const offsets = new Int32Array(gramList.length + 1);
    gramList.forEach((g, i) => (offsets[i + 1] = offsets[i] + lists.get(g)!.documents.length));
    const documents = new Int32Array(offsets[gramList.length]);
    const weights = new Float32Array(offsets[gramList.length]);
    gramList.forEach((g, i) => {
      documents.set(lists.get(g)!.documents, offsets[i]);
      weights.set(lists.get(g)!.weights, offsets[i]);
    });
    const idf = Float64Array.from(gramList, (g) => idfOf.get(g)!);
    return new PhrasingIndex(
      counted.map((d) => d.intent),
      norms,
      new Map(gramList.map((g, i) => [g, i])),
      idf,
      offsets,
      documents,
      weights,
    );
  }

  /** Every intent sharing a gram with the text, with its nearest phrasing's cosine, best first. */
  nearest(text: string): Array<{ intent: string; score: number }> {
    const query = weigh(grams(text), (g) => {
      const i = this.grams.get(g);
      return i === undefined ? undefined : this.idf[i];
    });
    if (query.norm === 0) return [];
    const dots = new Float64Array(this.norms.length);
    for (const [g, w] of query.weights) {
      const i = this.grams.get(g)!;
      for (let k = this.offsets[i]; k < this.offsets[i + 1]; k++) dots[this.documents[k]] += w * this.weights[k];
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

  /** The index as bytes: a JSON head (intents, grams, sizes), then the typed arrays, each 8-byte aligned. */
  toBytes(): Buffer {
    const head = Buffer.from(JSON.stringify({ intents: this.intents, grams: [...this.grams.keys()] }));
    const arrays = [this.norms, this.idf, this.offsets, this.documents, this.weights];
    const parts: Buffer[] = [Buffer.from(Uint32Array.of(head.length, this.norms.length, this.idf.length, this.documents.length).buffer), pad(head)];
    for (const a of arrays) parts.push(pad(Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
    return Buffer.concat(parts);
  }

  /**
   * The index written by toBytes at the start of `bytes` (which must start 8-byte aligned), its
   * arrays views of them, and how many bytes it took (where the next one starts).
   */
  static fromBytes(bytes: Buffer): { readonly index: PhrasingIndex; readonly size: number } {
    const [headLength, documentCount, gramCount, postingCount] = new Uint32Array(bytes.buffer, bytes.byteOffset, 4);
    let at = 16;
    const head = JSON.parse(bytes.subarray(at, at + headLength).toString()) as { intents: string[]; grams: string[] };
    at += aligned(headLength);
    const view = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number, size: number): T => {
      const array = make(bytes.buffer, bytes.byteOffset + at, length);
      at += aligned(length * size);
      return array;
    };
    const norms = view((b, o, l) => new Float64Array(b, o, l), documentCount, 8);
    const idf = view((b, o, l) => new Float64Array(b, o, l), gramCount, 8);
    const offsets = view((b, o, l) => new Int32Array(b, o, l), gramCount + 1, 4);
    const documents = view((b, o, l) => new Int32Array(b, o, l), postingCount, 4);
    const weights = view((b, o, l) => new Float32Array(b, o, l), postingCount, 4);
    const index = new PhrasingIndex(head.intents, norms, new Map(head.grams.map((g, i) => [g, i])), idf, offsets, documents, weights);
    return { index, size: at };
  }
}

const aligned = (n: number): number => Math.ceil(n / 8) * 8;
const pad = (b: Buffer): Buffer => (b.length % 8 === 0 ? b : Buffer.concat([b, Buffer.alloc(aligned(b.length) - b.length)]));

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
