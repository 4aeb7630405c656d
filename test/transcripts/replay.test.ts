import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { testCatalog, testConversation } from '../support/fixtures';

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
  it('has one in every language', () => {
    const languages = files.map((f) => f.split('.').at(-2));
    expect([...new Set(languages)].sort()).toEqual([...testCatalog().languages].sort());
  });

  it.each(files)('%s replays as recorded', async (file) => {
    const activities = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Partial<Activity>[];
    const recordedBotId = activities.find(isBot)?.from?.id;
    const firstUser = activities.find((a) => !isBot(a));
    const chat = testConversation(firstUser?.locale);

    let expected: Partial<Activity>[] = [];
    let pending: Partial<Activity> | undefined;
    const flush = async (): Promise<void> => {
      if (!pending) return;
      const user = pending;
      const answered = (
        await chat.send({
          type: user.type,
          text: user.text,
          value: user.value,
          locale: user.locale,
          // The recorded bot may have had another id: it is the one the bot must recognise as itself.
          membersAdded: user.membersAdded?.map((m) => (m.id === recordedBotId ? { ...m, id: 'bot' } : m)),
        })
      ).filter((a) => a.type !== 'typing');
      expect({ after: user.text ?? user.type, replies: answered.map(visible) }).toEqual({ after: user.text ?? user.type, replies: expected.map(visible) });
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
