import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../bot/config/paths';
import { SEED_FILES, type SeedId } from '../../dialogs/sources';

/** The help articles in ../shared/seeds, by number: what every quote in the code must be found in. */
export function readSeeds(): Record<SeedId, string> {
  const seedsDir = join(projectRoot(), '..', 'shared', 'seeds');
  if (!existsSync(seedsDir)) {
    throw new Error(`The help articles are missing: expected them in ${seedsDir} (the project is checked out beside ../shared, as in CI).`);
  }
  return Object.fromEntries(Object.entries(SEED_FILES).map(([id, file]) => [id, readFileSync(join(seedsDir, file), 'utf8')])) as Record<SeedId, string>;
}
