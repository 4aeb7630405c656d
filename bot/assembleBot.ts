import { join } from 'node:path';
import { MemoryStorage, TranscriptLoggerMiddleware, type Middleware, type Storage } from 'botbuilder';
import type pino from 'pino';
import { createAnswerCatalogue, createCatalogue, type ProcedureCatalogue } from '../dialogs/catalogue';
import type { Config } from './config/config';
import { ConversationEngine } from './conversation/conversationEngine';
import { MentionGateMiddleware } from './botframework/mentionGateMiddleware';
import { TypingMiddleware } from './botframework/typingMiddleware';
import { SerialTurnsMiddleware } from './botframework/serialTurnsMiddleware';
import { ProactiveNotifier } from './botframework/proactive';
import { conversationStateKey, deskConversationId, SupportBot } from './botframework/supportBot';
import { DataErasureMiddleware } from './botframework/dataErasureMiddleware';
import { DataRetention } from './retention/dataRetention';
import type { EscalationPort } from './contracts/escalationPort';
import { RecordingEscalationPort } from './handoff/recordingEscalationPort';
import { describeForAgent } from './handoff/forAgent';
import { AgentHub } from './handoff/hub/agentHub';
import { JsonLinesOutcomeLog, MemoryOutcomeLog, type OutcomeLog } from './outcomes/outcomeLog';
import type { IntentClassifier } from './understanding/intents/intentClassifier';
import { loadClassifier } from './understanding/intents/modelFile';
import type { LocaleCatalog } from './locales/localeCatalog';
import { createLogger, type Logger } from './logging/logger';
import { privacyFilterFor, type PrivacyFilter } from './privacy/privacyFilter';
import { PrivacyMiddleware } from './botframework/privacyMiddleware';
import { createTranslator, type Translator } from './locales/translator';
import { FileStorage } from './storage/fileStorage';
import type { TurnLock } from './concurrency/turnLock';
import type { Broadcast } from './concurrency/broadcast';
import { Reminders, type ReminderClock } from './timers/reminderClock';
import { StorageReminderClock } from './timers/storageReminderClock';
import { ConversationRecords } from './botframework/conversationRecords';
import { FileTranscriptStore } from './storage/fileTranscriptStore';
import type { BuiltInRecognizers } from './understanding/builtInRecognizers';
import { Understanding } from './understanding/understanding';

export interface BotAppOptions {
  readonly config: Config;
  readonly catalog: LocaleCatalog;
  /** Where state is kept; required for STORAGE=postgres, whose database startBotApp opens. */
  readonly storage?: Storage;
  /** Holds a conversation across instances for a turn (PostgreSQL); one process needs none. */
  readonly turnLock?: TurnLock;
  /** Keeps the hub's changes apart across instances (PostgreSQL), on connections of its own. */
  readonly hubLock?: TurnLock;
  /** What instances tell each other (PostgreSQL's LISTEN/NOTIFY); one process needs none. */
  readonly broadcast?: Broadcast;
  /** Where reminders wait until due (pg-boss on PostgreSQL); the bot's Storage when not given. */
  readonly reminderClock?: ReminderClock;
  readonly escalation?: EscalationPort;
  readonly outcomes?: OutcomeLog;
  /** Conversations whose runs stay out of the desk lead's figures (the server's own warm-up adds its own). */
  readonly uncounted?: ReadonlySet<string>;
  /** The intent classifier; loaded from the trained model when not given (tests share one). */
  readonly classifier?: IntentClassifier;
  /** The number, yes/no and time recognizers; built here when not given (tests share one per worker). */
  readonly recognizers?: BuiltInRecognizers;
  readonly procedures?: ProcedureCatalogue;
  readonly logDestination?: pino.DestinationStream;
  readonly now?: () => Date;
  /** How often the agent hub checks its timeouts; 0: never on its own (tests call `sweep`). */
  readonly hubSweepMs?: number;
  /** How often retention sweeps; hourly when not given, 0: only at start. */
  readonly retentionSweepMs?: number;
  /** How long to wait for DATA_DIR held by a process that died; about 11 s when not given. */
  readonly dataDirLockWaitMs?: number;
}

