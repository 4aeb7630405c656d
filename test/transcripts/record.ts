import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../bot/config/paths';
import { createCatalogue } from '../../dialogs/catalogue';
import { KNOWLEDGE } from '../../dialogs/knowledge';
import { LOCALES, testConversation, translate, typedBy } from '../support/fixtures';

/**
 * `npm run transcripts:record`: plays scripted conversations and saves them as Emulator
 * transcripts in test/transcripts/, where replay.test.ts checks the bot still answers the same.
 * - every procedure in two languages (its first script in test/bot/scripts, then the wrap-up);
 * - every answer of the knowledge base, asked by its title, spread over the six languages;
 * - a frozen account mid-procedure in every language.
 * Run it only when a change of behaviour is intended, and read the diff. Transcripts recorded in
 * the Emulator can be dropped into the folder too.
 */
type Press = 'yes' | 'no' | { readonly label: string };
interface Script {
  readonly presses: readonly Press[];
  readonly wrapUp?: boolean;
}

const target = join(projectRoot(), 'test', 'transcripts');
const scriptsDir = join(projectRoot(), 'test', 'bot', 'scripts');

/** Sends `lines` in `locale` as a new conversation and saves its transcript as `name.locale.transcript`. */
async function record(name: string, locale: string, lines: (t: ReturnType<typeof translate>) => string[]): Promise<void> {
  const t = translate(locale);
  const folder = mkdtempSync(join(tmpdir(), 'transcripts-'));
  const chat = testConversation(locale, { conversationId: `${name}-${locale}`, transcriptsDir: folder });
  await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'User' }] });
  for (const text of lines(t)) await chat.say(text);
  // TranscriptLoggerMiddleware does not wait for the store: let the last writes land.
  await settled(join(folder, 'test'));
  const [file] = readdirSync(join(folder, 'test'));
  copyFileSync(join(folder, 'test', file), join(target, `${name}.${locale}.transcript`));
}

async function main(): Promise<void> {
  for (const file of readdirSync(target).filter((f) => f.endsWith('.transcript'))) unlinkSync(join(target, file));
  const procedures = [...createCatalogue().values()];
  for (const [index, definition] of procedures.entries()) {
    const [script] = JSON.parse(readFileSync(join(scriptsDir, `${definition.id}.json`), 'utf8')) as Script[];
    // Two languages per procedure, so each language carries four procedures.
    for (const locale of [LOCALES[index % LOCALES.length], LOCALES[(index + 3) % LOCALES.length]]) {
      await record(definition.id, locale, (t) => {
        const press = (p: Press) => (p === 'yes' ? t('common.choice.yes') : p === 'no' ? t('common.choice.no') : t(p.label));
        return [t(definition.titleKey), ...script.presses.map(press), ...(script.wrapUp ? [t('common.choice.yes'), t('feedback.rating.5')] : [])];
      });
    }
  }
  for (const [index, locale] of LOCALES.entries()) {
    const units = KNOWLEDGE.filter((_unit, i) => i % LOCALES.length === index);
    // Each question by its title, then "no" to the procedure the answer offers.
    await record('answers', locale, (t) => units.flatMap((unit) => [t(unit.titleKey), t('common.choice.no')]));
    await record('frozen_account', locale, (t) => [t('unbindCard.title'), typedBy(locale).frozen]);
  }
  console.log(`transcripts written to ${target}`);
}

async function settled(dir: string): Promise<void> {
  let last = '';
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = existsSync(dir)
      ? readdirSync(dir)
          .map((f) => `${f}:${statSync(join(dir, f)).size}`)
          .join()
      : '';
    if (now && now === last) return;
    last = now;
  }
  throw new Error(`no transcript appeared in ${dir}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
