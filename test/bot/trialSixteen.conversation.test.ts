import { FEEDBACK } from '../../dialogs/catalogue';
import { sendToProcedure, startProcedure } from '../../dialogs/runner';
import { privacyFilterFor } from '../../bot/privacy/privacyFilter';
import { testCatalog, testConversation, testUnderstanding, translate } from '../support/fixtures';
import { keysAfter } from '../support/botKeys';

/**
 * What the sixteenth new-user trial found, through the production middleware: a yes that opens a report of the user's
 * own does not take an offer (a person, another procedure), a Korean report is no rating, a choice the answer
 * already names is not asked again, Greeklish keeps a Greek conversation in Greek, a goodbye mid-procedure is no yes,
 * and a question mark ending the word after "password" ends a question, it is no secret.
 */
const understanding = testUnderstanding();

describe('a yes that opens a report does not take an offer', () => {
  it.each([
    ['en', 'ok done, the sms code came and I typed it in'],
    ['en', 'ok unbound it on the alipay business side and moved on'],
    ['fr', "ah si je l'ai trouvée, c'est le petit logo carte. j'ai cliqué sur supprimer la carte"],
    ['zh', '找到了 在右边。点了删除它弹出一个确认框'],
    ['es', 'vale, ya lo encontré, le di a borrar y salió un mensaje de confirmación'],
    ['el', 'ναι οκ το βρήκα, πάτησα διαγραφή και βγήκε ένα παράθυρο επιβεβαίωσης'],
    ['ko', '네 찾았어요 삭제 눌렀더니 확인 창이 떠요 이제 어떻게 해요'],
  ])('in %s, "%s"', (locale, text) => {
    expect(understanding.takesOffer(text, locale)).toBe(false);
  });

  it.each([
    ['en', 'yes'],
    ['en', 'sure, please connect me with someone who can help'],
    ['en', 'I cancelled my old card last week so yeah I want to add the new one'],
    ['es', 'sí, por favor, páseme con una persona'],
    ['fr', 'oui je veux bien parler à quelqu’un de votre équipe'],
    ['zh', '好的，麻烦帮我转人工客服吧'],
    ['ko', '네 상담원 연결해 주세요'],
    ['el', 'ναι θέλω να μιλήσω με κάποιον από την υποστήριξη'],
  ])('in %s, "%s" takes it', (locale, text) => {
    expect(understanding.takesOffer(text, locale)).toBe(true);
  });

  it('takes no offer of the conversation\'s own ("the articles don\'t say; a person?") with a report', async () => {
    const asked = 'what percentage is the withdrawal fee on alipay business?';
    expect(await keysAfter('en', [asked])).toContain('common.answer.unknown');
    expect(await keysAfter('en', [asked, 'ok done, I found the fee table myself and it is all fine'])).not.toContain('common.escalation.recorded');
    expect(await keysAfter('en', [asked, 'yes please'])).toContain('common.escalation.recorded');
  });

  it('hands no one to a person for "ok done, the sms code came"', async () => {
    const title = translate('en')('smsCode.title');
    const offered = await keysAfter('en', [title, 'no', 'no']);
    expect(offered).toContain('smsCode.boundNumberWrong');
    const said = await keysAfter('en', [title, 'no', 'no', 'ok done, the sms code came']);
    expect(said).not.toContain('common.escalation.recorded');
    expect(await keysAfter('en', [title, 'no', 'no', 'yes please'])).toContain('common.escalation.recorded');
  });
});

describe('a Korean report is no rating', () => {
  const solved = sendToProcedure(FEEDBACK, startProcedure(FEEDBACK).persisted, { type: 'answer.yes' });
  const meta = solved.position.status === 'waiting' ? solved.position.meta : undefined;
  const choices = (meta?.choices ?? []).map((c) => ({ id: c.id, label: translate('ko')(c.labelKey) }));

  it.each(['메일이 안 와요ㅠ', '이메일이 아직 안 왔어요', '사이트가 안 열려요'])('"%s" gives no rating and skips nothing', (text) => {
    expect(understanding.read(text, 'ko', meta!, choices)).toEqual({});
  });

  it.each([
    ['오점', 5],
    ['별 다섯 개', 5],
    ['4점이요', 4],
    ['이점이요', 2],
    ['사', 4],
  ])('"%s" is still %d', (text, value) => {
    expect(understanding.read(text, 'ko', meta!, choices).event).toEqual({ type: 'answer.number', value });
  });
});

