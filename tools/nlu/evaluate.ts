import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { localesDir, projectRoot } from '../../bot/config/paths';
import { loadLocaleCatalog } from '../../bot/locales/localeCatalog';
import { INTENT_THRESHOLD, NONE_INTENT, type IntentClassifier } from '../../bot/understanding/intents/intentClassifier';
import { Understanding } from '../../bot/understanding/understanding';
import { loadClassifier } from '../../bot/understanding/intents/modelFile';

/**
 * `npm run eval:nlu`: the classifier against the labelled dev set in test/nlu/dev.jsonl (kept
 * apart from the training utterances): accuracy per language and overall, out-of-scope precision
 * and recall, language identification, the confusions, and the threshold sweep it was chosen from.
 */
export interface DevExample {
  readonly text: string;
  readonly locale: string;
  readonly intent: string;
}

export const devSetPath = (): string => join(projectRoot(), 'test', 'nlu', 'dev.jsonl');

/** Held-out sentences, written fresh per language by other writers and never used to tune anything. */
export const heldOutPaths = (locales: readonly string[]): string[] => locales.map((lng) => join(projectRoot(), 'test', 'nlu', `heldout.${lng}.jsonl`));

export function readDevSet(file: string = devSetPath()): DevExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DevExample);
}

export interface Evaluation {
  readonly overall: number;
  readonly perLanguage: Readonly<Record<string, number>>;
  readonly nonePrecision: number;
  readonly noneRecall: number;
  /** In-scope sentences sent to `none`. */
  readonly inScopeToNone: number;
  readonly languageIdentification: number;
  readonly confusions: ReadonlyArray<{ text: string; locale: string; expected: string; got: string; score: number }>;
}

/** Scores the classifier as the bot uses it: language detected (no hint), then the intent. */
export async function evaluate(classifier: IntentClassifier, examples: readonly DevExample[], threshold = INTENT_THRESHOLD): Promise<Evaluation> {
  let correct = 0;
  let languageCorrect = 0;
  const perLanguage: Record<string, { n: number; ok: number }> = {};
  let noneTrue = 0;
  let noneFound = 0;
  let noneFoundCorrect = 0;
  let inScope = 0;
  let inScopeToNone = 0;
  const confusions: Evaluation['confusions'][number][] = [];
  for (const example of examples) {
    const locale = classifier.detectLanguage(example.text) ?? example.locale;
    if (locale === example.locale) languageCorrect += 1;
    const raw = await classifier.rawGuess(example.text, locale);
    const got = raw.score < threshold ? NONE_INTENT : raw.intent;
    const stats = (perLanguage[example.locale] ??= { n: 0, ok: 0 });
    stats.n += 1;
    if (got === example.intent) {
      correct += 1;
      stats.ok += 1;
    } else {
      confusions.push({ text: example.text, locale: example.locale, expected: example.intent, got, score: Math.round(raw.score * 1000) / 1000 });
    }
    if (example.intent === NONE_INTENT) noneTrue += 1;
    else inScope += 1;
    if (got === NONE_INTENT) {
      noneFound += 1;
      if (example.intent === NONE_INTENT) noneFoundCorrect += 1;
      else inScopeToNone += 1;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    overall: ratio(correct, examples.length),
    perLanguage: Object.fromEntries(Object.entries(perLanguage).map(([lng, s]) => [lng, ratio(s.ok, s.n)])),
    nonePrecision: ratio(noneFoundCorrect, noneFound),
    noneRecall: ratio(noneFoundCorrect, noneTrue),
    inScopeToNone: ratio(inScopeToNone, inScope),
    languageIdentification: ratio(languageCorrect, examples.length),
    confusions,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Accuracy per language, out of scope, language identification and each confusion: the same for every set. */
function printEvaluation(result: Evaluation): void {
  console.log(`intent accuracy overall ${pct(result.overall)}`);
  for (const [lng, accuracy] of Object.entries(result.perLanguage)) console.log(`  ${lng}  ${pct(accuracy)}`);
  console.log(`none precision ${pct(result.nonePrecision)}  recall ${pct(result.noneRecall)}  in-scope sent to none ${pct(result.inScopeToNone)}`);
  console.log(`language identification ${pct(result.languageIdentification)}`);
  console.log(`confusions (${result.confusions.length}):`);
  for (const c of result.confusions) console.log(`  [${c.locale}] ${JSON.stringify(c.text)}  expected ${c.expected}, got ${c.got} (${c.score})`);
}

async function main(): Promise<void> {
  const catalog = loadLocaleCatalog(localesDir());
  const loadStart = performance.now();
  const classifier = loadClassifier(catalog);
  await classifier.warm();
  const loadMs = performance.now() - loadStart;
  const examples = readDevSet();
  const result = await evaluate(classifier, examples);
  console.log(`dev set: ${examples.length} sentences (test/nlu/dev.jsonl), threshold ${INTENT_THRESHOLD}`);
  printEvaluation(result);
  // Speed, against a baseline in the same run: the keyword command check every message already goes through.
  const understanding = new Understanding(catalog.vocabulary, classifier);
  const time = async (fn: (text: string) => unknown, rounds = 20): Promise<number> => {
    const started = performance.now();
    for (let r = 0; r < rounds; r += 1) for (const e of examples) await fn(e.text);
    return (performance.now() - started) / (rounds * examples.length);
  };
  await time((text) => classifier.classify(text), 2);
  const classifyMs = await time((text) => classifier.classify(text));
  const keywordMs = await time((text) => understanding.command(text));
  console.log(
    `model load + warm-up ${loadMs.toFixed(0)} ms; per message: classify ${classifyMs.toFixed(3)} ms, keyword commands ${keywordMs.toFixed(3)} ms (ratio ${(classifyMs / keywordMs).toFixed(1)})`,
  );
  const heldOut = heldOutPaths(catalog.languages).flatMap((file) => readDevSet(file));
  const h = await evaluate(classifier, heldOut);
  console.log(`\nheld-out set: ${heldOut.length} sentences (test/nlu/heldout.<lng>.jsonl, never tuned on)`);
  printEvaluation(h);
  console.log('threshold sweep on the dev set (accuracy, none recall, in-scope to none):');
  for (const threshold of [0.3, 0.4, 0.5, 0.55, 0.6, 0.62, 0.65, 0.7, 0.75, 0.8]) {
    const r = await evaluate(classifier, examples, threshold);
    console.log(`  ${threshold.toFixed(2)}  ${pct(r.overall)}  ${pct(r.noneRecall)}  ${pct(r.inScopeToNone)}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
