import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnswerCatalogue, createCatalogue, FEEDBACK } from '../../dialogs/catalogue';
import { procedurePosition, sendToProcedure, startProcedure, type PersistedProcedure, type RunnableProcedure } from '../../dialogs/runner';
import type { FinalMeta, ProcedureEvent, StepMeta } from '../../dialogs/types';
import type { ConversationData } from '../../bot/contracts/conversationData';
import { projectRoot } from '../../bot/config/paths';
import { testConversation, translate, type TestConversation } from '../support/fixtures';

/**
 * Typed-answer cases (test/answers/README.md): each puts a conversation on one step, sends the
 * text through the production middleware, and checks what the step received and what else happened.
 */

export interface AnswerCase {
  readonly class: string;
  readonly procedure: string;
  readonly step: string;
  readonly text: string;
  readonly expect: {
    readonly answer: string;
    readonly escalate?: string;
    readonly cancel?: boolean;
    readonly language?: string;
    readonly answers?: string;
    readonly secret?: string;
    /** Answers of the steps after, told in the same message ("yes i can log in, nothing is frozen": `then: ["no"]`). */
    readonly then?: readonly string[];
  };
}

export interface CaseResult {
  readonly ok: boolean;
  /** What went wrong, for the report: "answer: expected no, got yes". */
  readonly problems: readonly string[];
  /** What the step received, as `yes`, `choice:forgot`, `stays`, `ended:<step>`. */
  readonly got: string;
  /** The message keys the bot replied with, for reading a miss. */
  readonly said: readonly string[];
}

const catalogue = createCatalogue();
const answersCatalogue = createAnswerCatalogue();
const SHORT_PROCEDURE = 'taobao_change_alipay';

/** Dev cases the reader still gets wrong, by language: the ratchet (see answers.conversation.*.test.ts). */
export const KNOWN_MISSES_FILE = join(projectRoot(), 'test', 'answers', 'known-misses.json');

export function knownMisses(locale: string): ReadonlySet<string> {
  const all = JSON.parse(readFileSync(KNOWN_MISSES_FILE, 'utf8')) as Record<string, string[]>;
  return new Set(all[locale] ?? []);
}

export function loadCases(set: 'dev' | 'heldout', locale: string): AnswerCase[] {
  return JSON.parse(readFileSync(join(projectRoot(), 'test', 'answers', set, `${locale}.json`), 'utf8')) as AnswerCase[];
}

function runnable(id: string): RunnableProcedure {
  if (id === 'feedback') return FEEDBACK;
  const definition = catalogue.get(id);
  if (!definition) throw new Error(`unknown procedure ${id}`);
  return definition;
}

/** The events a step can take, to find a path to any step. */
function eventsFor(meta: StepMeta): ProcedureEvent[] {
  const choices = (meta.choices ?? []).map((c) => ({ type: 'answer.choice' as const, choice: c.id }));
  if (meta.expects === 'yesNo') return [{ type: 'answer.yes' }, { type: 'answer.no' }];
  if (meta.expects === 'duration') return [...choices, { type: 'answer.duration', minutes: 20 }];
  return choices;
}

/** The shortest list of answers from the start of a procedure to `step` (breadth first). */
function pathTo(definition: RunnableProcedure, step: string): ProcedureEvent[] {
  const first = startProcedure(definition);
  const queue: Array<{ persisted: PersistedProcedure; path: ProcedureEvent[] }> = [{ persisted: first.persisted, path: [] }];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { persisted, path } = queue.shift()!;
    const position = procedurePosition(definition, persisted);
    if (position.stepId === step && position.status === 'waiting') return path;
    if (position.status !== 'waiting' || seen.has(position.stepId)) continue;
    seen.add(position.stepId);
    for (const event of eventsFor(position.meta)) {
      const next = sendToProcedure(definition, persisted, event);
      if (next.accepted) queue.push({ persisted: next.persisted, path: [...path, event] });
    }
  }
  throw new Error(`no path to ${definition.id}/${step}`);
}

/** What a user types to give `event` (the button's label, or "20" for a duration). */
function typed(event: ProcedureEvent, meta: StepMeta, locale: string): string {
  const t = translate(locale);
  if (event.type === 'answer.yes') return t('common.choice.yes');
  if (event.type === 'answer.no') return t('common.choice.no');
  if (event.type === 'answer.duration') return String(event.minutes);
  if (event.type === 'answer.choice') return t(meta.choices!.find((c) => c.id === event.choice)!.labelKey);
  throw new Error(`cannot type ${event.type}`);
}

/** Stored conversation states on a step, built once per language and step by pressing the buttons. */
const onStep = new Map<string, Record<string, unknown>>();