describe('a choice the answer already names is not asked again', () => {
  it.each([
    ['en', 'yes I am a member, and it wants me to activate'],
    ['es', 'sí, soy miembro, y me pide activar la cuenta'],
  ])('in %s, "%s" goes on to the activation', async (locale, text) => {
    const said = await keysAfter(locale, [translate(locale)('withdrawFunds.title'), text]);
    expect(said).toContain('withdrawFunds.activateFirst');
    expect(said).not.toContain('withdrawFunds.openAccount');
  });

  it('does not carry over a choice that also means yes', async () => {
    const said = await keysAfter('es', [translate('es')('withdrawFunds.title'), 'si soy miembro de aliexpress. la cuenta es en dolares o en que moneda?']);
    expect(said).toContain('withdrawFunds.openAccount');
  });
});

describe('Latin letters in a Greek conversation', () => {
  it.each([
    ['el', ['Γεια σας, ξέχασα τον κωδικό πληρωμής στο alipay', 'den thimamai oute tis apantiseis stis erotiseis asfaleias']],
    ['el', ['θέλω να διαγράψω την κάρτα μου', 'pou einai to eikonidio tis kartas? den to vriskw']],
  ])('in %s, Greeklish is never answered in a third language', async (locale, lines) => {
    const chat = testConversation(locale);
    for (const line of lines) await chat.say(line);
    expect((await chat.storedState()).support.locale).toBe(locale);
  });

  it.each([
    ['geia sas, thelo na kanw eggrafi sto alipay gia na psonizw apo aliexpress', 'el'],
    ['hola, olvidé mi contraseña de pago de alipay', 'es'],
    ['bonjour, j’ai oublié mon mot de passe de paiement', 'fr'],
  ])('on a Greek channel, a first message "%s" is answered in %s', async (text, expected) => {
    const chat = testConversation('el');
    await chat.say(text);
    expect((await chat.storedState()).support.locale).toBe(expected);
  });

  it('still switch to English when the user writes English', async () => {
    const chat = testConversation('el');
    await chat.say('τι είναι το alipay;');
    await chat.say('sorry, can you tell me how I reset my payment password');
    expect((await chat.storedState()).support.locale).toBe('en');
  });
});

describe('a goodbye mid-procedure', () => {
  it.each([
    ['es', 'vale gracias, eso es todo'],
    ['en', "ok thanks, that's all"],
    ['fr', "d'accord merci, c'est tout"],
  ])('in %s, "%s" says goodbye and takes no branch', async (locale, text) => {
    const said = await keysAfter(locale, [translate(locale)('move1688ToWorldFirst.title'), text]);
    expect(said).toEqual(['common.goodbye']);
  });
});

describe('a question about which password to use hides nothing', () => {
  const filter = privacyFilterFor(testCatalog());
  it.each(['ya le di a activar ahora, ¿qué contraseña pongo? ¿la misma que uso para entrar?', 'quel mot de passe je mets?', 'which password?'])(
    '"%s" is kept as typed',
    (text) => {
      expect(filter.scan(text)).toEqual({ masked: text, found: [] });
    },
  );

  it.each(['password Mango?55', 'contraseña pongo?22', 'mdp soleil!', 'pw: abc?def'])('"%s" is still masked', (text) => {
    expect(filter.scan(text).found).toEqual(['password']);
  });
});

describe('another procedure asked for after the answer', () => {
  it.each([
    ['en', "done, it's activated. now how do I withdraw money?"],
    ['es', 'listo, ya está activada. ahora ¿cómo retiro dinero?'],
    ['fr', "c'est bon, c'est activé. maintenant comment je retire mon argent ?"],
  ])('in %s, "%s" takes the answer and offers the other procedure in place of the next step', async (locale, text) => {
    const t = translate(locale);
    expect(await keysAfter(locale, [t('activateMembership.title'), t('common.choice.yes'), t('common.choice.yes')])).toContain(
      'activateMembership.createPaymentPassword',
    );
    const said = await keysAfter(locale, [t('activateMembership.title'), t('common.choice.yes'), text]);
    expect(said).toContain('common.procedure.switchOffer');
    expect(said).not.toContain('activateMembership.createPaymentPassword');
  });

  it('begins it once the procedure has ended, in place of the wrap-up', async () => {
    const said = await keysAfter('en', [translate('en')('unbindCard.title'), 'yes', 'yes', 'yes', "yes it's gone. and how do I add a new card now?"]);
    expect(await keysAfter('en', [translate('en')('unbindCard.title'), 'yes', 'yes', 'yes', 'yes'])).toContain('feedback.askSolved');
    expect(said).toEqual(expect.arrayContaining(['unbindCard.cardDeleted', 'common.procedure.starting']));
    expect(said).not.toContain('feedback.askSolved');
  });
});

