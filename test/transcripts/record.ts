import { copyFileSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../bot/config/paths';
import { LOCALES, testConversation, translate, typedBy } from '../support/fixtures';

/**
 * `npm run transcripts:record`: plays one scripted conversation per procedure and language and
 * saves it as an Emulator transcript in test/transcripts/, where replay.test.ts checks the bot
 * still answers the same. Run it only when a change of behaviour is intended, and read the diff.
 * Transcripts recorded in the Emulator can be dropped into the folder too.
 */

async function main(): Promise<void> {
  const target = join(projectRoot(), 'test', 'transcripts');
  for (const locale of LOCALES) {
    const t = translate(locale);
    const folder = mkdtempSync(join(tmpdir(), 'transcripts-'));
    const conversationId = `activate_membership-${locale}`;
    const chat = testConversation(locale, { conversationId, transcriptsDir: folder });
    await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'User' }] });
    const yes = t('common.choice.yes');
    // The activation with its SMS-code step, the wrap-up (solved, rated 5), and "no" to anything else.
    const script = [
      t('activateMembership.title'),
      yes,
      yes,
      yes,
      yes,
      yes,
      typedBy(locale).codeAgeValid,
      yes,
      yes,
      t('feedback.rating.5'),
      t('common.choice.no'),
    ];
    for (const text of script) {
      await chat.say(text);
    }
    // TranscriptLoggerMiddleware does not wait for the store: let the last writes land.
    await settled(join(folder, 'test'));
    const [file] = readdirSync(join(folder, 'test'));
    copyFileSync(join(folder, 'test', file), join(target, `activate_membership.${locale}.transcript`));
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
