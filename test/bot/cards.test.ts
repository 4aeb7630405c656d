import { expectValidCard } from '../support/cards';
import { buttons, cardOf, LOCALES, paragraphs, testConversation, translate } from '../support/fixtures';

describe.each(LOCALES)('cards in %s', (locale) => {
  const t = translate(locale);

  it('are valid Adaptive Cards 1.5 at every step of the procedure, with the step hint', async () => {
    const chat = testConversation(locale);
    const cards = [];
    cards.push(cardOf((await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'User' }] }))[0]));
    for (const text of [
      t('activateMembership.title'),
      t('common.choice.yes'),
      t('common.choice.yes'),
      t('common.choice.yes'),
      t('common.choice.yes'),
      t('common.choice.yes'),
    ]) {
      cards.push(cardOf((await chat.send({ text })).filter((a) => a.type === 'message')[0]));
    }
    expect(cards.every(Boolean)).toBe(true);
    for (const card of cards) expectValidCard(card as Record<string, unknown>);
    expect(cards[1]?.body?.[0]).toMatchObject({ text: t('common.procedure.progress', { step: 1, total: 5 }), isSubtle: true });
  });
});

describe('card buttons', () => {
  const en = translate('en');

  it('send the label as Teams imBack text and as a Web Chat value, both read like typing', async () => {
    const chat = testConversation('en-US');
    const [card] = await chat.send({ text: en('activateMembership.title') });
    const yes = cardOf(card)?.actions?.find((a) => a.title === en('common.choice.yes'));
    expect(yes?.data).toEqual({ msteams: { type: 'imBack', value: en('common.choice.yes') }, answer: en('common.choice.yes') });
    // Web Chat posts the data as value, with no text.
    expect(await chat.say('', { value: yes?.data })).toEqual([en('activateMembership.clickActivateNow')]);
  });

  it('fall back to suggested actions on a text-only channel', async () => {
    const chat = testConversation('en-US');
    const [reply] = await chat.send({ text: en('activateMembership.title'), channelData: { textOnly: true } });
    expect(cardOf(reply)).toBeUndefined();
    expect(paragraphs(reply)).toEqual([en('common.procedure.starting', { title: en('activateMembership.title') }), en('activateMembership.openAccountPage')]);
    expect(buttons(reply)).toEqual([en('common.choice.yes'), en('common.choice.no')]);
    expect(reply.suggestedActions?.actions.every((a) => a.type === 'imBack')).toBe(true);
  });
});
