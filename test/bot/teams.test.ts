import { paragraphs, testConversation, translate } from '../support/fixtures';

const en = translate('en');
const BOT = { id: 'bot', name: 'Support' };
const mention = (text: string) => ({
  text: `<at>Support</at> ${text}`,
  entities: [{ type: 'mention', text: '<at>Support</at>', mentioned: BOT }],
});

describe('Microsoft Teams', () => {
  it('welcomes when installed in personal scope, in the Teams locale', async () => {
    const chat = testConversation('ko-KR', { channelId: 'msteams' });
    const replies = await chat.send({ type: 'installationUpdate', action: 'add' });
    expect(replies.flatMap(paragraphs)).toEqual([translate('ko')('common.welcome')]);
  });

  it('welcomes a user added to a one-to-one chat, but nobody joining a team or group chat', async () => {
    const personal = testConversation('en-US', { channelId: 'msteams' });
    expect((await personal.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'User' }] })).flatMap(paragraphs)).toEqual([
      en('common.welcome'),
    ]);

    const team = testConversation('en-US', { channelId: 'msteams', conversationType: 'channel' });
    expect(await team.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-2', name: 'New colleague' }] })).toEqual([]);
    expect(await team.send({ type: 'installationUpdate', action: 'add' })).toEqual([]);
  });

  it('in a group chat answers only when mentioned, and reads the message without the mention', async () => {
    const chat = testConversation('en-US', { channelId: 'msteams', conversationType: 'groupChat' });
    expect(await chat.say('activate my membership')).toEqual([]);
    expect(await chat.say('', mention(en('activateMembership.title')))).toEqual([
      en('common.procedure.starting', { title: en('activateMembership.title') }),
      en('activateMembership.openAccountPage'),
    ]);
    expect(await chat.say('yes')).toEqual([]);
    expect(await chat.say('', mention('yes'))).toEqual([en('activateMembership.clickActivateNow')]);
  });

  it('in a group chat does not delete the conversation for everyone when one member asks ("delete my data")', async () => {
    const chat = testConversation('en-US', { channelId: 'msteams', conversationType: 'groupChat' });
    expect(await chat.say('', mention('please delete my data'))).toEqual([en('common.privacy.eraseInGroup')]);
    expect(await chat.say('', mention('yes'))).not.toContain(en('common.privacy.erased'));
  });

  it('does not store or log group messages that were not meant for the bot', async () => {
    const chat = testConversation('en-US', { channelId: 'msteams', conversationType: 'channel' });
    await chat.say('my card is 4111 1111 1111 1111');
    await expect(chat.storedState()).rejects.toThrow(/no conversation state/);
    expect(chat.logs.text).not.toContain('4111');
  });
});