describe('a suggestion picked by its place', () => {
  it.each([
    ['es', 'buenas, compro en 1688 y me ha llegado un aviso de que tengo que pasarme a worldfirst. que pasa si no hago nada?', 'la primera'],
    ['en', 'something about alipay and my card', 'the first one'],
    ['zh', '想问一下支付宝的事', '第一个'],
    ['ko', '알리페이 관련 질문이요', '첫 번째요'],
    ['fr', 'une question sur alipay et ma carte', 'la première'],
    ['el', 'μια ερώτηση για το alipay και την κάρτα μου', 'το πρώτο'],
  ])('in %s, "%s" then "%s" takes the first suggestion', async (locale, opening, text) => {
    const chat = testConversation(locale);
    await chat.say(opening);
    const { suggested } = (await chat.storedState()).support;
    expect(suggested?.length).toBeGreaterThan(0);
    const said = await keysAfter(locale, [opening, text]);
    const first = suggested![0];
    expect(said).toEqual(expect.arrayContaining([first.startsWith('faq_') ? expect.stringMatching(/^answers\..*\.answer$/) : 'common.procedure.starting']));
    expect(said).not.toContain('common.answer.closest');
  });

  it('is no place outside a list of suggestions', async () => {
    expect(await keysAfter('en', ['the first one'])).not.toContain('common.procedure.starting');
  });
});

describe('a question that opens with its own negation', () => {
  it.each([
    ['en', "can't I just do it in the alliance backend directly?"],
    ['en', 'cant i change it from the alliance instead?'],
    ['es', '¿no puedo hacerlo directamente en la alianza?'],
  ])('in %s, "%s" is no "no" to "did the change work?"', async (locale, text) => {
    const said = await keysAfter(locale, [translate(locale)('taobaoChangeAlipay.title'), text]);
    expect(said).not.toContain('taobaoChangeAlipay.taobaoCannotChange');
  });

  it.each([
    ['en', "no, it didn't work"],
    ['es', 'no, no me deja'],
  ])('in %s, "%s" still is', async (locale, text) => {
    expect(await keysAfter(locale, [translate(locale)('taobaoChangeAlipay.title'), text])).toContain('taobaoChangeAlipay.taobaoCannotChange');
  });
});

describe('a goodbye asked for a rating', () => {
  it.each([
    ['es', 'adiós'],
    ['en', 'thanks, bye'],
    ['fr', 'merci, au revoir'],
  ])('in %s, "%s" ends the wrap-up with "solved" kept, and is not asked again', async (locale, text) => {
    const t = translate(locale);
    const yes = t('common.choice.yes');
    const chat = testConversation(locale);
    for (const line of [t('unbindCard.title'), yes, yes, yes, yes, yes]) await chat.say(line);
    expect((await chat.storedState()).support.wrapUp).toBeDefined();
    await chat.say(text);
    const data = (await chat.storedState()).support;
    expect(data.wrapUp).toBeUndefined();
    expect(data.transcript.at(-1)).toMatchObject({ from: 'bot', key: 'common.goodbye' });
    expect((await chat.outcomes.all()).at(-1)).toMatchObject({ procedureId: 'unbind_card', solved: true, rating: null });
  });
});

describe('thanks and nothing else', () => {
  it.each([
    ['en', 'what is alipay?', 'thanks'],
    ['zh', '支付宝是什么？', '谢谢'],
    ['ko', '알리페이가 뭐예요?', '감사합니다'],
    ['es', '¿qué es alipay?', '¡muchas gracias!'],
  ])('in %s, after an answer, "%s" then "%s" is seen off, not "not understood"', async (locale, question, thanks) => {
    expect(await keysAfter(locale, [question, thanks])).toEqual(['common.goodbye']);
  });

  it('"yes thanks" at a step is still a yes', async () => {
    const said = await keysAfter('en', [translate('en')('unbindCard.title'), 'yes thanks']);
    expect(said).not.toContain('common.goodbye');
    expect(said).not.toContain('common.procedure.notUnderstood');
  });
});
