import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  ConversationState,
  MemoryStorage,
  ShowTypingMiddleware,
  TranscriptLoggerMiddleware,
  type CloudAdapter,
  type ConversationReference,
  type Middleware,
  type Storage,
} from 'botbuilder';
import type pino from 'pino';
import { createAnswerCatalogue, createCatalogue, type ProcedureCatalogue } from '../dialogs/catalogue';
import { createAdapter } from './botframework/createAdapter';
import { LocalChannel } from './botframework/localChannel';
import { AgentAuth } from './channels/agent/agentAuth';
import { createAgentRoutes } from './channels/agent/agentRoutes';
import { attachAgentSockets } from './channels/agent/agentSockets';
import { createDirectLineRoutes } from './channels/directline/directLineRoutes';
import { attachDirectLineSockets } from './channels/directline/directLineSockets';
import { DirectLineStore } from './channels/directline/directLineStore';
import { DirectLineTokens } from './channels/directline/directLineTokens';
import { warmUpThroughDirectLine } from './channels/directline/warmUp';
import { createHttpApp } from './channels/http/createHttpApp';
import { createWebChatRoutes } from './channels/webchat/webChatRoutes';
import type { Config } from './config/config';
import { ConversationEngine } from './conversation/conversationEngine';
import { MentionGateMiddleware } from './botframework/mentionGateMiddleware';
import { SerialTurnsMiddleware } from './botframework/serialTurnsMiddleware';
import { ProactiveNotifier } from './botframework/proactive';
import { conversationStateKey, SupportBot } from './botframework/supportBot';
import type { EscalationPort } from './contracts/escalationPort';
import { RecordingEscalationPort } from './handoff/recordingEscalationPort';
import { describeForAgent } from './handoff/forAgent';
import { AgentHub } from './handoff/hub/agentHub';
import { JsonLinesOutcomeLog, MemoryOutcomeLog, type OutcomeLog } from './outcomes/outcomeLog';
import type { IntentClassifier } from './understanding/intents/intentClassifier';
import { loadClassifier } from './understanding/intents/modelFile';
import type { LocaleCatalog, MessageTree } from './locales/localeCatalog';
import { createLogger, type Logger } from './logging/logger';
import { privacyFilterFor, type PrivacyFilter } from './privacy/privacyFilter';
import { PrivacyMiddleware } from './botframework/privacyMiddleware';
import { createTranslator, type Translator } from './locales/translator';
import { FileStorage } from './storage/fileStorage';
import { FileTranscriptStore } from './storage/fileTranscriptStore';
import { lockDataDir, removeUnfinishedWrites, type DataDirLock } from './storage/dataDir';
import { Readiness } from './storage/readiness';
import type { BuiltInRecognizers } from './understanding/builtInRecognizers';
import { Understanding } from './understanding/understanding';

export interface BotAppOptions {
  readonly config: Config;
  readonly catalog: LocaleCatalog;
  readonly storage?: Storage;
  readonly escalation?: EscalationPort;
  readonly outcomes?: OutcomeLog;
  /** The intent classifier; loaded from the trained model when not given (tests share one). */
  readonly classifier?: IntentClassifier;
  /** The number, yes/no and time recognizers; built here when not given (tests share one per worker). */
  readonly recognizers?: BuiltInRecognizers;
  readonly procedures?: ProcedureCatalogue;
  readonly logDestination?: pino.DestinationStream;
  readonly now?: () => Date;
  /** How often the agent hub checks its timeouts; 0: never on its own (tests call `sweep`). */
  readonly hubSweepMs?: number;
  /** How long to wait for DATA_DIR held by a process that died; about 11 s when not given. */
  readonly dataDirLockWaitMs?: number;
}

export interface BotApp {
  readonly url: string;
  readonly server: Server;
  readonly adapter: CloudAdapter;
  readonly bot: SupportBot;
  readonly storage: Storage;
  readonly logger: Logger;
  /** The built-in agent hub (HANDOFF_MODE=hub). */
  readonly hub: AgentHub | undefined;
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
  readonly hub: AgentHub | undefined;
  readonly procedures: ProcedureCatalogue;
  /** Attach the adapter's way to write to a conversation outside its turns (the hub's news). */
  readonly proactive: ProactiveNotifier;
}

/**
 * The composition root: builds every part from configuration and wires them together. The
 * conversation tests use this on botbuilder's TestAdapter; `startBotApp` adds the server.
 */
export function assembleBot(options: BotAppOptions): AssembledBot {
  const { config, catalog } = options;
  const privacy = privacyFilterFor(catalog);
  const logger = createLogger(config.logLevel, privacy, options.logDestination);
  const storage = options.storage ?? (config.storage.kind === 'file' ? new FileStorage(join(config.storage.dataDir, 'state')) : new MemoryStorage());

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
          ...(options.now ? { now: options.now } : {}),
        })
      : undefined;
  const engine = new ConversationEngine({
    catalogue: procedures,
    answers: createAnswerCatalogue(),
    understanding,
    translator,
    // Messages left when no one could take a conversation: the hub lists them in the console.
    escalation: options.escalation ?? hub ?? new RecordingEscalationPort(storage, privacy, logger),
    outcomes,
    handoffMode: config.handoffMode,
    ...(hub ? { desk: hub } : {}),
    defaultLocale: config.defaultLocale,
    ...(options.now ? { now: options.now } : {}),
  });
  const bot = new SupportBot(
    new ConversationState(storage),
    engine,
    logger,
    { translator, deskLocale: config.defaultLocale, procedureTitle },
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
    hub,
    procedures,
    proactive,
  };
}

