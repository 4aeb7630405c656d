import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  ConversationState,
  MemoryStorage,
  ShowTypingMiddleware,
  TranscriptLoggerMiddleware,
  type CloudAdapter,
  type Middleware,
  type Storage,
} from 'botbuilder';
import type pino from 'pino';
import { createAnswerCatalogue, createCatalogue, type ProcedureCatalogue } from '../dialogs/catalogue';
import { createAdapter } from './adapter/createAdapter';
import { createDirectLineRoutes } from './channels/directline/directLineRoutes';
import { attachDirectLineSockets } from './channels/directline/directLineSockets';
import { DirectLineStore } from './channels/directline/directLineStore';
import { warmUpThroughDirectLine } from './channels/directline/warmUp';
import { createHttpApp } from './channels/http/createHttpApp';
import { createWebChatRoutes } from './channels/webchat/webChatRoutes';
import type { Config } from './config/config';
import { ConversationEngine } from './conversation/conversationEngine';
import { MentionGateMiddleware } from './conversation/mentionGateMiddleware';
import { SerialTurnsMiddleware } from './conversation/serialTurnsMiddleware';
import { SupportBot } from './conversation/supportBot';
import type { EscalationPort } from './escalation/escalationPort';
import { RecordingEscalationPort } from './escalation/recordingEscalationPort';
import { JsonLinesOutcomeLog, MemoryOutcomeLog, type OutcomeLog } from './outcomes/outcomeLog';
import type { IntentClassifier } from './understanding/intents/intentClassifier';
import { loadClassifier } from './understanding/intents/modelFile';
import type { LocaleCatalog } from './locales/localeCatalog';
import { createLogger, type Logger } from './logging/logger';
import { PrivacyFilter } from './privacy/privacyFilter';
import { PrivacyMiddleware } from './privacy/privacyMiddleware';
import { createTranslator, type Translator } from './rendering/translator';
import { FileStorage } from './storage/fileStorage';
import { FileTranscriptStore } from './transcripts/fileTranscriptStore';
import { Understanding } from './understanding/understanding';

/**
 * The composition root: builds every part from configuration and wires them together.
 * Tests call this with MemoryStorage and port 0; index.ts calls it for real.
 */
export interface BotAppOptions {
  readonly config: Config;
  readonly catalog: LocaleCatalog;
  readonly storage?: Storage;
  readonly escalation?: EscalationPort;
  readonly outcomes?: OutcomeLog;
  /** The intent classifier; loaded from the trained model when not given (tests share one). */
  readonly classifier?: IntentClassifier;
  readonly procedures?: ProcedureCatalogue;
  readonly logDestination?: pino.DestinationStream;
  readonly now?: () => Date;
}

export interface BotApp {
  readonly url: string;
  readonly server: Server;
  readonly adapter: CloudAdapter;
  readonly bot: SupportBot;
  readonly storage: Storage;
  readonly logger: Logger;
  close(): Promise<void>;
}

export const BOT_ACCOUNT = { id: 'support-bot', name: 'Support', role: 'bot' } as const;

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
}

export function assembleBot(options: BotAppOptions): AssembledBot {
  const { config, catalog } = options;
  const privacy = new PrivacyFilter(Object.values(catalog.vocabulary).flatMap((v) => v.passwordLeadIns));
  const logger = createLogger(config.logLevel, privacy, options.logDestination);
  const storage =
    options.storage ??
    (config.storage.kind === 'file' ? new FileStorage(join(config.storage.dataDir, 'state')) : new MemoryStorage());

  const outcomes =
    options.outcomes ??
    (config.storage.kind === 'file' ? new JsonLinesOutcomeLog(join(config.storage.dataDir, 'outcomes.jsonl')) : new MemoryOutcomeLog());

  const understanding = new Understanding(catalog.vocabulary, options.classifier ?? loadClassifier(catalog, config.defaultLocale), options.now);
  const warmStart = Date.now();
  understanding.warm();
  logger.info({ ms: Date.now() - warmStart, languages: catalog.languages }, 'recognizers warmed');

  const translator = createTranslator(catalog, config.defaultLocale);
  const procedures = options.procedures ?? createCatalogue();
  const engine = new ConversationEngine({
    catalogue: procedures,
    answers: createAnswerCatalogue(),
    understanding,
    translator,
    escalation: options.escalation ?? new RecordingEscalationPort(storage, privacy, logger),
    outcomes,
    handoffMode: config.handoffMode,
    defaultLocale: config.defaultLocale,
    ...(options.now ? { now: options.now } : {}),
  });
  const deskTranslate = translator.forLocale(config.defaultLocale);
  const bot = new SupportBot(
    new ConversationState(storage),
    engine,
    logger,
    {
      translator,
      deskLocale: config.defaultLocale,
      procedureTitle: (id) => {
        const definition = procedures.get(id);
        return definition ? deskTranslate(definition.titleKey) : undefined;
      },
    },
    config.textOnlyChannels,
  );
  return {
    bot,
    // Order matters: ignore group messages not meant for the bot, mask before anything else reads
    // (the transcript included), queue per conversation, then show "typing…" on turns over half a second.
    middleware: [
      new MentionGateMiddleware(),
      new PrivacyMiddleware(privacy),
      ...(config.transcriptsDir ? [new TranscriptLoggerMiddleware(new FileTranscriptStore(config.transcriptsDir, privacy))] : []),
      new SerialTurnsMiddleware(),
      new ShowTypingMiddleware(TYPING_DELAY_MS, TYPING_PERIOD_MS),
    ],
    translator,
    privacy,
    logger,
    storage,
    understanding,
  };
}

export async function startBotApp(options: BotAppOptions): Promise<BotApp> {
  const { config } = options;
  const { bot, middleware, translator, privacy, logger, storage, understanding } = assembleBot(options);
  const adapter = createAdapter({
    config,
    middleware,
    translator,
    logger,
    localeOf: (context) => bot.storedLocale(context),
  });

  let baseUrl = config.publicUrl ?? '';
  const directLineStore = new DirectLineStore(storage);
  const app = createHttpApp({
    adapter,
    runTurn: (context) => bot.run(context),
    logger,
    routers: [
      createDirectLineRoutes({ store: directLineStore, privacy, logger, serviceUrl: () => baseUrl, botAccount: BOT_ACCOUNT }),
      createWebChatRoutes(translator, (requested) => understanding.supportedLocale(requested) ?? config.defaultLocale),
    ],
  });

  const server = createServer(app);
  const detachSockets = attachDirectLineSockets(server, directLineStore);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = config.publicUrl ?? `http://localhost:${port}`;
  const localUrl = `http://localhost:${port}`;

  const intentsStart = Date.now();
  await understanding.warmIntents();
  logger.info({ ms: Date.now() - intentsStart }, 'intent model warmed');

  const warmStart = Date.now();
  const t = translator.forLocale(config.defaultLocale);
  const [firstProcedure] = (options.procedures ?? createCatalogue()).values();
  await warmUpThroughDirectLine(localUrl, directLineStore, storage, [
    t(firstProcedure.titleKey),
    t('common.choice.yes'),
    t('common.choice.yes'),
    'menu',
  ]).catch((error) => logger.warn({ err: error }, 'warm-up failed; the first turn will be slower'));
  logger.info({ url: baseUrl, warmUpMs: Date.now() - warmStart }, 'support bot listening');

  return {
    url: localUrl,
    server,
    adapter,
    bot,
    storage,
    logger,
    close: async () => {
      detachSockets();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
