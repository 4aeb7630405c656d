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
  ])('in %s, "%s" answers this step only', async (locale, text) => {
    expect(await keysAfter(locale, atEmailAndCaptcha(locale, text))).not.toContain('resetPaymentPassword.answerSecurityQuestions');
  });
});
