import type { Activity } from 'botbuilder';
import type { HandoffContext } from '../../bot/botframework/handoffInitiation';
import { LOCALES, paragraphs, testConversation, translate } from '../support/fixtures';

/**
 * HANDOFF_MODE=protocol: the bot speaks the Bot Framework handoff protocol to a contact centre.
 * `handoff.initiate` carries the escalation and the masked transcript; `handoff.status` events
 * drive what happens next.
 */
const status = (state: string): Partial<Activity> => ({ type: 'event', name: 'handoff.status', value: { state } });
const messages = (activities: Partial<Activity>[]) => activities.filter((a) => a.type === 'message').flatMap(paragraphs);

describe.each(LOCALES)('handoff protocol in %s', (locale) => {
  const t = translate(locale);
  const en = translate('en');
  const yes = t('common.choice.yes');
  const startHandoff = async () => {
    const chat = testConversation(locale, { env: { HANDOFF_MODE: 'protocol' } });
    await chat.say(t('activateMembership.title'));
    await chat.say('4111 1111 1111 1111');
    const sent = await chat.send({ text: t('common.menu.talkToPerson') });
    return { chat, sent };
  };

  it('sends handoff.initiate with the reason, procedure, step, locale, summary and the masked transcript', async () => {
    const { chat, sent } = await startHandoff();
    expect(messages(sent)).toEqual([t('common.handoff.connecting')]);
    const initiate = sent.find((a) => a.type === 'event' && a.name === 'handoff.initiate')!;
    expect(initiate).toBeDefined();
    const value = initiate.value as HandoffContext;
    expect(value).toEqual({
      reason: 'user_asked',
      procedureId: 'activate_membership',
      step: 'openAccountPage',
      locale,
      summary: en('common.handoff.summary', {
        reason: 'user_asked',
        procedure: `${en('activateMembership.title')} (activate_membership, openAccountPage)`,
        messages: 3,
      }),
    });
    const [attachment] = initiate.attachments ?? [];
    expect(attachment).toMatchObject({ contentType: 'application/json', name: 'Transcript' });
    const transcript = (attachment.content as { activities: Array<{ text: string; from: { id: string } }> }).activities;
    const texts = transcript.map((a) => a.text);
    expect(texts).toEqual(expect.arrayContaining([t('activateMembership.title'), t('activateMembership.openAccountPage')]));
    expect(JSON.stringify(initiate)).not.toMatch(/4111/);
    expect(chat.escalations).toEqual([]);
  });

  it('stays silent while accepted, and on completed resumes and asks how it went', async () => {
    const { chat } = await startHandoff();
    expect(messages(await chat.send({ text: 'hello, is someone there?' }))).toEqual([]);
    expect(messages(await chat.send(status('accepted')))).toEqual([]);
    expect(messages(await chat.send({ text: 'yes' }))).toEqual([]);
    expect(messages(await chat.send(status('completed')))).toEqual([t('common.handoff.completed'), t('feedback.askSolved')]);
    expect(await chat.say(yes)).toEqual([t('feedback.askRating')]);
    await chat.say(t('feedback.rating.5'));
    expect(await chat.outcomes.all()).toEqual(expect.arrayContaining([expect.objectContaining({ procedureId: 'human_agent', solved: true, rating: 5 })]));
  });

  it('on failed tells the user and takes a message, stored as a ticket', async () => {
    const { chat } = await startHandoff();
    expect(messages(await chat.send(status('failed')))).toEqual([t('common.handoff.failed'), t('common.handoff.offerMessage')]);
    expect(await chat.say(yes)).toEqual([t('common.handoff.writeMessage')]);
    expect(await chat.say('Please call me back about my membership')).toEqual([t('common.handoff.messageLeft', { ticket: 'T1' })]);
    expect(chat.escalations[0]).toMatchObject({ reason: 'user_asked', procedureId: 'activate_membership', step: 'openAccountPage', locale });
    expect(chat.escalations[0].messageLeft).toBe('Please call me back about my membership');
    expect(chat.escalations[0].transcript.map((l) => ('text' in l ? l.text : l.key))).not.toContain('Please call me back about my membership');
  });
});

it('ignores handoff.status when no handoff is running, and unknown states', async () => {
  const chat = testConversation('en', { env: { HANDOFF_MODE: 'protocol' } });
  expect(messages(await chat.send(status('completed')))).toEqual([]);
  expect(messages(await chat.send(status('sideways')))).toEqual([]);
});
