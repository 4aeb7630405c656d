import { testConversation, testUnderstanding, translate } from '../support/fixtures';
import { keysAfter } from '../support/botKeys';

/**
 * What a trial by new users (several turns each, typed in their own words) found, through the production middleware:
 * a greeting before the request, a rating given with "solved", a question beside a declined offer, "that's all",
 * an answer beside a language request, a question that holds a yes word.
 */
describe('a new user in their own words', () => {
  it.each([
    ['es', 'hola buenas tardes, el código por SMS nunca me llega y ya lo pedí como 5 veces'],
    ['en', 'hi there good morning, my sms verification code never arrives'],
  ])('in %s, a greeting before the request does not hide it: "%s"', async (locale, text) => {
    const said = await keysAfter(locale, [text]);
    expect(said).toContain('common.procedure.starting');
    expect(said).not.toContain('common.greeting');
  });

  it.each([
    ['es', 'sí, resuelto. 5 estrellas'],
    ['en', 'yes thanks, 4/5'],
    ['ko', '네 감사합니다. 완전 친절하고 좋았어요, 5점 드릴게요'],
  ])('in %s, a rating given with "solved" is not asked for again: "%s"', async (locale, text) => {
    const title = translate(locale)('bindCard.title');
    const no = translate(locale)('common.choice.no');
    const said = await keysAfter(locale, [title, no, text]);
    expect(said).toContain('feedback.thanks');
    expect(said).not.toContain('feedback.askRating');
  });

  it('answers a question said beside a declined walkthrough', async () => {
    const said = await keysAfter('en', ['what happens to my alipay business balance when I move 1688 to worldfirst?', 'no thanks. where do 1688 refunds go?']);
    expect(said).toContain('answers.refund1688.answer');
    expect(said).not.toContain('common.procedure.anythingElse');
  });

  it.each([
    ['es', 'gracias, eso es todo'],
    ['es', 'eso es todo'],
    ['en', "that's all, thanks"],
    ['zh', '就这些，谢谢'],
  ])('in %s, "%s" closes the conversation (no article)', async (locale, text) => {
    const said = await keysAfter(locale, [text]);
    expect(said).toEqual(['common.goodbye']);
  });

  it('takes the answer said beside a language request, in the new language', async () => {
    const chat = testConversation('ko');
    await chat.say('마이 알리페이 로그인 어디서 해요?');
    await chat.say('네. 근데 혹시 스페인어로 해도 돼요? 제 친구가 스페인 사람이라 옆에서 같이 보고 있어서요');
    const data = (await chat.storedState()).support;
    expect(data.locale).toBe('es');
    expect(data.procedure?.procedureId).toBe('access_alipay');
  });

  it('reads a reason beside a language request as no answer', async () => {
    const title = translate('en')('bindCard.title');
    const said = await keysAfter('en', [title, translate('en')('common.choice.yes'), "can we switch to french? my english isn't great"]);
    expect(said[0]).toBe('common.language.switched');
    expect(said).toContain('bindCard.openCardList');
  });

  it('does not hand over on a question that holds a yes word', async () => {
    const chat = testConversation('en');
    await chat.say('Reset the Alipay payment password');
    for (const answer of ['yes', 'yes', 'yes']) await chat.say(answer);
    await chat.say('I forgot them');
    await chat.say('what documents exactly? would my passport work?');
    expect(chat.escalations).toEqual([]);
  });
});

describe('a Greek user typing Greeklish', () => {
  it('keeps the conversation in Greek', async () => {
    const chat = testConversation('el');
    await chat.say('geia sas, thelo na metafero tis pliromes tou 1688 apo to alipay business sto worldfirst');
    await chat.say('nai, ti metafora ton pliromon sto worldfirst');
    expect((await chat.storedState()).support.locale).toBe('el');
  });

  it('declines with "oxi" set apart, whatever follows it', () => {
    const understanding = testUnderstanding();
    expect(understanding.yesNo('oxi, to vrika telika, egine', 'el', 'offer')).toBe(false);
    expect(understanding.yesNo('ας το δοκιμάσουμε', 'el', 'offer')).toBe(true);
  });
});

describe('a request corrected on the way', () => {
  it.each([
    ['fr', 'Bonsoir. Je veux ajouter... non pardon, retirer une carte bancaire de mon Alipay', 'unbind_card'],
    ['en', 'I want to add a card, sorry I mean remove a card from alipay', 'unbind_card'],
  ])('in %s, "%s" starts the procedure asked for last', async (locale, text, procedure) => {
    const chat = testConversation(locale);
    await chat.say(text);
    expect((await chat.storedState()).support.procedure?.procedureId).toBe(procedure);
  });
});

describe('a question no fact answers, asked at a step', () => {
  it.each([
    ['en', 'can I withdraw it to my brothers bank account instead? mine is closed'],
    ['es', '¿puedo sacarlo a la cuenta de mi hermano? la mía está cerrada'],
  ])('in %s, "%s" is said not found, then the step is asked again (no "didn\'t catch your answer")', async (locale, text) => {
    const t = translate(locale);
    const said = await keysAfter(locale, [t('move1688ToWorldFirst.title'), t('common.choice.yes'), t('common.choice.yes'), text]);
    expect(said[0]).toBe('common.procedure.questionNotFound');
    expect(said).not.toContain('common.procedure.notUnderstood');
    expect(said.at(-1)).toBe('move1688ToWorldFirst.withdrawBalance');
  });
});

describe('a declined offer and a command in one message', () => {
  it.each([
    ['en', 'what happens to my alipay business balance when I move 1688 to worldfirst?', 'no thanks, show me the menu'],
    ['zh', '1688换万里汇以后，支付宝商业账户里的余额怎么办？', '不用，重新开始吧'],
  ])('in %s, the command after the no is done', async (locale, question, reply) => {
    const said = await keysAfter(locale, [question, reply]);
    expect(said).toContain('common.menu.help');
    expect(said).not.toContain('common.procedure.anythingElse');
  });
});
