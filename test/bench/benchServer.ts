import { mkdtempSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActivityHandler, type TurnContext } from 'botbuilder';
import pino from 'pino';
import { createAdapter } from '../../bot/botframework/createAdapter';
import { createHttpApp } from '../../bot/channels/http/createHttpApp';
import { loadConfig } from '../../bot/config/config';
import { localesDir } from '../../bot/config/paths';
import { loadLocaleCatalog } from '../../bot/locales/localeCatalog';
import { createLogger } from '../../bot/logging/logger';
import { PrivacyFilter } from '../../bot/privacy/privacyFilter';
import { createTranslator } from '../../bot/locales/translator';

/**
 * One bot under benchmark, in its own process so its memory is its own.
 * `support` is the real app; `echo` is the baseline: same adapter, same HTTP app, a one-line bot.
 * Prints "READY <url>" and answers "mem" over IPC with process.memoryUsage().
 */
async function main(): Promise<void> {
  const [kind = 'support', storage = 'memory'] = process.argv.slice(2);
  const catalog = loadLocaleCatalog(localesDir());
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'warn', STORAGE: storage, DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-')) }, catalog.languages);
  let url: string;
  if (kind === 'echo') {
    const logger = createLogger('warn', new PrivacyFilter([]), pino.destination(2));
    const adapter = createAdapter({ config, middleware: [], translator: createTranslator(catalog, 'en'), logger, localeOf: async () => undefined });
    const echo = new (class extends ActivityHandler {
      constructor() {
        super();
        this.onMessage(async (context: TurnContext, next) => {
          await context.sendActivity(`echo: ${context.activity.text}`);
          await next();
        });
      }
    })();
    const server = createServer(createHttpApp({ adapter, runTurn: (c) => echo.run(c), isOwnServiceUrl: () => false, logger, routers: [] }));
    await new Promise<void>((resolve) => server.listen(0, resolve));
    url = `http://localhost:${(server.address() as AddressInfo).port}`;
  } else {
    // Loaded only here, so the echo baseline's memory does not include the support bot's modules;
    // with the heap sized as index.ts sizes it.
    await import('../../bot/runtime/leanHeap');
    const { startBotApp } = await import('../../bot/app');
    url = (await startBotApp({ config, catalog, logDestination: pino.destination(2) })).url;
  }
  const profiler = new Session();
  process.on('message', (message) => {
    // Retained memory, not garbage waiting for the collector.
    if (message === 'mem') {
      (globalThis as { gc?: () => void }).gc?.();
      process.send?.(process.memoryUsage());
    }
    // BENCH_PROFILE: profile the load phase only, not the start-up.
    if (message === 'profile-start') {
      profiler.connect();
      profiler.post('Profiler.enable', () => profiler.post('Profiler.start', () => process.send?.('profiling')));
    }
    if (message === 'profile-stop') {
      profiler.post('Profiler.stop', (_error, result) => {
        writeFileSync(join(process.env.BENCH_PROFILE ?? tmpdir(), `${kind}-${storage}.cpuprofile`), JSON.stringify(result.profile));
        process.send?.('profiled');
      });
    }
  });
  // Exit normally on SIGINT so --cpu-prof can write its profile.
  process.once('SIGINT', () => process.exit(0));
  console.log(`READY ${url}`);
}

void main();
