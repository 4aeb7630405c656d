import type { IntentClassifier } from '../../bot/understanding/intents/intentClassifier';
import { loadClassifier } from '../../bot/understanding/intents/modelFile';
import { MemoryOutcomeLog } from '../../bot/outcomes/outcomeLog';
import { MemoryStorage, TestAdapter, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { AgentHub } from '../../bot/handoff/hub/agentHub';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startBotApp, type BotApp } from '../../bot/app';
import { assembleBot, type BotAppOptions } from '../../bot/assembleBot';
import { conversationStateKey } from '../../bot/botframework/supportBot';
import type { EscalationRequest } from '../../bot/contracts/escalationPort';
import type { ConversationData } from '../../bot/contracts/conversationData';
import { loadConfig } from '../../bot/config/config';
import { localesDir, projectRoot } from '../../bot/config/paths';
import { loadLocaleCatalog, type LocaleCatalog } from '../../bot/locales/localeCatalog';
import { privacyFilterFor, type PrivacyFilter } from '../../bot/privacy/privacyFilter';
import { PARAGRAPH } from '../../bot/botframework/activityRenderer';
import { createTranslator } from '../../bot/locales/translator';
import { BuiltInRecognizers } from '../../bot/understanding/builtInRecognizers';
import { Understanding } from '../../bot/understanding/understanding';
import type { StepMeta } from '../../dialogs/types';

/** Shared, read-only test fixtures: loading locales and warming recognizers once per test file. */

let catalog: LocaleCatalog | undefined;

/**
 * A model built once per jest worker (see workerEnvironment.ts), or once per file when the
 * environment is another one. Models built by an earlier file are used as they are: they hold no
 * conversation state.
 */
function workerShared<T>(key: string, build: () => T): T {
  const shared = (globalThis as { __workerShared?: Map<string, unknown> }).__workerShared ?? fileShared;
  if (!shared.has(key)) shared.set(key, build());
  return shared.get(key) as T;
}
const fileShared = new Map<string, unknown>();

export function testCatalog(): LocaleCatalog {
  catalog ??= loadLocaleCatalog(localesDir());
  return catalog;
}

/** Every language the bot speaks: the folders of locales/ (a new language is covered by being there). */
export const LOCALES: readonly string[] = testCatalog().languages;

/** What a user types in the conversation tests, per language (test/support/typed/<lng>.json; none of it is a button label). */
export interface TypedPhrasings {
  readonly codeAgeValid: string;
  readonly codeAgeExpired: string;
  readonly frozen: string;
  readonly greeting: string;
  readonly whatIsAlipay: string;
  readonly fees: string;
  readonly deleteCard: string;
  readonly whereWasI: string;
  readonly frozenInWords: string;
  /** Still at the step: "hang on, I'm still looking for it". */
  readonly holdOn: string;
}

export function typedBy(locale: string): TypedPhrasings {
  const file = join(projectRoot(), 'test', 'support', 'typed', `${locale}.json`);
  if (!existsSync(file)) throw new Error(`No typed phrasings for "${locale}": add ${file} (the same keys as en.json, in ${locale}).`);
  return JSON.parse(readFileSync(file, 'utf8')) as TypedPhrasings;
}

/** A fixed clock, so "20 minutes ago" means the same in every run. */
export const FIXED_NOW = new Date('2026-11-22T10:00:00');

/** The privacy filter as the app builds it: every language's password lead-ins. */
export function testPrivacy(): PrivacyFilter {
  return privacyFilterFor(testCatalog());
}

/** The trained intent model (jest's global setup trains it when the utterances changed), loaded once per worker. */
export function testClassifier(): IntentClassifier {
  return workerShared('classifier', () => loadClassifier(testCatalog()));
}

/**
 * NLP.js loads its Chinese dictionary with `require` on first use: that must happen while the
 * file that built the shared classifier still runs (a later file would call a finished file's
 * `require`). So every test file that loads these fixtures warms it before its tests; only the
 * first one in a worker does any work.
 */
