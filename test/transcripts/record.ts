import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../bot/config/paths';
import { createCatalogue } from '../../dialogs/catalogue';
import { KNOWLEDGE } from '../../dialogs/knowledge';
import { LOCALES, testConversation, translate, typedBy } from '../support/fixtures';
import { AGENT_ACTION, HUB_ENV, performAgentAction, type AgentAction } from './liveAgent';

/**
 * `npm run transcripts:record`: plays scripted conversations and saves them as Emulator
 * transcripts in test/transcripts/, where replay.test.ts checks the bot still answers the same.
 * - every procedure in two languages (its first script in test/bot/scripts, then the wrap-up);
 * - every answer of the knowledge base, asked by its title, spread over the six languages;
 * - a frozen account mid-procedure in every language;
 * - a live agent (the built-in hub) taking a conversation over, in two languages: the agent's
 *   actions are kept in the transcript as `agent.action` events, which the replay performs.
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

/** A line the user types, or what the agent does in the console. */
type Line = string | AgentAction;

/** Sends `lines` in `locale` as a new conversation and saves its transcript as `name.locale.transcript`. */
async function record(name: string, locale: string, lines: (t: ReturnType<typeof translate>) => Line[], env: Record<string, string> = {}): Promise<void> {
  const t = translate(locale);
  const folder = mkdtempSync(join(tmpdir(), 'transcripts-'));
  const chat = testConversation(locale, { conversationId: `${name}-${locale}`, transcriptsDir: folder, env });
  if (chat.hub) {
    chat.hub.connect('Ana', () => undefined);
    await chat.hub.setStatus('Ana', 'available');
  }
  await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'User' }] });
  for (const line of lines(t)) {
    if (typeof line === 'string') {
      await chat.say(line);
      continue;
    }
    // Each action is written into the transcript just before what it makes the bot say.
    await settled(join(folder, 'test'));
    const before = transcriptOf(folder).activities.length;
    await performAgentAction(chat.hub!, line);
    await settled(join(folder, 'test'));
    markAction(folder, line, before);
  }
  // TranscriptLoggerMiddleware does not wait for the store: let the last writes land.
  await settled(join(folder, 'test'));
  const [file] = readdirSync(join(folder, 'test'));
  copyFileSync(join(folder, 'test', file), join(target, `${name}.${locale}.transcript`));
}

function transcriptOf(folder: string): { path: string; activities: Array<Record<string, unknown>> } {
  const [file] = readdirSync(join(folder, 'test'));
  const path = join(folder, 'test', file);
  return { path, activities: JSON.parse(readFileSync(path, 'utf8')) as Array<Record<string, unknown>> };
}

/** Inserts the action where it happened: after the `before` activities written until then, before what it made the bot say. */
function markAction(folder: string, action: AgentAction, before: number): void {
  const { path, activities } = transcriptOf(folder);
  const last = activities[before - 1] as { timestamp?: string } | undefined;
  activities.splice(before, 0, {
    type: 'event',
    name: AGENT_ACTION,
    from: { id: 'agent-Ana', name: 'Ana', role: 'agent' },
    value: action,
    timestamp: last?.timestamp,
  });
  writeFileSync(path, JSON.stringify(activities, null, 2));
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
  // A person takes over mid-procedure: the queue, the agent joins, both write, the agent ends, the user rates.
  for (const locale of ['en', 'zh']) {
    await record(
      'live_agent',
      locale,
      (t) => [
        t('activateMembership.title'),
        t('common.menu.talkToPerson'),
        { action: 'accept' },
        typedBy(locale).greeting,
        { action: 'send', text: 'Ana here: I can see your conversation. Are you on the Alipay International Account page?' },
        t('common.choice.yes'),
        { action: 'end' },
        t('common.choice.yes'),
        t('feedback.rating.5'),
      ],
      HUB_ENV,
    );
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