/** A turn slower than this shows "typing…", repeated at this period until the reply goes out. */
const TYPING_DELAY_MS = 500;
const TYPING_PERIOD_MS = 2000;

/** The bot without any server: what a turn needs. Conversation tests drive this through botbuilder's TestAdapter. */
export interface AssembledBot {
  readonly bot: SupportBot;
  readonly middleware: readonly Middleware[];
  readonly translator: Translator;
  readonly privacy: PrivacyFilter;
  readonly logger: Logger;
  readonly storage: Storage;
  readonly understanding: Understanding;
  readonly hub: AgentHub | undefined;
  readonly procedures: ProcedureCatalogue;
  /** How procedure runs went: the desk lead's figures. */
  readonly outcomes: OutcomeLog;
  /** Attach the adapter's way to write to a conversation outside its turns (the hub's news). */
  readonly proactive: ProactiveNotifier;
  /** How long records are kept, and "delete my data"; channels add their own records to it. */
  readonly retention: DataRetention;
  /** Where reminders wait; startBotApp starts it with the adapter's way to deliver them. */
  readonly reminderClock: ReminderClock;
}

/**
 * The composition root: builds every part from configuration and wires them together. The
 * conversation tests use this on botbuilder's TestAdapter; `startBotApp` adds the server.
 */
export function assembleBot(options: BotAppOptions): AssembledBot {
  const { config, catalog } = options;
  const privacy = privacyFilterFor(catalog, config.maskPersonalData);
  const logger = createLogger(config.logLevel, privacy, options.logDestination);
  const storage = options.storage ?? embeddedStorage(config);

  const outcomes =
    options.outcomes ?? (config.storage.kind === 'file' ? new JsonLinesOutcomeLog(join(config.storage.dataDir, 'outcomes.jsonl')) : new MemoryOutcomeLog());

  const understanding = new Understanding(
    catalog.vocabulary,
    options.classifier ?? loadClassifier(catalog, config.defaultLocale),
    options.now,
    options.recognizers,
  );
  const warmStart = Date.now();
  understanding.warm();
  logger.info({ ms: Date.now() - warmStart, languages: catalog.languages }, 'recognizers warmed');

  const translator = createTranslator(catalog, config.defaultLocale);
  const procedures = options.procedures ?? createCatalogue();
  const deskTranslate = translator.forLocale(config.defaultLocale);
  const procedureTitle = (id: string): string | undefined => {
    const definition = procedures.get(id);
    return definition ? deskTranslate(definition.titleKey) : undefined;
  };
  // The hub writes to users through the adapter, built after the bot: attached by startBotApp (or a test).
  const proactive = new ProactiveNotifier();
  const hub =
    config.handoffMode === 'hub'
      ? new AgentHub({
          storage,
          privacy,
          logger,
          agents: config.hub.agents.map((a) => a.name),
          hours: config.hub.hours,
          queueTimeoutMs: config.hub.queueTimeoutMs,
          queueLimit: config.hub.queueLimit,
          userSilenceMs: config.hub.userSilenceMs,
          agentGraceMs: config.hub.agentGraceMs,
          describe: (request) => describeForAgent(request, translator.forLocale(request.locale), deskTranslate, procedureTitle),
          users: proactive,
          ...(options.broadcast ? { broadcast: options.broadcast } : {}),
          ...(options.hubLock ? { lock: options.hubLock } : {}),
          ...(options.now ? { now: options.now } : {}),
        })
      : undefined;
  const recording = options.escalation || hub ? undefined : new RecordingEscalationPort(storage, privacy, logger);
  const transcripts = config.transcriptsDir ? new FileTranscriptStore(config.transcriptsDir, privacy) : undefined;
  const retention = retentionFor(config.retentionDays, logger, storage, { hub, recording, transcripts });
  const engine = new ConversationEngine({
    catalogue: procedures,
    answers: createAnswerCatalogue(),
    understanding,
    translator,
    // Messages left when no one could take a conversation: the hub lists them in the console.
    escalation: options.escalation ?? hub ?? recording!,
    outcomes,
    ...(options.uncounted ? { uncounted: options.uncounted } : {}),
    handoffMode: config.handoffMode,
    ...(hub ? { desk: hub } : {}),
    defaultLocale: config.defaultLocale,
    ...(options.now ? { now: options.now } : {}),
  });
  const now = options.now;
  const epochNow = now ? () => now().getTime() : undefined;
  // One clock for when a reminder is due and when it is delivered: a test's fixed clock never makes one due on real time.
  const reminderClock = options.reminderClock ?? new StorageReminderClock(storage, undefined, epochNow);
  const reminders = new Reminders(reminderClock, config.smsCodeReminderSeconds, epochNow);
  const bot = new SupportBot(
    new ConversationRecords(storage),
    engine,
    logger,
    { translator, deskLocale: config.defaultLocale, procedureTitle },
    config.textOnlyChannels,
    reminders,
  );
  const serialTurns = new SerialTurnsMiddleware(options.turnLock);
  return {
    bot,
    // Order matters: "delete my data" acts after everything else has written; ignore group messages not meant for the bot, mask before anything else reads
    // (the transcript included), queue per conversation, then show "typing…" on turns over half a second.
    middleware: [
      new DataErasureMiddleware(retention, serialTurns),
      new MentionGateMiddleware(),
      new PrivacyMiddleware(privacy),
      ...(transcripts ? [new TranscriptLoggerMiddleware(transcripts)] : []),
      serialTurns,
      new TypingMiddleware(TYPING_DELAY_MS, TYPING_PERIOD_MS, (err: unknown) => logger.warn({ err }, 'typing indicator not sent')),
    ],
    translator,
    privacy,
    logger,
    storage,
    understanding,
    outcomes,
    hub,
    procedures,
    proactive,
    retention,
    reminderClock,
  };
}

