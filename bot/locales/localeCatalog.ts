import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseVocabulary, type Vocabulary } from './vocabulary';

/**
 * Reads `locales/<lng>/*.json`. Each folder is a language: adding one is a data-only change.
 * `understanding.json` is the vocabulary the bot reads with and `utterances.json` the intent
 * classifier's training phrasings, `glossary.json` the fixed term per concept (none is shown to users); every other
 * file is a group of user-facing messages, nested under its file name (`common.json` → `common.*`).
 */
export interface LocaleCatalog {
  readonly languages: readonly string[];
  readonly messages: Readonly<Record<string, MessageTree>>;
  readonly vocabulary: Readonly<Record<string, Vocabulary>>;
  /** Training phrasings for the intent classifier: language → intent → phrasings. */
  readonly utterances: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

const VOCABULARY_FILE = 'understanding.json';
/** One term per concept, for the glossary test and translators: never shown to users. */
const GLOSSARY_FILE = 'glossary.json';
const UTTERANCES_FILE = 'utterances.json';
const utterancesSchema = z.record(z.string(), z.array(z.string().min(1)).min(1));

export function loadLocaleCatalog(localesDir: string): LocaleCatalog {
  const languages = readdirSync(localesDir)
    .filter((name) => statSync(join(localesDir, name)).isDirectory())
    .sort();
  const messages: Record<string, MessageTree> = {};
  const vocabulary: Record<string, Vocabulary> = {};
  const utterances: Record<string, Record<string, string[]>> = {};
  for (const lng of languages) {
    const dir = join(localesDir, lng);
    const tree: Record<string, MessageTree> = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== GLOSSARY_FILE).sort()) {
      const content = readJson(join(dir, file));
      if (file === VOCABULARY_FILE) vocabulary[lng] = parseVocabulary(content, join(dir, file));
      else if (file === UTTERANCES_FILE) utterances[lng] = parseUtterances(content, join(dir, file));
      else tree[file.slice(0, -'.json'.length)] = content as MessageTree;
    }
    if (!vocabulary[lng]) throw new Error(`locales/${lng} has no ${VOCABULARY_FILE}: copy one from locales/en and translate it.`);
    messages[lng] = tree;
  }
  return { languages, messages, vocabulary, utterances };
}

function parseUtterances(content: unknown, path: string): Record<string, string[]> {
  const parsed = utterancesSchema.safeParse(content);
  if (!parsed.success) throw new Error(`${path} must map each intent id to a list of phrasings (${parsed.error.issues[0]?.message}).`);
  return parsed.data;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}