// Outside jest (npm run eval:knowledge, transcripts:record) there is no beforeAll and no worker to share with.
if (typeof beforeAll === 'function') beforeAll(() => testClassifier().warm());

/** The number, yes/no and time recognizers, their models built once per worker. */
export function testRecognizers(): BuiltInRecognizers {
  return workerShared('recognizers', () => new BuiltInRecognizers());
}

/** A yes/no step with its two buttons, as the reader gets it. */
export const yesNoStep: { step: StepMeta; choices: Array<{ id: string; label: string }> } = {
  step: { prompt: { key: 'common.menu.prompt' }, expects: 'yesNo', choices: [] },
  choices: [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
  ],
};

export function testUnderstanding(): Understanding {
  return new Understanding(testCatalog().vocabulary, testClassifier(), () => FIXED_NOW, testRecognizers());
}

/**
 * The translator, taking any string: tests also read keys from their data files (scripts, question
 * sets); a key that does not exist shows up as the key itself, which their assertions reject.
 */
export function translate(locale: string): (key: string, params?: Readonly<Record<string, unknown>>) => string {
  return createTranslator(testCatalog(), 'en').forLocale(locale) as (key: string, params?: Readonly<Record<string, unknown>>) => string;
}

/** Collects log lines so tests can assert what reached the log. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(chunk.toString('utf8'));
    done();
  }
  get text(): string {
    return this.lines.join('');
  }
}

export async function startTestApp(overrides: Partial<BotAppOptions> & { env?: Record<string, string> } = {}): Promise<BotApp> {
  // Escalations end as recorded tickets unless a test asks for the agent hub or the handoff protocol.
  const config = loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'info', HANDOFF_MODE: 'record', ...overrides.env }, testCatalog().languages);
  return startBotApp({
    config,
    catalog: testCatalog(),
    // STORAGE=postgres brings its own (the database's), as in production.
    ...(overrides.env?.STORAGE === 'postgres' ? {} : { storage: new MemoryStorage() }),
    now: () => FIXED_NOW,
    logDestination: new LogCapture(),
    classifier: testClassifier(),
    recognizers: testRecognizers(),
    ...overrides,
  });
}

interface CardJson {
  body?: Array<{ type: string; text?: string; isSubtle?: boolean; weight?: string; actions?: Array<{ title?: string }> }>;
  actions?: Array<{ type: string; title?: string; data?: unknown }>;
}

/** The Adaptive Card attached to a message, if any. */
export function cardOf(activity: Partial<Activity>): CardJson | undefined {
  return activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content as CardJson | undefined;
}

/** What the user reads, paragraph by paragraph: the text, then the card's question (not its step hint). */
export function paragraphs(activity: Partial<Activity>): string[] {
  const text = activity.text ? activity.text.split(PARAGRAPH) : [];
  const card = (cardOf(activity)?.body ?? []).filter((b) => b.type === 'TextBlock' && !b.isSubtle && b.weight !== 'Bolder').map((b) => b.text ?? '');
  return [...text, ...card];
}

/** The buttons the user sees: card actions, or suggested actions on text-only channels. */
export function buttons(activity: Partial<Activity>): string[] {
  const card = cardOf(activity);
  if (card) {
    const inBody = (card.body ?? []).filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions ?? []);
    return [...inBody, ...(card.actions ?? [])].map((a) => a.title ?? '');
  }
  return activity.suggestedActions?.actions.map((a) => a.title) ?? [];
}

