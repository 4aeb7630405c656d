import { keysAfter } from '../support/botKeys';
import { testConversation, translate } from '../support/fixtures';

/**
 * Words that are an answer only alone, asked about in a question (trial 32: "le mot de passe de paiement peut etre le
 * même que celui de connexion ?" was read as "not sure", and a Greek "ισχύει ακόμα…;", is it still valid, as a yes):
 * inside a question they are its words, and the question is read as one.
 */
describe('words that answer only alone', () => {
  it('in fr, "peut être" inside a question is "can be", not "maybe": the question is answered', async () => {
    const keys = await keysAfter('fr', [
      translate('fr')('activateMembership.title'),
      'oui',
      'oui',
      'le mot de passe de paiement peut etre le même que celui de connexion ?',
    ]);
    expect(keys[0]).toBe('answers.intlPasswordSame.answer');
  });

  it('in fr, "peut-être" alone is still "not sure"', async () => {
    const keys = await keysAfter('fr', [translate('fr')('unbindCard.title'), 'peut-être']);
    expect(keys).toContain('common.procedure.notSure');
  });

  it('in el, "ισχύει ακόμα…;" asks; it is no yes to the step', async () => {
    const chat = testConversation('el');
    for (const line of [translate('el')('withdrawFunds.title'), 'ναι', 'ναι']) await chat.say(line);
    await chat.say('ισχύει ακόμα το όριο των 100 συναλλαγών;');
    expect((await chat.storedState()).support.procedure?.snapshot).toMatchObject({ value: 'withdrawAmount' });
  });

  it('in el, "ισχύει" alone is a yes', async () => {
    const keys = await keysAfter('el', [translate('el')('withdrawFunds.title'), 'ναι', 'ναι', 'ισχύει']);
    expect(keys[0]).toBe('withdrawFunds.withdrawalSubmitted');
  });
});
