import { summarizeOutcomes } from '../../bot/outcomes/outcomeLog';
import { keysAfter } from '../support/botKeys';
import { testConversation, translate } from '../support/fixtures';

/**
 * A goodbye that rates the help on the way out ("thanks, 4 stars, bye"), wherever it comes: after an answer that offered
 * a walkthrough, after a person was called, in the middle of a procedure. It is said back and the rating thanked for; the
 * offer is not taken by its "ok", nothing is started, and nothing is "not understood". With a question or a request in
 * it, it is no goodbye.
 */
const askValidity: Record<string, string> = {
  en: 'how long does the sms code stay valid?',
  es: '¿cuánto tiempo vale el código sms?',
  fr: 'le code sms reste valable combien de temps ?',
  el: 'πόση ώρα ισχύει ο κωδικός sms;',
  ko: '문자 인증번호는 몇 분 동안 유효해요?',
  zh: '短信验证码多长时间有效？',
};

describe('a goodbye with a rating', () => {
  it.each([
    ['en', 'ok perfect, thanks a lot. 4 stars from me, bye'],
    ['es', 'vale, muchas gracias, te pongo un 5 de 5. adiós'],
    ['fr', "d'accord merci, je mets 4 sur 5. bonne journée"],
    ['el', 'οκ ευχαριστώ πολύ, 5 στα 5. γεια σας'],
    ['ko', '네 감사합니다 별점 5개 드릴게요 안녕히 계세요'],
    ['zh', '好的，谢谢，给你打五星，再见'],
    ['ko', '감사합니다 별점 다섯 개 드릴게요 안녕히 계세요'],
  ])('in %s, after an answer that offers a walkthrough, "%s" thanks and says goodbye', async (locale, farewell) => {
    expect(await keysAfter(locale, [askValidity[locale], farewell])).toEqual(['feedback.thanks', 'common.goodbye']);
  });

  // A rating in number words is one too ("cinq sur cinq", "three out of five", "πέντε αστέρια"), after an ok.
  it.each([
    ['en', 'ok thank you, three out of five'],
    ['es', 'vale gracias, cinco estrellas'],
    ['fr', 'ok merci bcp, cinq sur cinq'],
    ['el', 'οκ ευχαριστώ, πέντε αστέρια'],
    ['ko', '네 감사합니다 별 다섯 개요'],
    ['zh', '好的谢谢，五颗星'],
  ])('in %s, after an answer that offers a walkthrough, "%s" is thanked, not taken as a yes', async (locale, rating) => {
    expect(await keysAfter(locale, [askValidity[locale], rating])).toEqual(['feedback.thanks', 'common.goodbye']);
  });

  // "Later" declines the walkthrough offered, also after an ok that only takes the answer in.
  it.each([
    ['en', "ok, I'll come back later, thanks"],
    ['es', 'vale, vuelvo luego, gracias'],
    ['fr', "d'accord, je reviendrai, merci"],
    ['el', 'οκ, θα ξαναέρθω αργότερα, ευχαριστώ'],
    ['ko', '네 알겠어요 다시 올게요 감사합니다'],
    ['zh', '好的，我回头再来，谢谢'],
  ])('in %s, after an answer that offers a walkthrough, "%s" declines it', async (locale, later) => {
    // Declined, the bot asks what else, or says goodbye back where the thanks close the exchange.
    const keys = await keysAfter(locale, [askValidity[locale], later]);
    expect(keys).toHaveLength(1);
    expect(['common.procedure.anythingElse', 'common.goodbye']).toContain(keys[0]);
  });

  it.each([
    ['en', 'thank you, I will wait here then'],
    ['es', 'gracias, quedo a la espera'],
    ['fr', "merci, j'attends alors"],
    ['el', 'ευχαριστώ, θα περιμένω'],
    ['ko', '고마워요 기다릴게요'],
    ['zh', '好的谢谢，我等着'],
  ])('in %s, after a person was called, "%s" is a goodbye, not a new request', async (locale, farewell) => {
    const chat = testConversation(locale);
    await chat.say(translate(locale)('common.menu.talkToPerson'));
    await chat.say(farewell);
    const data = (await chat.storedState()).support;
    expect(data.transcript.at(-1)).toMatchObject({ from: 'bot', key: 'common.goodbye' });
    expect(chat.escalations).toHaveLength(1);
  });

  it.each([
    ['en', 'thanks, 5/5, have a good day'],
    ['es', 'gracias, 4 estrellas. hasta luego'],
    ['fr', 'merci, 5 étoiles, au revoir'],
    ['el', 'ευχαριστώ, 4 αστέρια, καλό βράδυ'],
    ['ko', '감사해요, 4점이요. 수고하세요'],
    ['zh', '谢谢，4分，拜拜'],
  ])('in %s, mid-procedure, "%s" thanks, says goodbye and keeps the step for a return', async (locale, farewell) => {
    const chat = testConversation(locale);
    await chat.say(translate(locale)('unbindCard.title'));
    await chat.say(farewell);
    const data = (await chat.storedState()).support;
    expect(data.transcript.slice(-2).map((l) => ('key' in l ? l.key : l.from))).toEqual(['feedback.thanks', 'common.goodbye']);
    expect(data.procedure).toMatchObject({ procedureId: 'unbind_card' });
    // Back again: the step is where it was.
    await chat.say(translate(locale)('common.yes'));
    expect((await chat.storedState()).support.transcript.at(-1)).toMatchObject({ key: 'unbindCard.openMyAccount' });
  });

  it.each([
    ['en', 'thanks, 5 stars. how do I withdraw from the international account?'],
    ['es', 'gracias, un 5. ¿y cómo retiro dinero de la cuenta internacional?'],
    ['fr', 'merci, 5 étoiles, et comment je retire de l’argent du compte international ?'],
    ['zh', '谢谢，5分。国际账户怎么提现？'],
  ])('in %s, "%s" holds a question: no goodbye', async (locale, message) => {
    const keys = await keysAfter(locale, [askValidity[locale], message]);
    expect(keys).not.toContain('common.goodbye');
  });

  it('amends the last run with a rating given after it ended: one run in the summary, rated', async () => {
    const chat = testConversation('en');
    await chat.say(translate('en')('unbindCard.title'));
    await chat.say(translate('en')('common.menu.talkToPerson'));
    await chat.say('thanks, 3 out of 5, bye');
    const data = (await chat.storedState()).support;
    expect(data.outcomes.at(-1)).toMatchObject({ procedureId: 'unbind_card', outcome: 'escalated', rating: 3 });
    const records = await chat.outcomes.all();
    expect(records.filter((r) => r.procedureId === 'unbind_card')).toHaveLength(2);
    const [summary] = summarizeOutcomes(records).filter((s) => s.procedureId === 'unbind_card');
    expect(summary).toMatchObject({ runs: 1, ratings: 1, averageRating: 3, byOutcome: { escalated: 1 } });
  });
});

