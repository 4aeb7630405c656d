import { localesDir } from '../../bot/config/paths';
import { loadLocaleCatalog } from '../../bot/locales/localeCatalog';
import { trainIfStale } from '../../bot/understanding/intents/modelFile';
import { dropAbandonedTestDatabases, ensurePostgres } from './postgres';

/**
 * Before any test: the intent model, trained again only if the utterances changed (a few seconds),
 * PostgreSQL started if it is installed but stopped, and the databases earlier runs could not drop.
 */
export default async function globalSetup(): Promise<void> {
  await trainIfStale(loadLocaleCatalog(localesDir()));
  await ensurePostgres();
  await dropAbandonedTestDatabases();
}
