import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * What a lexicon file holds: `words[L - 1]` is every word of L UTF-16 units, sorted, joined without
 * separators (fixed width, so a word is found by binary search); `values` is each word's value, one
 * per line, words of length 1 first, in the same order. `source` names what it was computed from.
 */
export interface LexiconTable {
  readonly source: string;
  readonly words: readonly string[];
  readonly values: string;
  /** The value of the empty string, when the library's dictionary has it as a word (NLP.js's Korean one does). */
  readonly empty?: string;
}

/**
 * A large word list with one string per word (NLP.js's Chinese and Korean dictionaries), kept as a
 * few long strings instead of an object with a property per word: such an object holds tens of MB
 * of heap for the process's life (issue 15), the strings a tenth of it. Computed at build time by
 * the library's own code, so the words and values are the library's, and read here.
 */
export class CompactLexicon {
  private constructor(
    private readonly words: readonly string[],
    /** Where each length's words start in the value numbering. */
    private readonly firstOfLength: readonly number[],
    private readonly values: string,
    /** Where each word's value starts in `values` (one more entry than words, for the end). */
    private readonly valueStarts: Int32Array,
    private readonly empty: string | undefined,
  ) {}

  /** The table in `file`, computed by `compile` (and written) when it is missing or from another `source`. */
  static load(file: string, source: string, compile: () => Iterable<readonly [string, string]>): CompactLexicon {
    const stored = readTable(file);
    if (stored?.source === source && Array.isArray(stored.words) && typeof stored.values === 'string') return CompactLexicon.fromTable(stored as LexiconTable);
    const table = CompactLexicon.tableOf(source, compile());
    writeTable(file, table);
    return CompactLexicon.fromTable(table);
  }

  /**
   * Computes and writes the table unless `file` holds it for this `source` (read from its head
   * only): the build makes every table, so the bot never computes one at start.
   */
  static ensure(file: string, source: string, compile: () => Iterable<readonly [string, string]>): void {
    if (existsSync(file) && readHead(file).startsWith(`${JSON.stringify({ source }).slice(0, -1)},`)) return;
    writeTable(file, CompactLexicon.tableOf(source, compile()));
  }

  static tableOf(source: string, entries: Iterable<readonly [string, string]>): LexiconTable {
    const byLength: Array<Array<readonly [string, string]>> = [];
    let empty: string | undefined;
    for (const [word, value] of entries) {
      if (!word) {
        empty = value;
        continue;
      }
      (byLength[word.length - 1] ??= []).push([word, value.replace(/\n/g, ' ')]);
    }
    const buckets = Array.from(byLength, (bucket) => bucket ?? []);
    // Default order: by UTF-16 units, the order `<` compares in.
    for (const bucket of buckets) bucket.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      source,
      words: buckets.map((bucket) => bucket.map(([w]) => w).join('')),
      values: buckets
        .flat()
        .map(([, v]) => v)
        .join('\n'),
      ...(empty === undefined ? {} : { empty }),
    };
  }

  static fromTable({ words, values, empty }: LexiconTable): CompactLexicon {
    const firstOfLength = [0];
    words.forEach((bucket, i) => firstOfLength.push(firstOfLength[i] + bucket.length / (i + 1)));
    const valueStarts = new Int32Array(firstOfLength[words.length] + 1);
    let id = 0;
    for (let at = 0; id < valueStarts.length - 1; id++) {
      valueStarts[id] = at;
      at = values.indexOf('\n', at) + 1;
    }
    valueStarts[id] = values.length + 1;
    return new CompactLexicon(words, firstOfLength, values, valueStarts, empty);
  }

  has(word: string): boolean {
    return this.valueOf(word) !== undefined;
  }

  /** The word's value ("" when it has none), or undefined when it is not a word of the lexicon. */
  valueOf(word: string): string | undefined {
    if (word === '') return this.empty;
    const id = this.idOf(word);
    return id === undefined ? undefined : this.values.slice(this.valueStarts[id], this.valueStarts[id + 1] - 1);
  }

  /** The word's number in the value list, by binary search among the words of its length. */
  private idOf(word: string): number | undefined {
    const length = word.length;
    const bucket = length > 0 ? this.words[length - 1] : undefined;
    if (!bucket) return undefined;
    let low = 0;
    let high = bucket.length / length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const candidate = bucket.slice(mid * length, mid * length + length);
      if (candidate === word) return this.firstOfLength[length - 1] + mid;
      if (candidate < word) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }
}

/** Written whole or not at all (a temporary file renamed into place): an interrupted build or two instances building at once leave no half table. */
function writeTable(file: string, table: LexiconTable): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(table));
  renameSync(temporary, file);
}

/** The stored table, or undefined when there is none or it cannot be read (it is then computed again). */
function readTable(file: string): Partial<LexiconTable> | undefined {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<LexiconTable>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A table's `source`: the library and version it is computed from, so an upgrade rebuilds it (and
 * the equivalence tests then compare the ported classes with the new originals).
 */
export function lexiconSource(library: string): string {
  const { version } = JSON.parse(readFileSync(require.resolve(`${library}/package.json`), 'utf8')) as { version: string };
  return `${library}@${version} lexicon ${LAYOUT}`;
}

/** The layout of the table file: changed when the file's shape changes. */
const LAYOUT = 2;

/** The first bytes of a file, where a table's `source` is written first. */
function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(256);
    return head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
