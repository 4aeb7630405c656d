// @ts-check
/**
 * `npm start`'s build step: runs `npm run build` only when an input changed since the last build
 * that succeeded. tsc -b and the trainer each find on their own that nothing changed, but loading
 * them costs about 2 s of `npm start` (issue 15: ready within 5 s when nothing changed); a walk of
 * the inputs' modification times costs milliseconds. Plain JavaScript, so it runs before TypeScript.
 */
const { existsSync, readdirSync, statSync, utimesSync, writeFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
/** Written after a build that succeeded, dated when that build began. */
const STAMP = join('dist', '.build-stamp');
/** What the build reads: sources, configuration, the locales (messages, phrasings, vocabulary), the dependencies. */
const INPUTS = ['index.ts', 'tsconfig.json', 'package.json', 'package-lock.json', 'bot', 'dialogs', 'teams', 'test', 'tools', 'locales'];
/** What the bot needs from the build; missing, the build runs whatever the stamp says. */
const OUTPUTS = [join('dist', 'index.js'), join('dist', 'model', 'intents.json')];

/**
 * The newest modification time among the inputs; a folder's own time counts, so a deleted or
 * renamed file is a change too.
 * @param {string} dir @returns {number}
 */
function newestInput(dir) {
  let newest = 0;
  /** @param {string} path */
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(path)) if (name !== 'node_modules') visit(join(path, name));
  };
  for (const input of INPUTS) visit(join(dir, input));
  return newest;
}

/** @param {string} dir @returns {boolean} */
function isUpToDate(dir) {
  const stamp = join(dir, STAMP);
  if (!existsSync(stamp) || OUTPUTS.some((o) => !existsSync(join(dir, o)))) return false;
  return statSync(stamp).mtimeMs >= newestInput(dir);
}

/** Dates the stamp at the build's start: a file changed while it ran is newer, and builds next time. @param {string} dir @param {Date} startedAt */
function writeStamp(dir, startedAt) {
  const stamp = join(dir, STAMP);
  writeFileSync(stamp, `${startedAt.toISOString()}\n`);
  utimesSync(stamp, startedAt, startedAt);
}

module.exports = { STAMP, isUpToDate, newestInput, writeStamp };

if (require.main === module) {
  if (isUpToDate(root)) process.exit(0);
  const startedAt = new Date();
  const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeStamp(root, startedAt);
}
