import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { StepMeta } from '../../dialogs/types';
import { localesDir, projectRoot } from '../../bot/config/paths';
import { loadLocaleCatalog } from '../../bot/locales/localeCatalog';
import type { IntentClassifier } from '../../bot/understanding/intents/intentClassifier';
import { Understanding } from '../../bot/understanding/understanding';

/**
 * `node --expose-gc dist/tools/nlu/readingCost.js`: what reading a typed answer costs, without the
 * intent model (measured by eval:nlu): the heap the compiled vocabularies of the six languages
 * retain, and the time per message of everything read by words (commands, signals, the step's
 * answer, a side question), over the typed answers of test/answers/dev, median of repeated passes.
 */
const PASSES = 15;

const STEPS: readonly StepMeta[] = [
  { prompt: { key: 'bindCard.openCardList' }, expects: 'yesNo' },
  { prompt: { key: 'move1688ToWorldFirst.askRemainingBalance' }, expects: 'yesNo', asks: 'existence' },
  { prompt: { key: 'accessAlipay.askBuyerOrSeller' }, expects: 'choice' },
];

/** The reader never calls the classifier: a step's answer is read by words only. */
const noClassifier = {} as IntentClassifier;

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run with node --expose-gc so the retained heap can be measured.');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function main(): void {
  const catalog = loadLocaleCatalog(localesDir());
  const texts = catalog.languages.flatMap((locale) =>
    (JSON.parse(readFileSync(join(projectRoot(), 'test', 'answers', 'dev', `${locale}.json`), 'utf8')) as Array<{ text: string }>).map((c) => ({
      locale,
      text: c.text,
    })),
  );
  const before = heapAfterGc();
  const understanding = new Understanding(catalog.vocabulary, noClassifier);
  const readAll = (): void => {
    texts.forEach(({ locale, text }, i) => {
      understanding.command(text);
      understanding.signals(text, undefined, locale);
      understanding.read(text, locale, STEPS[i % STEPS.length], []);
      understanding.sideQuestion(text, locale);
    });
  };
  readAll();
  const retained = heapAfterGc() - before;
  const perMessage: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const start = performance.now();
    readAll();
    perMessage.push((performance.now() - start) / texts.length);
  }
  perMessage.sort((a, b) => a - b);
  console.log(
    `${texts.length} typed answers, ${PASSES} passes: per message ${perMessage[Math.floor(PASSES / 2)].toFixed(3)} ms (median; min ${perMessage[0].toFixed(3)}), vocabularies retain ${(retained / 1024 / 1024).toFixed(1)} MB`,
  );
}

main();