/** File or memory storage, which need nothing opened first. */
function embeddedStorage(config: Config): Storage {
  if (config.storage.kind === 'postgres') throw new Error('STORAGE=postgres: open the database first (startBotApp) and pass its storage');
  return config.storage.kind === 'file' ? new FileStorage(join(config.storage.dataDir, 'state')) : new MemoryStorage();
}

/** Storages that can delete what was not written for a while (file, PostgreSQL). */
interface SweepableStorage extends Storage {
  sweep(before: Date, expired: (key: string) => boolean): Promise<string[]>;
}

const canSweep = (storage: Storage): storage is SweepableStorage => typeof (storage as Partial<SweepableStorage>).sweep === 'function';

/** Every place a conversation leaves records, for retention and "delete my data". */
function retentionFor(
  days: number,
  logger: Logger,
  storage: Storage,
  places: { hub?: AgentHub; recording?: RecordingEscalationPort; transcripts?: FileTranscriptStore },
): DataRetention {
  const retention = new DataRetention(days, logger);
  const deskId = (channelId: string, id: string): string => deskConversationId({ channelId, conversation: { id } as never });
  // Conversation state, Web Chat histories and recorded tickets; the hub's own records are swept by the hub.
  const isConversationRecord = (key: string): boolean => /^[^/]+\/conversations\//.test(key) || /^(directline\/activities|escalations)\//.test(key);
  retention.add({
    name: 'conversation state',
    forget: (channelId, id) => storage.delete([conversationStateKey(channelId, id)]),
    ...(canSweep(storage) ? { sweep: async (before: Date) => (await storage.sweep(before, isConversationRecord)).length } : {}),
  });
  const { hub, recording, transcripts } = places;
  if (hub)
    retention.add({
      name: 'desk tickets',
      forget: (ch, id) => hub.forgetTickets({ conversationId: deskId(ch, id) }).then(() => undefined),
      sweep: (before) => hub.forgetTickets({ before }),
    });
  if (recording) retention.add({ name: 'recorded tickets', forget: (ch, id) => recording.forgetConversation(deskId(ch, id)) });
  if (transcripts) retention.add({ name: 'transcripts', forget: (ch, id) => transcripts.forget(ch, id), sweep: (before) => transcripts.sweep(before) });
  return retention;
}
