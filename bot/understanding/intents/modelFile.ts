import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createAnswerCatalogue, createCatalogue } from '../../../dialogs/catalogue';
import { projectRoot } from '../../config/paths';
import type { LocaleCatalog } from '../../locales/localeCatalog';
import { IntentClassifier } from './intentClassifier';
import { corpusHash, trainModel, type Corpus, type TrainedModel } from './intentModel';

/**
 * Where the trained model lives (a build artefact, next to the compiled code) and how it is read,
 * trained when stale, and turned into a classifier for the catalog's languages.
 */
export const modelPath = (): string => join(projectRoot(), 'dist', 'model', 'intents.json');

export function readModel(file: string = modelPath()): TrainedModel | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TrainedModel) : undefined;
}

/**
 * What the model learns from: each language's utterances, plus the words its vocabulary already
 * lists for procedures, answers, commands and greetings (short phrases people also type alone).
 */
export function trainingCorpus(catalog: LocaleCatalog): Corpus {
  const corpus: Record<string, Record<string, string[]>> = {};
  for (const lng of catalog.languages) {
    const intents: Record<string, string[]> = Object.fromEntries(Object.entries(catalog.utterances[lng] ?? {}).map(([intent, list]) => [intent, [...list]]));
    const v = catalog.vocabulary[lng];
    const add = (intent: string, phrases: readonly string[]) => {
      const list = (intents[intent] ??= []);
      for (const phrase of phrases.map((p) => p.replace(/\*$/, ''))) if (!list.includes(phrase)) list.push(phrase);
    };
    for (const [id, phrases] of [...Object.entries(v.procedures), ...Object.entries(v.answers)]) add(id, phrases);
    add('human_agent', v.commands.human);
    add('account_frozen', v.commands.frozen);
    add('cancel', v.commands.cancel);
    add('help', v.commands.menu);
    add('greeting', v.greetings);
    corpus[lng] = intents;
  }
  return corpus;
}

/** Trains only when the utterances changed since the model was built; returns whether it trained. */
export async function trainIfStale(catalog: LocaleCatalog, file: string = modelPath()): Promise<boolean> {
  const existing = readModel(file);
  const corpus = trainingCorpus(catalog);
  if (existing?.corpusHash === corpusHash(corpus)) return false;
  const model = await trainModel(corpus);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(model));
  return true;
}

export class ModelMissingError extends Error {
  override readonly name = 'ModelMissingError';
}

/** The classifier, from a model trained on exactly these utterances. */
export function loadClassifier(catalog: LocaleCatalog, defaultLocale = 'en', file: string = modelPath()): IntentClassifier {
  const model = readModel(file);
  if (!model) throw new ModelMissingError(`No intent model at ${file}. Fix: run \`npm run train\` (npm start and npm test do it for you).`);
  const corpus = trainingCorpus(catalog);
  if (model.corpusHash !== corpusHash(corpus)) {
    throw new ModelMissingError(
      `The intent model at ${file} was trained on other utterances than locales/*/utterances.json and understanding.json. Fix: run \`npm run train\`.`,
    );
  }
  const profiles = catalog.languages.map((lng) => ({
    locale: lng,
    script: catalog.vocabulary[lng].script,
    hints: catalog.vocabulary[lng].languageHints,
    taskCues: catalog.vocabulary[lng].taskCues,
  }));
  const facts = new Set(createAnswerCatalogue().keys());
  const procedures = new Set(createCatalogue().keys());
  return new IntentClassifier(model, corpus, profiles, { defaultLocale, phrasings: catalog.utterances, facts, procedures });
}
