import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { createCatalogue } from '../../dialogs/catalogue';
import { KNOWLEDGE } from '../../dialogs/knowledge';
import { testCatalog, testConversation, translate } from '../support/fixtures';
import { AGENT_ACTION, HUB_ENV, performAgentAction, type AgentAction } from './liveAgent';

/**
 * Every Bot Framework Emulator transcript in this folder is a test: the user's activities are sent
 * to the bot in order, and what the bot answers after each must match what was recorded (type,
 * text, suggested actions, card content). Record one in the Emulator, save it here, and it runs.
 */
const folder = __dirname;
const files = readdirSync(folder).filter((f) => f.endsWith('.transcript'));

/** What is compared: what a user sees, not ids or timestamps. */
function visible(activity: Partial<Activity>) {
  return {
    type: activity.type,
    text: activity.text ?? '',
    suggestedActions: activity.suggestedActions?.actions.map((a) => ({ type: a.type, title: a.title, value: a.value })) ?? [],
    attachments: activity.attachments?.map((a) => ({ contentType: a.contentType, content: a.content })) ?? [],
  };
}

const isBot = (a: Partial<Activity>): boolean => a.from?.role === 'bot';

describe('recorded transcripts', () => {
  it('has at least two in every language', () => {
    const languages = files.map((f) => f.split('.').at(-2)!);
    expect([...new Set(languages)].sort()).toEqual([...testCatalog().languages].sort());
    for (const lng of testCatalog().languages) expect({ lng, atLeastTwo: languages.filter((l) => l === lng).length >= 2 }).toEqual({ lng, atLeastTwo: true });
  });

  it('has one for every procedure', () => {
    const recorded = new Set(files.map((f) => f.split('.')[0]));
    for (const id of createCatalogue().keys()) expect({ id, recorded: recorded.has(id) }).toEqual({ id, recorded: true });
  });

  /** What the bot said in each recorded conversation, with its language. */
  const botTexts = files.map((file) => ({
    locale: file.split('.').at(-2)!,
    texts: (JSON.parse(readFileSync(join(folder, file), 'utf8')) as Partial<Activity>[]).filter(isBot).map((a) => a.text ?? ''),
  }));
  const said = (text: string, locale: string): boolean => botTexts.some((c) => c.locale === locale && c.texts.some((t) => t.includes(text)));

  it('answers every question of the knowledge base in one of them', () => {
    for (const unit of KNOWLEDGE) {
      const answered = testCatalog().languages.some((lng) => said(translate(lng)(unit.answerKey), lng));
      expect({ unit: unit.id, answered }).toEqual({ unit: unit.id, answered: true });
    }
  });

  it('hands a frozen account to a person in every language', () => {
    for (const lng of testCatalog().languages) expect({ lng, frozen: said(translate(lng)('common.escalation.frozen'), lng) }).toEqual({ lng, frozen: true });
  });

  it('has a live agent taking a conversation over', () => {
    expect(files.filter((f) => f.startsWith('live_agent.')).length).toBeGreaterThan(0);
  });

  it.each(files)('%s replays as recorded', async (file) => {
    const activities = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Partial<Activity>[];
    const recordedBotId = activities.find(isBot)?.from?.id;
    const firstUser = activities.find((a) => !isBot(a) && a.name !== AGENT_ACTION);
    const live = file.startsWith('live_agent.');
    const chat = testConversation(firstUser?.locale, live ? { env: HUB_ENV } : {});
    if (live) {
      chat.hub!.connect('Ana', () => undefined);
      await chat.hub!.setStatus('Ana', 'available');
    }

    let expected: Partial<Activity>[] = [];
    let pending: Partial<Activity> | undefined;
    /** Sends the user's activity, or does the agent's action, and compares what the bot said after it with the recording. */
    const flush = async (): Promise<void> => {
      if (!pending) return;
      const step = pending;
      const action = step.name === AGENT_ACTION ? (step.value as AgentAction) : undefined;
      if (action) await performAgentAction(chat.hub!, action);
      const answered = (
        action
          ? chat.adapter.activeQueue.splice(0)
          : await chat.send({
              type: step.type,
              text: step.text,
              value: step.value,
              locale: step.locale,
              // The recorded bot may have had another id: it is the one the bot must recognise as itself.
              membersAdded: step.membersAdded?.map((m) => (m.id === recordedBotId ? { ...m, id: 'bot' } : m)),
            })
      ).filter((a) => a.type !== 'typing');
      const after = action ? `agent ${action.action}` : (step.text ?? step.type);
      expect({ after, replies: answered.map(visible) }).toEqual({ after, replies: expected.map(visible) });
      expected = [];
      pending = undefined;
    };
    for (const activity of activities.filter((a) => a.type !== 'typing')) {
      if (isBot(activity)) {
        expected.push(activity);
      } else {
        await flush();
        pending = activity;
      }
    }
    await flush();
  });
});
