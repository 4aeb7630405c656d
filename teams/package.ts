import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../bot/config/config';
import { localesDir, projectRoot } from '../bot/config/paths';
import { loadLocaleCatalog } from '../bot/locales/localeCatalog';
import { buildTeamsPackage, TeamsPackageError } from './teamsPackage';

/** `npm run teams:package`: writes teams/build/alipay-support-bot.zip, ready to side-load in Teams. */
async function main(): Promise<void> {
  const envFile = join(projectRoot(), '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const catalog = loadLocaleCatalog(localesDir());
  const config = loadConfig(process.env, catalog.languages);
  const zip = await buildTeamsPackage(config, catalog).zip();
  const outDir = join(projectRoot(), 'teams', 'build');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, 'alipay-support-bot.zip');
  writeFileSync(out, zip);
  console.log(`Teams app package written to ${out} (${zip.length} bytes)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof TeamsPackageError ? error.message : error);
  process.exit(1);
});