async function stateOnStep(locale: string, procedure: string, step: string): Promise<Record<string, unknown>> {
  const key = `${locale}/${procedure}/${step}`;
  const cached = onStep.get(key);
  if (cached) return structuredClone(cached);
  const chat = testConversation(locale);
  const t = translate(locale);
  const target = procedure === 'feedback' ? SHORT_PROCEDURE : procedure;
  const definition = runnable(target);
  await chat.say(t(catalogue.get(target)!.titleKey));
  let persisted = startProcedure(definition).persisted;
  const path = procedure === 'feedback' ? [...pathToSolved(definition), ...pathTo(FEEDBACK, step)] : pathTo(definition, step);
  let inFeedback = false;
  for (const event of path) {
    const current = inFeedback ? FEEDBACK : definition;
    const position = procedurePosition(current, persisted);
    if (position.status !== 'waiting') throw new Error(`${key}: path left the procedure`);
    await chat.say(typed(event, position.meta, locale));
    const next = sendToProcedure(current, persisted, event);
    persisted = next.persisted;
    if (next.position.status === 'done' && !inFeedback) {
      inFeedback = true;
      persisted = startProcedure(FEEDBACK).persisted;
    }
  }
  const state = (await chat.storage.read([storageKey()]))[storageKey()] as Record<string, unknown>;
  onStep.set(key, structuredClone(state));
  return state;
}

function pathToSolved(definition: RunnableProcedure): ProcedureEvent[] {
  // taobao_change_alipay: three "yes" end it solved.
  const path: ProcedureEvent[] = [];
  let persisted = startProcedure(definition).persisted;
  while (procedurePosition(definition, persisted).status === 'waiting') {
    path.push({ type: 'answer.yes' });
    persisted = sendToProcedure(definition, persisted, { type: 'answer.yes' }).persisted;
  }
  return path;
}

const storageKey = () => 'test/conversations/conv-1/';

type OutcomeRow = { procedureId: string; outcome: string; step: string; solved?: boolean | null; rating?: number | null };

/** Where a conversation is: the step of `procedure` it waits on, or how that procedure ended. */
function whereIs(data: ConversationData, procedure: string, records: readonly OutcomeRow[]): string {
  if (procedure === 'feedback') {
    if (data.wrapUp) return `at:${procedurePosition(FEEDBACK, data.wrapUp.persisted).stepId}`;
    const r = records.filter((row) => row.procedureId === SHORT_PROCEDURE).at(-1);
    if (!r) return 'gone';
    if (r.outcome === 'escalated') return 'ended:handedToPerson';
    if (r.rating !== null && r.rating !== undefined) return 'ended:thanked';
    if (r.solved === true) return 'ended:notRated';
    if (r.solved === false) return 'ended:leftUnsolved';
    return 'ended:dropped';
  }
  if (data.procedure?.procedureId === procedure) return `at:${procedurePosition(runnable(procedure), data.procedure).stepId}`;
  // A step that runs another procedure (activate_membership's verifyPhone runs sms_code) waits under it.
  const underSubProcedure = data.paused?.find((p) => p.procedureId === procedure && p.why === 'subProcedure');
  if (underSubProcedure) return `at:${procedurePosition(runnable(procedure), underSubProcedure).stepId}`;
  if (data.wrapUp?.procedureId === procedure) return `ended:${data.wrapUp.finalStep}`;
  const ended = records.filter((r) => r.procedureId === procedure).at(-1);
  // Stopped at a step is "abandoned"; a final step whose outcome is abandoned ("no, I'll come back later") is that step.
  const stoppedMidway = ended?.outcome === 'abandoned' && runnable(procedure).machine.root.states[ended.step]?.type !== 'final';
  return ended ? `ended:${stoppedMidway ? 'abandoned' : ended.step}` : 'gone';
}

/** Where the step goes on `answer` (a case's expectation), computed on the machine itself. */
function expectedPlace(c: AnswerCase, before: PersistedProcedure): string {
  const definition = runnable(c.procedure);
  let [persisted, place] = [before, `at:${c.step}`];
  for (const answer of [c.expect.answer, ...(c.expect.then ?? [])]) {
    const position = procedurePosition(definition, persisted);
    const event = position.status === 'waiting' ? eventOf(answer, position.meta) : undefined;
    if (!event) return place;
    const result = sendToProcedure(definition, persisted, event);
    if (!result.accepted) return place;
    persisted = result.persisted;
    place = result.position.status === 'waiting' ? `at:${result.position.stepId}` : `ended:${result.position.stepId}`;
  }
  return place;
}

/** The event a case's answer sends; at a choice step, yes and no are its choices with those ids or meanings. */
function eventOf(answer: string, step: StepMeta | FinalMeta): ProcedureEvent | undefined {
  const [kind, value] = answer.split(':');
  if ((kind === 'yes' || kind === 'no') && 'expects' in step && step.expects === 'choice') {
    const choice = step.choices?.find((ch) => ch.id === kind) ?? step.choices?.find((ch) => ch.means === kind);
    return choice ? { type: 'answer.choice', choice: choice.id } : undefined;
  }
  if (kind === 'yes') return { type: 'answer.yes' };
  if (kind === 'no') return { type: 'answer.no' };
  if (kind === 'choice') return { type: 'answer.choice', choice: value };
  if (kind === 'duration') return { type: 'answer.duration', minutes: Number(value) };
  if (kind === 'rating') return { type: 'answer.number', value: Number(value) };
  return undefined;
}

