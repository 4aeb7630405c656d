import { keysAfter } from '../support/botKeys';
import { translate } from '../support/fixtures';

/**
 * Trial 24: "Enter your email and the captcha. Done?" answered with what the steps after it ask ("the email came and I
 * opened the link") moved one step only, and asked "has the email arrived?". A report of a later step's action goes on
 * after that step; a plain yes beside a later step's words, a screen described, a failure or a negation skips nothing.
 */
const atEmailAndCaptcha = (locale: string, text: string) => {
  const t = translate(locale);
  return [t('resetPaymentPassword.title'), t('common.yes'), text];
};

describe('a report of a later step done, at "enter your email and the captcha. Done?"', () => {
  it.each([
    ['en', 'ok did that, the recovery email arrived and i clicked the link in it'],
    ['es', 'hecho, me llegó el email y ya pinché el enlace'],
    ['fr', "oui, mail reçu, j'ai cliqué sur le lien"],
    ['zh', '弄好了 收到邮件了 点开了链接'],
    ['ko', '했어요 이메일 받아서 링크 눌렀어요'],
    ['el', 'έγινε, μου ήρθε το μέιλ και πάτησα τον σύνδεσμο'],
  ])('in %s, "%s" goes on to the security questions', async (locale, text) => {
    expect(await keysAfter(locale, atEmailAndCaptcha(locale, text))).toEqual(['resetPaymentPassword.answerSecurityQuestions']);
  });

  it.each([
    ['en', "yes, i'll click the link once the email shows up"],
    ['en', "done, but i haven't opened the link yet"],
    ['fr', "oui mais j'ai une erreur quand j'ouvre le lien"],
    ['ko', '네 링크 누르는 화면이 떠 있어요'],
    ['en', 'done. my wife got the email and opened the link on her account'],
    ['fr', "oui, l'année dernière j'avais reçu le mail et ouvert le lien"],
    ['ko', '네 작년에 메일 받고 링크 열었었어요'],
  ])('in %s, "%s" answers this step only', async (locale, text) => {
    expect(await keysAfter(locale, atEmailAndCaptcha(locale, text))).not.toContain('resetPaymentPassword.answerSecurityQuestions');
  });
});

/** Trial 24: "the sms code never comes" (and "n'arrive jamais") was no report of the code's arrival, so "have you received it?" was asked. */
describe('a request that says the code never comes', () => {
  it.each([
    ['en', 'trying to activate my account but the sms code never comes'],
    ['en', "my verification code hasn't come, i've waited ages"],
    ['fr', "le code sms n'arrive jamais quand j'active mon compte"],
    ['fr', "le code de vérification n'arrive pas sur mon téléphone"],
    ['el', 'ο κωδικός sms δεν έρχεται ποτέ'],
  ])('in %s, "%s" answers "have you received it?" with its no', async (locale, text) => {
    expect(await keysAfter(locale, [text])).toEqual(['common.procedure.starting', 'smsCode.checkBoundNumber']);
  });
});
