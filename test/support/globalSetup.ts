import { localesDir } from '../../bot/config/paths';
import { loadLocaleCatalog } from '../../bot/locales/localeCatalog';
import { trainIfStale } from '../../bot/understanding/intents/modelFile';

/** Before any test: the intent model, trained again only if the utterances changed (a few seconds). */
export default async function globalSetup(): Promise<void> {
  await trainIfStale(loadLocaleCatalog(localesDir()));
}