export async function runCase(c: AnswerCase, locale: string): Promise<CaseResult> {
  const state = await stateOnStep(locale, c.procedure, c.step);
  const chat: TestConversation = testConversation(locale);
  // The state of another conversation: its handled activity ids are not this one's (TestAdapter counts ids from 0 in each).
  await chat.storage.write({ [storageKey()]: { ...state, handled: [], eTag: '*' } });
  const data0 = (state as { support: ConversationData }).support;
  const before = c.procedure === 'feedback' ? data0.wrapUp!.persisted : data0.procedure!;
  const transcriptBefore = data0.transcript.length;
  const activities = await chat.send({ text: c.text });
  const data = (await chat.storedState()).support;
  const records = (await chat.outcomes.all()) as readonly OutcomeRow[];
  const botKeys = data.transcript
    .slice(transcriptBefore)
    .filter((l) => l.from === 'bot')
    .map((l) => (l as { key?: string }).key ?? '');
  const problems: string[] = [];
  const escalated = chat.escalations.map((e) => e.reason);

  const got = whereIs(data, c.procedure, records);
  const { answer } = c.expect;
  if (c.expect.escalate) {
    if (!escalated.includes(c.expect.escalate as never)) problems.push(`escalate: expected ${c.expect.escalate}, got ${escalated.join(',') || 'none'}`);
  } else if (c.expect.cancel) {
    const abandoned = records.some((r) => r.outcome === 'abandoned');
    if (!abandoned) problems.push(`cancel: expected the procedure stopped, got ${got}`);
  } else {
    if (escalated.length > 0) problems.push(`escalate: expected none, got ${escalated.join(',')}`);
    if (records.some((r) => r.outcome === 'abandoned') && answer !== 'no' && !answer.startsWith('choice')) problems.push('cancel: the procedure was stopped');
    const want = expectedPlace(c, before);
    if (got !== want) problems.push(`answer ${answer}: expected ${want}, got ${got}`);
    if (answer === 'unsure' && !botKeys.some((k) => k.startsWith('common.procedure.notSure'))) problems.push('unsure: no help or person offered');
    if (answer.startsWith('rating:')) {
      const rated = records.filter((r) => r.procedureId === SHORT_PROCEDURE).at(-1)?.rating;
      if (rated !== Number(answer.split(':')[1])) problems.push(`rating: expected ${answer}, got ${rated}`);
    }
  }
  const wantLocale = c.expect.language ?? locale;
  if (data.locale !== wantLocale) problems.push(`language: expected ${wantLocale}, got ${data.locale}`);
  const replyLocales = activities.filter((a) => a.type === 'message').map((a) => a.locale?.split('-')[0]);
  if (replyLocales.some((l) => l !== wantLocale)) problems.push(`reply locale: expected ${wantLocale}, got ${replyLocales.join(',')}`);
  if (c.expect.answers) {
    const key = answersCatalogue.get(c.expect.answers)?.answerKey;
    if (!key || !botKeys.includes(key)) problems.push(`answers: expected ${c.expect.answers}, said ${botKeys.join(',')}`);
  }
  if (c.expect.secret) {
    const stored = JSON.stringify(await chat.storage.read([storageKey()]));
    const variants = [c.expect.secret, c.expect.secret.replace(/[\s-]/g, '')];
    if (variants.some((s) => stored.includes(s) || chat.logs.text.includes(s))) problems.push(`secret: "${c.expect.secret}" reached storage or logs`);
  }
  return { ok: problems.length === 0, problems, got, said: botKeys };
}

/**
 * The conversation test for `locales` (answers.conversation.*.test.ts): a ratchet. The cases the
 * reader still gets wrong are listed in known-misses.json and run as `test.failing`, so a fix that
 * makes one pass fails until it is taken off the list (`npm run eval:answers -- --set dev
 * --write-known-misses`), and a regression fails at once. Split over two files so two jest workers
 * share the ~1,000 conversations.
 */
export function describeTypedAnswers(locales: readonly string[]): void {
  describe.each(locales)('typed answers in %s', (locale) => {
    const misses = knownMisses(locale);
    for (const c of loadCases('dev', locale)) {
      const run = misses.has(c.text) ? test.failing : test;
      run(`${c.class}: ${c.procedure}/${c.step} "${c.text}"`, async () => {
        expect((await runCase(c, locale)).problems).toEqual([]);
      });
    }
  });
}
