import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../bot/config/paths';
import { createAnswerCatalogue } from '../../dialogs/catalogue';
import { testConversation } from '../support/fixtures';

/**
 * Factual questions (test/knowledge/README.md): each is the first message of a new conversation,
 * sent through the production middleware; the transcript's message keys tell what the bot did.
 */

export interface QuestionCase {
  readonly q: string;
  /** Every unit whose answer states the asked fact; empty when the articles do not say. */
  readonly units: readonly string[];
}

/** What the first reply did with the question. */
export type Verdict =
  /** Stated the asked fact. */
  | 'stated'
  /** Stated another fact (a different unit's answer), and not the asked one. */
  | 'wrongFact'
  /** Offered the closest answers, or said the articles do not say and offered a person. */
  | 'offered'
  /** Started a procedure instead of answering. */
  | 'startedProcedure'
  /** Went to a person (a request for one, a frozen account): right only when the articles do not say. */
  | 'escalated'
  /** Anything else: "didn't understand", a greeting, an escalation. */
  | 'other';

export interface QuestionResult {
  readonly verdict: Verdict;
  /** Correct: the fact when the articles state it; no fact and an offer when they do not. */
  readonly ok: boolean;
  readonly said: readonly string[];
}

const units = createAnswerCatalogue();
const answerKeys = new Map<string, string>([...units.values()].map((u) => [u.answerKey, u.id]));

/** Dev questions the bot still gets wrong, by language: the ratchet (see knowledge.conversation.test.ts). */
export const KNOWN_MISSES_FILE = join(projectRoot(), 'test', 'knowledge', 'known-misses.json');

export function knownMisses(locale: string): ReadonlySet<string> {
  const all = JSON.parse(readFileSync(KNOWN_MISSES_FILE, 'utf8')) as Record<string, string[]>;
  return new Set(all[locale] ?? []);
}

export type QuestionSet = 'dev' | 'heldout' | 'silent';

export function loadQuestions(set: QuestionSet, locale: string): QuestionCase[] {
  return JSON.parse(readFileSync(join(projectRoot(), 'test', 'knowledge', set, `${locale}.json`), 'utf8')) as QuestionCase[];
}

export async function askFirst(c: QuestionCase, locale: string): Promise<QuestionResult> {
  const chat = testConversation(locale);
  await chat.say(c.q);
  const data = (await chat.storedState()).support;
  const said = data.transcript.filter((l) => l.from === 'bot').map((l) => (l as { key?: string }).key ?? '');
  const stated = said.flatMap((key) => answerKeys.get(key) ?? []);
  const verdict: Verdict = stated.some((id) => c.units.includes(id))
    ? 'stated'
    : stated.length > 0
      ? 'wrongFact'
      : said.includes('common.procedure.starting')
        ? 'startedProcedure'
        : said.includes('common.answer.closest') || said.includes('common.answer.unknown')
          ? 'offered'
          : said.some((key) => key.startsWith('common.escalation.'))
            ? 'escalated'
            : 'other';
  const ok = c.units.length > 0 ? verdict === 'stated' : verdict === 'offered' || verdict === 'escalated';
  return { verdict, ok, said };
}
