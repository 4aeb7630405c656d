import { localesDir } from '../../bot/config/paths';
import { loadLocaleCatalog } from '../../bot/locales/localeCatalog';
import { trainIfStale } from '../../bot/understanding/intents/modelFile';
import { dropAbandonedTestDatabases } from './postgres';

/**
 * Before any test: the intent model, trained again only if the utterances changed (a few seconds),
 * and the PostgreSQL databases earlier runs could not drop.
 */
export default async function globalSetup(): Promise<void> {
  await trainIfStale(loadLocaleCatalog(localesDir()));
  await dropAbandonedTestDatabases();
}
