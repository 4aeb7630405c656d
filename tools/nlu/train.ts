import { localesDir } from '../../bot/config/paths';
import { loadLocaleCatalog } from '../../bot/locales/localeCatalog';
import { modelPath, trainIfStale } from '../../bot/understanding/intents/modelFile';

/** `npm run train` (also run by `npm run build`): the intent model from locales/<lng>/utterances.json. */
async function main(): Promise<void> {
  const started = Date.now();
  const trained = await trainIfStale(loadLocaleCatalog(localesDir()));
  console.error(trained ? `intent model trained in ${Date.now() - started} ms: ${modelPath()}` : `intent model up to date: ${modelPath()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
