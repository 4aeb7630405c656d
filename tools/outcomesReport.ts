import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../bot/config/config';
import { localesDir, projectRoot } from '../bot/config/paths';
import { loadLocaleCatalog } from '../bot/locales/localeCatalog';
import { JsonLinesOutcomeLog, summarizeOutcomes } from '../bot/outcomes/outcomeLog';

/**
 * `npm run outcomes`: how each procedure ends and how users rate it, from the outcome log the bot
 * writes next to its state (DATA_DIR/outcomes.jsonl). One JSON line per procedure.
 */
async function main(): Promise<void> {
  const envFile = join(projectRoot(), '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const config = loadConfig(process.env, loadLocaleCatalog(localesDir()).languages);
  if (config.storage.kind !== 'file') throw new ConfigError('STORAGE=memory keeps no outcome log. Fix: run the bot with STORAGE=file (the default).');
  const file = join(config.storage.dataDir, 'outcomes.jsonl');
  const summaries = summarizeOutcomes(await new JsonLinesOutcomeLog(file).all());
  if (summaries.length === 0) console.error(`No outcomes recorded yet in ${file}.`);
  for (const summary of summaries) console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
