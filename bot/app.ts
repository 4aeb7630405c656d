import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { CloudAdapter, ConversationAccount, ConversationReference, Storage, TurnContext } from 'botbuilder';
import { createAdapter } from './botframework/createAdapter';
import { LocalChannel } from './botframework/localChannel';
import { AgentAuth } from './channels/agent/agentAuth';
import { createAgentRoutes } from './channels/agent/agentRoutes';
import { attachAgentSockets } from './channels/agent/agentSockets';
import { createDirectLineRoutes, DIRECT_LINE_CHANNEL_ID } from './channels/directline/directLineRoutes';
import { attachDirectLineSockets } from './channels/directline/directLineSockets';
import { DirectLineStore } from './channels/directline/directLineStore';
import type { DirectLineHistory } from './channels/directline/directLineHistory';
import { DirectLineTokens } from './channels/directline/directLineTokens';
import { warmUpConversations } from './channels/directline/warmUp';
import { createHttpApp } from './channels/http/createHttpApp';
import { warmUpChannels } from './channels/warmUpChannels';
import { createWebChatRoutes } from './channels/webchat/webChatRoutes';
import { deskConversationId, type SupportBot } from './botframework/supportBot';
import type { AgentHub } from './handoff/hub/agentHub';
import type { MessageTree } from './locales/localeCatalog';
import type { Logger } from './logging/logger';
import { deskLabels, labelTables, stepOrder } from './outcomes/deskLabels';
import { lockDataDir, removeUnfinishedWrites, type DataDirLock } from './storage/dataDir';
import { Readiness } from './storage/readiness';
import type { Database } from './storage/postgres/database';
import type { PostgresDirectLineStore } from './channels/directline/postgresDirectLineStore';
import type * as DirectLineModule from './channels/directline/postgresDirectLineStore';
import type * as SharedStorage from './storage/postgres/sharedStorage';
import { createLogger } from './logging/logger';
import { privacyFilterFor } from './privacy/privacyFilter';
import { isLoopback } from './config/config';
import { assembleBot, type BotAppOptions } from './assembleBot';

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

/** The bot and its server (index.ts; the HTTP and browser tests on port 0 with memory storage). */
export async function startBotApp(options: BotAppOptions): Promise<BotApp> {
  const { config } = options;
  // PostgreSQL's modules are loaded only where it is used: file storage starts without them.
  const database =
    config.storage.kind === 'postgres'
      ? await postgres().openDatabase(
          config.storage.databaseUrl!,
          config.storage.databasePoolSize,
          createLogger(config.logLevel, privacyFilterFor(options.catalog, config.maskPersonalData), options.logDestination),
        )
      : undefined;
  try {
    return database ? await startWith(withSharedStorage(options, database), database, sharedHistory(database)) : await startWith(options, undefined);
  } catch (error) {
    await database?.close();
    throw error;
  }
}

/** STORAGE=postgres: state, figures and turn order shared by every instance on the same database. */
function withSharedStorage(options: BotAppOptions, database: Database): BotAppOptions {
  const { PostgresStorage, PostgresOutcomeLog, AdvisoryLock, PgBossReminderClock } = postgres();
  return {
    ...options,
    storage: options.storage ?? new PostgresStorage(database.queries),
    outcomes: options.outcomes ?? new PostgresOutcomeLog(database.queries),
    turnLock: options.turnLock ?? new AdvisoryLock(database.locks),
    hubLock: options.hubLock ?? new AdvisoryLock(database.hubLock),
    broadcast: options.broadcast ?? database.notifications,
    reminderClock: options.reminderClock ?? new PgBossReminderClock(database),
  };
}

/*
 * Loaded when called, with `require` rather than `import()`: compiled, both do the same, but run
 * from source by tsx (the kill -9 test) `import()` takes Node's ESM resolution, which finds no
 * extensionless path.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const postgres = (): typeof SharedStorage => require('./storage/postgres/sharedStorage') as typeof SharedStorage;
const postgresHistory = (): typeof DirectLineModule => require('./channels/directline/postgresDirectLineStore') as typeof DirectLineModule;
/* eslint-enable @typescript-eslint/no-require-imports */

/** Several instances share PostgreSQL's Direct Line history. */
function sharedHistory(database: Database): PostgresDirectLineStore {
  return new (postgresHistory().PostgresDirectLineStore)(database.queries, database.notifications);
}