// Trial 31: "thats all, cya", "ㅇㅋ 감사요 바이" got "didn't understand"; casual goodbyes in every language are goodbyes.
describe('a casual goodbye', () => {
  it.each([
    ['en', 'thats all, cya'],
    ['en', 'ok gotta go, ttyl'],
    ['zh', '不用了，走了'],
    ['zh', '谢谢，回见'],
    ['ko', 'ㅇㅋ 감사요 바이'],
    ['ko', '감사합니다 ㅂㅂ'],
    ['es', 'gracias, hasta pronto'],
    ['fr', 'merci, à bientôt'],
    ['fr', 'ok merci, ciao'],
    ['el', 'ευχαριστώ, bye'],
  ])('in %s, "%s" is seen off', async (locale, goodbye) => {
    expect(await keysAfter(locale, [goodbye])).toEqual(['common.goodbye']);
  });
});

// Trial 30: "five. cheers, bye" to "how would you rate…?" got the thanks, then "anything else?" and the menu.
describe('the rating asked for, given with a goodbye', () => {
  const rated = async (locale: string, rating: string) => {
    const t = translate(locale);
    const yes = t('common.choice.yes');
    const chat = testConversation(locale);
    for (const line of [t('unbindCard.title'), yes, yes, yes, yes, yes]) await chat.say(line);
    const before = (await chat.storedState()).support.transcript.length;
    await chat.say(rating);
    const data = (await chat.storedState()).support;
    return { keys: data.transcript.slice(before).flatMap((l) => (l.from === 'bot' && 'key' in l && l.key ? [l.key] : [])), data };
  };

  it.each([
    ['en', 'five. cheers, bye', 5],
    ['en', '4, thanks, bye bye', 4],
    ['es', 'cinco, gracias, adiós', 5],
    ['fr', '4. merci, au revoir', 4],
    ['zh', '5分，谢谢，再见', 5],
    ['ko', '5점이요 감사합니다 안녕히 계세요', 5],
    ['el', 'τέσσερα, ευχαριστώ, αντίο', 4],
  ])('in %s, "%s" is thanked for and seen off, the rating kept', async (locale, rating, stars) => {
    const { keys, data } = await rated(locale, rating);
    expect(keys).toEqual(['feedback.thanks', 'common.goodbye']);
    expect(data.outcomes.at(-1)).toMatchObject({ procedureId: 'unbind_card', rating: stars });
  });

  it.each([
    ['en', '5'],
    ['en', '5 thanks'],
  ])('in %s, "%s" alone leaves the menu open', async (locale, rating) => {
    expect((await rated(locale, rating)).keys).toEqual(['feedback.thanks', 'common.procedure.anythingElse']);
  });
});

describe('a stop on the way out', () => {
  it.each([
    ['en', 'ok forget it, I will sort it out myself. thanks anyway, bye'],
    ['es', 'déjalo, ya lo haré yo. gracias de todas formas, adiós'],
    ['fr', 'bon laisse tomber, je vais me débrouiller. merci quand même, au revoir'],
    ['el', 'άσ’το, θα το κάνω μόνος μου. ευχαριστώ πάντως, αντίο'],
    ['ko', '그만할게요 제가 알아서 할게요. 감사합니다 안녕히 계세요'],
    ['zh', '算了不弄了，我自己来。谢谢，拜拜'],
  ])('in %s, "%s" stops the procedure and sees the user off, with no "what next?"', async (locale, message) => {
    const chat = testConversation(locale);
    await chat.say(translate(locale)('withdrawFunds.title'));
    await chat.say(message);
    const data = (await chat.storedState()).support;
    expect(data.procedure).toBeUndefined();
    expect(data.transcript.at(-1)).toMatchObject({ key: 'common.goodbye' });
    expect(data.outcomes.at(-1)).toMatchObject({ procedureId: 'withdraw_funds', outcome: 'abandoned' });
  });

  it('"cancel" alone still asks what next', async () => {
    const chat = testConversation('en');
    await chat.say(translate('en')('withdrawFunds.title'));
    await chat.say('cancel');
    expect((await chat.storedState()).support.transcript.at(-1)).toMatchObject({ key: 'common.procedure.cancelled' });
  });
});
