import { keysAfter } from '../support/botKeys';
import { testConversation, translate } from '../support/fixtures';

/**
 * "Not yet" to a step that asks whether the user did what it says: they have not tried yet, so the step waits; it is
 * no answer that ends the procedure. Asked what is there ("are all your orders completed?"), "not yet" is a no.
 */
describe('"not yet" at a step that asks whether the user did it', () => {
  it.each([
    ['en', 'not yet'],
    ['es', 'no, todavía no lo he cambiado en taobao'],
    ['fr', 'pas encore'],
    ['zh', '还没呢'],
    ['ko', '아직이요'],
    ['el', 'όχι ακόμα'],
  ])('in %s, "%s" at "change it in Taobao first. Did it succeed?" waits', async (locale, notYet) => {
    expect(await keysAfter(locale, [translate(locale)('taobaoChangeAlipay.title'), notYet])).toEqual([
      'common.procedure.takeYourTime',
      'taobaoChangeAlipay.changeInTaobaoFirst',
    ]);
  });

  it.each([
    ['en', 'no, it failed'],
    ['es', 'no, me da error'],
  ])('in %s, a no with a failure ("%s") still says what the articles say of it', async (locale, failed) => {
    expect(await keysAfter(locale, [translate(locale)('taobaoChangeAlipay.title'), failed])).toContain('taobaoChangeAlipay.taobaoCannotChange');
  });

  it('in en, "not yet" to "are all your orders completed?" is a no: finish them first', async () => {
    expect(await keysAfter('en', [translate('en')('move1688ToWorldFirst.title'), 'not yet'])).toContain('move1688ToWorldFirst.finishOrdersFirst');
  });
});

/** Closings one after another ("nada más, adiós", "that's all, bye") see the user off mid-procedure: no "no" to the step. */
describe('closings in a row mid-procedure', () => {
  it.each([
    ['es', 'nada más, adiós'],
    ['en', "that's all, bye"],
    ['fr', "c'est tout, au revoir"],
  ])('in %s, "%s" is a goodbye, the step kept', async (locale, bye) => {
    expect(await keysAfter(locale, [translate(locale)('taobaoChangeAlipay.title'), bye])).toEqual(['common.goodbye']);
  });
});

/** "How would you rate this help?" answered with an "ok" that opens thanks or a goodbye: no "ok" rating (3), the user is seen off. */
describe('an acknowledgement and a goodbye, asked for a rating', () => {
  const rated = async (locale: string, text: string) => {
    const t = translate(locale);
    const chat = testConversation(locale);
    for (const line of [t('unbindCard.title'), t('common.yes'), t('common.yes'), t('common.yes'), t('common.yes'), t('common.yes')]) await chat.say(line);
    await chat.say(text);
    return { said: (await chat.storedState()).support.transcript.at(-1), outcome: (await chat.outcomes.all()).at(-1) };
  };

  it.each([
    ['fr', "d'accord merci, ce sera tout"],
    ['en', 'ok thank you, have a nice day'],
    ['es', 'ok muchas gracias, hasta luego'],
    ['el', 'εντάξει, σας ευχαριστώ, καλό βράδυ'],
    ['el', 'ευχαριστώ, γεια χαρά'],
    ['zh', '好的 谢谢 拜拜'],
    ['ko', '네 감사합니다 안녕히 계세요'],
    ['en', 'thank you, have a great day'],
    ['el', 'σας ευχαριστώ, καλή μέρα'],
    ['es', 'muchas gracias, que tenga buen día'],
  ])('in %s, "%s" ends the wrap-up: solved kept, no rating', async (locale, text) => {
    const { said, outcome } = await rated(locale, text);
    expect(said).toMatchObject({ from: 'bot', key: 'common.goodbye' });
    expect(outcome).toMatchObject({ solved: true, rating: null });
  });

  it.each([
    ['en', 'ok'],
    ['fr', 'bien, merci'],
  ])('in %s, "%s" still rates', async (locale, text) => {
    expect((await rated(locale, text)).outcome).toMatchObject({ solved: true, rating: 3 });
  });
});

/** "Did this solve your problem?" "no", then "would you like a person?" answered with a no that says stop: the offer's no, not "I've stopped that procedure". */
describe("a stop said to the wrap-up's offer of a person", () => {
  it.each([
    ['en', "no, let's leave it there"],
    ['ko', '아니요 이제 그만할게요'],
    ['zh', '不用了，就到这吧'],
  ])('in %s, "%s" declines it', async (locale, text) => {
    const t = translate(locale);
    const lines = [t('unbindCard.title'), t('common.yes'), t('common.yes'), t('common.yes'), t('common.yes'), t('common.no'), text];
    const said = await keysAfter(locale, lines);
    expect(said).toContain('feedback.sorry');
    expect(said).not.toContain('common.procedure.cancelled');
  });
});
