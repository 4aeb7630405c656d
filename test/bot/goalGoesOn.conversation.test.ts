import { LOCALES, testConversation, translate } from '../support/fixtures';

/**
 * A procedure run on the way to another goes back to that goal once solved: activating the membership in the middle of
 * a withdrawal ends at "have you submitted your withdrawal?", not at "did this solve your problem?"; recovering the
 * login password in the middle of deleting a card goes on to opening "My account".
 */
async function keysOfLastReply(locale: string, turns: readonly string[]): Promise<string[]> {
  const chat = testConversation(locale);
  const t = translate(locale);
  for (const turn of turns) await chat.say(turn.startsWith('@') ? t(turn.slice(1)) : turn);
  const transcript = (await chat.storedState()).support.transcript;
  const lastUser = transcript.map((l) => l.from).lastIndexOf('user');
  return transcript.slice(lastUser + 1).flatMap((l) => (l.from === 'bot' && 'key' in l && l.key ? [l.key] : []));
}

describe('the goal a procedure was run for goes on', () => {
  it.each(LOCALES)('in %s, a withdrawal goes on once the membership is activated', async (locale) => {
    const t = translate(locale);
    const yes = '@common.choice.yes';
    const keys = await keysOfLastReply(locale, [
      t('withdrawFunds.title'),
      yes,
      '@withdrawFunds.choice.asksToActivate',
      yes,
      yes,
      yes,
      yes,
      yes,
      '@smsCode.choice.justNow',
      yes,
    ]);
    expect(keys).toEqual(['smsCode.verified', 'activateMembership.activated', 'withdrawFunds.withdrawAmount']);
  });

  it.each(LOCALES)('in %s, deleting a card goes on once the login password is recovered', async (locale) => {
    const yes = '@common.choice.yes';
    const t = translate(locale);
    const keys = await keysOfLastReply(locale, [t('unbindCard.title'), '@common.choice.no', yes, yes, yes, yes]);
    expect(keys).toEqual(['resetLoginPassword.loggedIn', 'unbindCard.openMyAccount']);
  });
});