async function startWith(options: BotAppOptions, database: Database | undefined, sharedHistory?: PostgresDirectLineStore): Promise<BotApp> {
  const { config } = options;
  // Before anything reads or writes DATA_DIR: one process per folder, and no half-written leftovers.
  let lock: DataDirLock | undefined;
  let onLockLost = (_error: Error): void => undefined;
  if (config.storage.kind === 'file') {
    lock = await lockDataDir(config.storage.dataDir, { waitMs: options.dataDirLockWaitMs, onLost: (error) => onLockLost(error) });
    await removeUnfinishedWrites(join(config.storage.dataDir, 'state'));
  }
  // The warm-up conversation below is the server's own: its run stays out of the desk lead's figures.
  const uncounted = new Set<string>(options.uncounted);
  const { bot, middleware, translator, privacy, logger, storage, understanding, hub, procedures, proactive, retention, outcomes, reminderClock } = assembleBot({
    ...options,
    uncounted,
  });
  // Another process may now be writing the folder: going on would lose its work or ours.
  onLockLost = (error) => {
    logger.error({ err: error }, 'DATA_DIR lock lost (the process stalled or the folder changed hands); stopping');
    process.exit(70);
  };
  const localChannel = new LocalChannel(config.microsoftApp.appId);
  const adapter = createAdapter({
    config,
    middleware,
    translator,
    logger,
    localeOf: (context) => bot.storedLocale(context),
    localChannel,
  });

  // A conversation of this server's own Web Chat belongs to every instance: news for it goes through
  // this one's connector, wherever it started. (Azure's Web Chat channel has the same channel id,
  // with its own serviceUrl: left alone.)
  const reachable = (address: unknown): Partial<ConversationReference> => {
    const reference = address as Partial<ConversationReference>;
    const local = reference.channelId === DIRECT_LINE_CHANNEL_ID && isLoopbackUrl(reference.serviceUrl);
    return local ? { ...reference, serviceUrl: localChannel.serviceUrl } : reference;
  };
  /**
   * Runs `logic` as a turn of the conversation at `address`, outside the user's turns. A failure
   * reaches the caller (the hub logs it, a reminder is tried again) instead of the adapter's apology
   * to a user who asked nothing.
   */
  const proactively = async (address: unknown, logic: (context: TurnContext) => Promise<void>): Promise<void> => {
    const outcome: { failure?: Error } = {};
    const caught = (error: unknown): void => void (outcome.failure = error instanceof Error ? error : new Error(String(error)));
    await adapter.continueConversationAsync(config.microsoftApp.appId, reachable(address), (context) => logic(context).catch(caught));
    if (outcome.failure) throw outcome.failure;
  };
  proactive.attach((address, event) => proactively(address, (context) => bot.deskEvent(context, event)));

  // The console's words, and where users were (procedures, steps), in each language: built once per language, not per page.
  const stepLabels = oncePerLocale((locale) => deskLabels(procedures, translator.forLocale(locale)));
  const consoleWords = oncePerLocale((locale): MessageTree => ({
    ...(options.catalog.messages[locale]?.agent as MessageTree),
    ...labelTables(procedures, stepLabels(locale)),
    languages: Object.fromEntries(options.catalog.languages.map((l) => [l, l])),
  }));

  // Several instances share PostgreSQL's history; one process keeps it in its Storage.
  const directLineStore: DirectLineHistory = sharedHistory ?? new DirectLineStore(storage);
  const directLineTokens = new DirectLineTokens(storage);
  retention.add({
    name: 'Web Chat history',
    forget: (channelId, id) => (channelId === DIRECT_LINE_CHANNEL_ID ? directLineStore.clearHistory(id) : Promise.resolve()),
    ...(sharedHistory ? { sweep: (before: Date) => sharedHistory.sweep(before) } : {}),
  });
  const agentAuth = new AgentAuth(config.hub.agents, storage, undefined, options.broadcast);
  await agentAuth.load();
  /** Set once the warm-up below has run (or failed: it only makes first turns slower). */
  let warmedUp = false;
  const app = createHttpApp({
    adapter,
    runTurn: (context) => bot.run(context),
    isOwnServiceUrl: (url) => localChannel.isOwn(url),
    trustProxy: config.trustProxy,
    readiness: new Readiness(storage),
    warmedUp: () => warmedUp,
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
      createWebChatRoutes(translator, (requested) => understanding.languages.supportedLocale(requested) ?? config.defaultLocale),
      ...(hub
        ? [
            createAgentRoutes({
              hub,
              auth: agentAuth,
              logger,
              strings: consoleWords,
              resolveLocale: (requested) => requested.map((r) => understanding.languages.supportedLocale(r)).find(Boolean) ?? config.defaultLocale,
              secureCookies: config.publicUrl?.startsWith('https:') ?? false,
              desk: {
                outcomes,
                order: stepOrder(procedures),
                labels: stepLabels,
                ...(options.now ? { now: options.now } : {}),
              },
            }),
          ]
        : []),
    ],
  });

  retention.start(options.retentionSweepMs);
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
  // Only now: a reminder for a Web Chat user goes through this server's connector, which needs its address.
  await reminderClock.start((due) => proactively(due.address, (context) => bot.reminderDue(context, due.id)));
  const localUrl = localChannel.serviceUrl;
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
  const [firstProcedure] = procedures.values();
  await warmUpChannels({
    localUrl,
    directLineStore,
    forget: (channelId, id) => retention.forget(channelId, id),
    conversations: warmUpConversations(translator, config.defaultLocale, firstProcedure.titleKey),
    // Without app credentials /api/messages takes unsigned activities (the Emulator's), so it can be warmed too.
    messagesEndpoint: config.microsoftApp.appId === '',
    track: {
      started: (channelId, id) => uncounted.add(deskConversationId({ channelId, conversation: { id } as ConversationAccount })),
      ended: () => uncounted.clear(),
    },
    logger,
  });
  warmedUp = true;
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
      retention.stop();
      await reminderClock.stop();
      detachAgentSockets();
      detachSockets();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await lock?.release();
      await database?.close();
    },
  };
}

function isLoopbackUrl(url: string | undefined): boolean {
  try {
    // A URL writes an IPv6 address in brackets ("[::1]").
    return isLoopback(new URL(url ?? '').hostname.replace(/^\[(.*)\]$/, '$1'));
  } catch {
    return false;
  }
}

/** `build`'s result per locale, kept: the locales are the catalogue's few, so the map stays small. */
function oncePerLocale<T>(build: (locale: string) => T): (locale: string) => T {
  const built = new Map<string, T>();
  return (locale) => {
    if (!built.has(locale)) built.set(locale, build(locale));
    return built.get(locale)!;
  };
}
