import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `npm start`'s build step (tools/build/buildIfChanged.cjs): skipped only while nothing it reads changed. */
// Plain JavaScript (it runs before TypeScript).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isUpToDate, writeStamp } = require('../../tools/build/buildIfChanged.cjs') as {
  isUpToDate(dir: string): boolean;
  writeStamp(dir: string, startedAt: Date): void;
};

describe('the build before npm start', () => {
  let dir: string;
  const at = (seconds: number) => new Date(1_800_000_000_000 + seconds * 1000);
  const touch = (path: string, seconds: number) => {
    writeFileSync(join(dir, path), 'x');
    utimesSync(join(dir, path), at(seconds), at(seconds));
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'build-stamp-'));
    for (const folder of ['bot', 'locales/en', 'dist/model']) mkdirSync(join(dir, folder), { recursive: true });
    touch('bot/app.ts', 0);
    touch('locales/en/common.json', 0);
    touch('dist/index.js', 5);
    touch('dist/model/intents.json', 5);
    for (const folder of ['bot', 'locales/en', 'locales']) utimesSync(join(dir, folder), at(0), at(0));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs with no stamp, skips after a build, and runs again when a source, a locale or a deletion is newer', () => {
    expect(isUpToDate(dir)).toBe(false);
    writeStamp(dir, at(10));
    expect(isUpToDate(dir)).toBe(true);
    touch('locales/en/common.json', 11);
    expect(isUpToDate(dir)).toBe(false);
    writeStamp(dir, at(12));
    expect(isUpToDate(dir)).toBe(true);
    // A file deleted: its folder changed.
    rmSync(join(dir, 'bot', 'app.ts'));
    utimesSync(join(dir, 'bot'), at(13), at(13));
    expect(isUpToDate(dir)).toBe(false);
  });

  it('runs when what the bot needs from the build is missing, whatever the stamp says', () => {
    writeStamp(dir, at(10));
    rmSync(join(dir, 'dist', 'model', 'intents.json'));
    expect(isUpToDate(dir)).toBe(false);
  });
});
