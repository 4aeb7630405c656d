import './bot/runtime/leanHeap';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startBotApp } from './bot/app';
import { ConfigError, loadConfig } from './bot/config/config';
import { localesDir, projectRoot } from './bot/config/paths';
import { loadLocaleCatalog } from './bot/locales/localeCatalog';
import { DataDirError } from './bot/storage/dataDir';
import { DatabaseError } from './bot/storage/postgres/databaseError';

async function main(): Promise<void> {
  const envFile = join(projectRoot(), '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const catalog = loadLocaleCatalog(localesDir());
  const config = loadConfig(process.env, catalog.languages);
  const app = await startBotApp({ config, catalog });

  // A bug in one conversation must not take the others down with it.
  process.on('unhandledRejection', (reason) => app.logger.error({ err: reason }, 'unhandled rejection'));
  const stop = (): void => {
    void app.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(`Support bot ready: chat at ${app.url}/ · Emulator endpoint ${app.url}/api/messages`);
}

main().catch((error: unknown) => {
  // Configuration, DATA_DIR and database problems are the operator's to fix: the message names the fix, no stack.
  const operators = error instanceof ConfigError || error instanceof DataDirError || error instanceof DatabaseError;
  console.error(operators ? error.message : error);
  process.exit(1);
});