/** The bot and its server (index.ts; the HTTP and browser tests on port 0 with memory storage). */
export async function startBotApp(options: BotAppOptions): Promise<BotApp> {
  const { config } = options;
  // Before anything reads or writes DATA_DIR: one process per folder, and no half-written leftovers.
  let lock: DataDirLock | undefined;
  let onLockLost = (_error: Error): void => undefined;
  if (config.storage.kind === 'file') {
    lock = await lockDataDir(config.storage.dataDir, { waitMs: options.dataDirLockWaitMs, onLost: (error) => onLockLost(error) });
    await removeUnfinishedWrites(join(config.storage.dataDir, 'state'));
  }
  const { bot, middleware, translator, privacy, logger, storage, understanding, hub, procedures, proactive } = assembleBot(options);
  onLockLost = (error) => logger.error({ err: error }, 'DATA_DIR lock lost: another process may be writing the same folder');
  const localChannel = new LocalChannel(config.microsoftApp.appId);
  const adapter = createAdapter({
    config,
    middleware,
    translator,
    logger,
    localeOf: (context) => bot.storedLocale(context),
    localChannel,
  });

  proactive.attach((address, event) =>
    adapter.continueConversationAsync(config.microsoftApp.appId, address as Partial<ConversationReference>, (context) => bot.deskEvent(context, event)),
  );

  const directLineStore = new DirectLineStore(storage);
  const directLineTokens = new DirectLineTokens(storage);
  const agentAuth = new AgentAuth(config.hub.agents, storage);
  await agentAuth.load();
  const app = createHttpApp({
    adapter,
    runTurn: (context) => bot.run(context),
    isOwnServiceUrl: (url) => localChannel.isOwn(url),
    trustProxy: config.trustProxy,
    readiness: new Readiness(storage),
    logger,
    routers: [
      createDirectLineRoutes({
        store: directLineStore,
        tokens: directLineTokens,
        privacy,
        logger,
        serviceUrl: () => localChannel.serviceUrl,
        botAccount: BOT_ACCOUNT,
        deliverToBot: (activity) => localChannel.deliver(adapter, activity, (context) => bot.run(context)),
        connectorAuthorizes: (authorization) => localChannel.authorizes(authorization),
      }),
      createWebChatRoutes(translator, (requested) => understanding.supportedLocale(requested) ?? config.defaultLocale),
      ...(hub
        ? [
            createAgentRoutes({
              hub,
              auth: agentAuth,
              logger,
              strings: (locale) => options.catalog.messages[locale]?.agent as MessageTree,
              resolveLocale: (requested) => requested.map((r) => understanding.supportedLocale(r)).find(Boolean) ?? config.defaultLocale,
              secureCookies: config.publicUrl?.startsWith('https:') ?? false,
            }),
          ]
        : []),
    ],
  });

  if (hub) {
    await hub.start(options.hubSweepMs);
    if (!agentAuth.anyAgent) logger.warn('AGENT_TOKENS is not set: no one can sign in to /agent, and users who need a person are offered to leave a message.');
  }
  const server = createServer(app);
  const detachSockets = attachDirectLineSockets(server, directLineStore, directLineTokens);
  const detachAgentSockets = hub ? attachAgentSockets(server, hub, agentAuth, logger) : () => undefined;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  localChannel.listening(port, config.publicUrl);
  const localUrl = `http://127.0.0.1:${port}`;
  const baseUrl = config.publicUrl ?? `http://localhost:${port}`;
  if (config.insecurePublic) {
    logger.warn(
      { host: config.host },
      'ALLOW_INSECURE_PUBLIC: listening beyond loopback with no MicrosoftAppId, so /api/messages accepts unauthenticated activities from anyone who can reach it',
    );
  }

  const intentsStart = Date.now();
  await understanding.warmIntents();
  logger.info({ ms: Date.now() - intentsStart }, 'intent model warmed');

  const warmStart = Date.now();
  const t = translator.forLocale(config.defaultLocale);
  const [firstProcedure] = procedures.values();
  await warmUpThroughDirectLine(localUrl, directLineStore, (channelId, id) => storage.delete([conversationStateKey(channelId, id)]), [
    t(firstProcedure.titleKey),
    t('common.choice.yes'),
    t('common.choice.yes'),
    'menu',
  ]).catch((error) => logger.warn({ err: error }, 'warm-up failed; the first turn will be slower'));
  logger.info(
    { url: baseUrl, host: config.host, authenticated: config.microsoftApp.appId !== '', warmUpMs: Date.now() - warmStart },
    config.microsoftApp.appId ? 'support bot listening; /api/messages takes Bot Framework-signed activities only' : 'support bot listening',
  );

  return {
    url: localUrl,
    server,
    adapter,
    bot,
    storage,
    logger,
    hub,
    close: async () => {
      hub?.stop();
      detachAgentSockets();
      detachSockets();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await lock?.release();
    },
  };
}
