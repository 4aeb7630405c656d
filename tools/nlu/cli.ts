import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { localesDir } from '../../bot/config/paths';
import { loadLocaleCatalog } from '../../bot/locales/localeCatalog';
import type { IntentClassifier } from '../../bot/understanding/intents/intentClassifier';
import { loadClassifier } from '../../bot/understanding/intents/modelFile';

/**
 * `npm run --silent nlu -- --text "..." [--locale xx]` prints one JSON line
 * `{"text","locale","intent","score"}`; with `--batch` it reads JSON lines `{"text","locale"?}`
 * from stdin and writes one result line per input, in order. `locale` is the language detected
 * (or given).
 */
export const USAGE = 'usage: npm run --silent nlu -- --text "..." [--locale xx] | --batch < lines.jsonl';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

interface Options {
  readonly text?: string;
  readonly locale?: string;
  readonly batch: boolean;
}

export function parseArgs(args: readonly string[]): Options {
  const options: { text?: string; locale?: string; batch: boolean } = { batch: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--batch') options.batch = true;
    else if (arg === '--text' || arg === '--locale') {
      const value = args[i + 1];
      if (value === undefined) throw new UsageError(`${arg} needs a value. ${USAGE}`);
      options[arg === '--text' ? 'text' : 'locale'] = value;
      i += 1;
    } else throw new UsageError(`unknown argument ${JSON.stringify(arg)}. ${USAGE}`);
  }
  if (options.batch === (options.text !== undefined)) throw new UsageError(`give either --text or --batch. ${USAGE}`);
  return options;
}

export async function runCli(
  classifier: IntentClassifier,
  args: readonly string[],
  io: { readonly stdin: Readable; readonly stdout: Writable },
): Promise<void> {
  const options = parseArgs(args);
  const checkLocale = (locale: string | undefined) => {
    if (locale !== undefined && !classifier.languages.includes(locale)) {
      throw new UsageError(`unknown locale ${JSON.stringify(locale)}: one of ${classifier.languages.join(', ')}.`);
    }
    return locale;
  };
  const write = (line: unknown) => io.stdout.write(`${JSON.stringify(line)}\n`);
  if (!options.batch) {
    write(await classifier.classify(options.text!, { locale: checkLocale(options.locale) }));
    return;
  }
  let lineNumber = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (!line.trim()) continue;
    let input: { text?: unknown; locale?: unknown };
    try {
      input = JSON.parse(line) as typeof input;
    } catch {
      throw new UsageError(`line ${lineNumber} is not JSON: ${line.slice(0, 80)}`);
    }
    if (typeof input.text !== 'string') throw new UsageError(`line ${lineNumber} has no "text" string.`);
    const locale = typeof input.locale === 'string' ? checkLocale(input.locale) : undefined;
    write(await classifier.classify(input.text, { locale }));
  }
}

if (require.main === module) {
  (async () => {
    const classifier = loadClassifier(loadLocaleCatalog(localesDir()));
    await classifier.warm();
    await runCli(classifier, process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout });
  })().catch((error: unknown) => {
    console.error(error instanceof Error && error.name !== 'Error' ? error.message : error);
    process.exit(2);
  });
}