/** A bot on botbuilder's TestAdapter with the production middleware, and a way to talk to it. */
export interface TestConversation {
  /** Sends one message and returns the paragraphs of the bot's reply (one activity per turn). */
  say(text: string, extra?: Partial<Activity>): Promise<string[]>;
  /** Sends any activity and returns the bot's activities. */
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  readonly adapter: TestAdapter;
  readonly storage: MemoryStorage;
  readonly escalations: EscalationRequest[];
  /** How each procedure ended, as the support desk's outcome log receives it. */
  readonly outcomes: MemoryOutcomeLog;
  readonly logs: LogCapture;
  /** The agent hub, with HANDOFF_MODE=hub; what it tells the user lands in the adapter's queue. */
  readonly hub: AgentHub | undefined;
  /** The stored conversation state, exactly as saved (fails when nothing was saved). */
  storedState(): Promise<{ support: ConversationData }>;
}

export interface ConversationOptions {
  readonly conversationId?: string;
  readonly channelId?: string;
  readonly conversationType?: 'personal' | 'groupChat' | 'channel';
  /** Makes escalations this slow, to see what a slow turn looks like. */
  readonly escalationDelayMs?: number;
  /** Writes Emulator transcripts there. */
  readonly transcriptsDir?: string;
  /** More configuration (e.g. HANDOFF_MODE). */
  readonly env?: Record<string, string>;
  /** The clock (FIXED_NOW when not given); a test that moves it can see timeouts. */
  readonly now?: () => Date;
}

export function testConversation(locale: string | undefined, options: ConversationOptions = {}): TestConversation {
  const { conversationId = 'conv-1', channelId = 'test', conversationType = 'personal' } = options;
  const storage = new MemoryStorage();
  const escalations: EscalationRequest[] = [];
  const outcomes = new MemoryOutcomeLog();
  const logs = new LogCapture();
  const config = loadConfig(
    {
      STORAGE: 'memory',
      LOG_LEVEL: 'debug',
      HANDOFF_MODE: 'record',
      ...(options.transcriptsDir ? { TRANSCRIPTS_DIR: options.transcriptsDir } : {}),
      ...options.env,
    },
    testCatalog().languages,
  );
  const hubMode = options.env?.HANDOFF_MODE === 'hub';
  const { bot, middleware, hub, proactive } = assembleBot({
    config,
    catalog: testCatalog(),
    storage,
    now: options.now ?? (() => FIXED_NOW),
    logDestination: logs,
    outcomes,
    classifier: testClassifier(),
    recognizers: testRecognizers(),
    // With the agent hub, messages left are its tickets; otherwise they are collected here.
    ...(hubMode
      ? {}
      : {
          escalation: {
            escalate: async (request: EscalationRequest) => {
              if (options.escalationDelayMs) await new Promise((resolve) => setTimeout(resolve, options.escalationDelayMs));
              escalations.push(request);
              return { id: `T${escalations.length}` };
            },
          },
        }),
  });
  // TestAdapter has no continueConversation: run the same continuation activity through its middleware.
  proactive.attach(async (address, event) => {
    const continuation = TurnContext.applyConversationReference(
      { type: 'event', name: 'ContinueConversation' },
      address as Partial<ConversationReference>,
      true,
    );
    await adapter.processActivity(continuation, (context) => bot.deskEvent(context, event));
  });
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId,
    conversation: { id: conversationId, isGroup: conversationType !== 'personal', conversationType, name: '' },
    from: { id: 'user-1', name: 'User', role: 'user' },
    recipient: { id: 'bot', name: 'Bot', role: 'bot' },
    ...(locale ? { locale } : {}),
  });
  for (const m of middleware) adapter.use(m);
  const send = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    await adapter.receiveActivity({ type: 'message', ...(locale ? { locale } : {}), ...activity });
    return adapter.activeQueue.splice(0);
  };
  return {
    // Messages only: a slow turn may also show "typing…".
    say: async (text, extra) => (await send({ text, ...extra })).filter((a) => a.type === 'message').flatMap(paragraphs),
    send,
    adapter,
    storage,
    escalations,
    outcomes,
    logs,
    hub,
    storedState: async () => {
      const key = conversationStateKey(channelId, conversationId);
      const item = (await storage.read([key]))[key];
      if (!item) throw new Error(`no conversation state saved under ${key}`);
      return item as { support: ConversationData };
    },
  };
}
