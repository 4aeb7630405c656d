import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createAnswerCatalogue, createCatalogue } from '../../../dialogs/catalogue';
import { projectRoot } from '../../config/paths';
import type { LocaleCatalog } from '../../locales/localeCatalog';
import { IntentClassifier } from './intentClassifier';
import { ChineseWords } from './chineseWords';
import { KoreanWords } from './koreanWords';
import { PhrasingIndex } from './phrasingIndex';
import { corpusHash, modelHash, trainModel, type Corpus, type TrainedModel } from './intentModel';

/**
 * Where the trained model lives (a build artefact, next to the compiled code) and how it is read,
 * trained when stale, and turned into a classifier for the catalog's languages.
 */
export const modelPath = (): string => join(projectRoot(), 'dist', 'model', 'intents.json');

/** The phrasing indexes (PhrasingIndex), written beside the model: computing them took ~0.7 s of every start. */
export const phrasingsPath = (modelFile: string = modelPath()): string => modelFile.replace(/\.json$/, '.phrasings.bin');

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
  if (!phrasingIndexesFor(catalog.utterances, phrasingsPath(file))) writePhrasingIndexes(catalog.utterances, phrasingsPath(file));
  ChineseWords.ensure();
  KoreanWords.ensure();
  const existing = readModel(file);
  const corpus = trainingCorpus(catalog);
  if (existing?.corpusHash === modelHash(corpus)) return false;
  const model = await trainModel(corpus);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(model));
  return true;
}

/** One file: the phrasings' hash and languages in a JSON head, then each language's index (PhrasingIndex.toBytes). */
function writePhrasingIndexes(phrasings: Corpus, file: string): void {
  const languages = Object.keys(phrasings);
  const head = Buffer.from(JSON.stringify({ hash: corpusHash(phrasings), languages }).padEnd(HEAD_BYTES - 4));
  const indexes = languages.map((lng) => PhrasingIndex.build(phrasings[lng]).toBytes());
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, Buffer.concat([Buffer.from(Uint32Array.of(head.length).buffer), head, ...indexes]));
}

/** The indexes file's bytes when it was written for exactly these phrasings (its head says), else undefined. */
function phrasingIndexesFor(
  phrasings: Corpus,
  file: string,
): { readonly bytes: Buffer; readonly languages: readonly string[]; readonly start: number } | undefined {
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  const headLength = bytes.readUInt32LE(0);
  const head = JSON.parse(bytes.subarray(4, 4 + headLength).toString()) as { hash: string; languages: string[] };
  return head.hash === corpusHash(phrasings) ? { bytes, languages: head.languages, start: 4 + headLength } : undefined;
}

/** The indexes written for exactly these phrasings, or undefined (no file, or other phrasings). */
function readPhrasingIndexes(phrasings: Corpus, file: string): ReadonlyMap<string, PhrasingIndex> | undefined {
  const written = phrasingIndexesFor(phrasings, file);
  if (!written) return undefined;
  // Typed-array views need their offset 8-byte aligned: copied into a buffer of its own when the file came back unaligned.
  const all = written.bytes.byteOffset % 8 === 0 ? written.bytes : Buffer.from(new Uint8Array(written.bytes).buffer);
  const indexes = new Map<string, PhrasingIndex>();
  let at = written.start;
  for (const lng of written.languages) {
    const { index, size } = PhrasingIndex.fromBytes(all.subarray(at));
    indexes.set(lng, index);
    at += size;
  }
  return indexes;
}

/** The head is padded to this size, so the indexes after it start 8-byte aligned. */
const HEAD_BYTES = 4096;

export class ModelMissingError extends Error {
  override readonly name = 'ModelMissingError';
}

/** The classifier, from a model trained on exactly these utterances. */
export function loadClassifier(catalog: LocaleCatalog, defaultLocale = 'en', file: string = modelPath()): IntentClassifier {
  const model = readModel(file);
  if (!model) throw new ModelMissingError(`No intent model at ${file}. Fix: run \`npm run train\` (npm start and npm test do it for you).`);
  const corpus = trainingCorpus(catalog);
  if (model.corpusHash !== modelHash(corpus)) {
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
  const answers = createAnswerCatalogue();
  const catalogue = createCatalogue();
  const facts = new Set(answers.keys());
  const procedures = new Set(catalogue.keys());
  const tasksOf = new Map(
    [...answers.values()].map((u) => [u.id, new Set([u.relatedProcedure, ...[...catalogue.values()].filter((d) => d.product === u.product).map((d) => d.id)])]),
  );
  const neighbours = readPhrasingIndexes(catalog.utterances, phrasingsPath(file));
  return new IntentClassifier(model, corpus, profiles, {
    defaultLocale,
    phrasings: catalog.utterances,
    ...(neighbours ? { neighbours } : {}),
    facts,
    procedures,
    tasksOf,
  });
}
