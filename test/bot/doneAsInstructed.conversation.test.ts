import { testConversation } from '../support/fixtures';

/**
 * A report that answers the step and goes on to do the next one, a "Done?" step ("yep, set a new one and hit confirm"
 * to "…Do you see it?", before "Enter a payment password… Then click "Confirm". Done?", trial 30): the "Done?" step is not
 * asked. Its question names nothing, so the report is recognised by doing what its instructions say. What the step
 * before said would happen, or a report put off, skips nothing.
 */
async function stepAfter(locale: string, lines: readonly string[]): Promise<string | undefined> {
  const chat = testConversation(locale);
  for (const line of lines) await chat.say(line);
  const snapshot = (await chat.storedState()).support.procedure?.snapshot as { value?: unknown } | undefined;
  return typeof snapshot?.value === 'string' ? snapshot.value : JSON.stringify(snapshot?.value);
}

describe('a "Done?" step done in the same message', () => {
  it.each([
    ['en', ['activate my international account membership', 'yes'], 'yes I see it, typed a payment password and clicked confirm', 'askPhoneBound'],
    ['en', ['I forgot my payment password'], "yes I'm there, entered my email and the captcha and continued", 'openEmailLink'],
    [
      'es',
      ['quiero activar la membresía de la cuenta internacional', 'sí'],
      'sí la veo, he puesto una contraseña de pago y le di a confirmar',
      'askPhoneBound',
    ],
    ['es', ['olvidé mi contraseña de pago'], 'Sí, ya estoy. He puesto el correo y el captcha y le he dado a seguir', 'openEmailLink'],
    [
      'fr',
      ["je veux activer l'adhésion du compte international", 'oui'],
      "oui je la vois, j'ai saisi un mot de passe de paiement et j'ai cliqué sur confirmer",
      'askPhoneBound',
    ],
    ['zh', ['支付密码忘了'], '在了，邮箱和验证码都填好了，点了继续', 'openEmailLink'],
    ['el', ['θέλω να ενεργοποιήσω τη συνδρομή του διεθνούς λογαριασμού', 'ναι'], 'ναι τη βλέπω, έβαλα κωδικό πληρωμής και πάτησα επιβεβαίωση', 'askPhoneBound'],
    ['el', ['ξέχασα τον κωδικό πληρωμής'], 'ναι είμαι εκεί, έβαλα το email και το captcha και συνέχισα', 'openEmailLink'],
    ['ko', ['국제계정 멤버십 활성화하고 싶어요', '네'], '네 보여요, 결제 비밀번호 입력하고 확인 눌렀어요', 'askPhoneBound'],
    ['ko', ['결제 비밀번호를 잊어버렸어요'], '네 들어왔어요, 이메일이랑 캡차 입력하고 계속 눌렀어요', 'openEmailLink'],
    [
      'en',
      ['activate my international account membership', 'yes'],
      'yep, set a new one and hit confirm. now it says a code was sent to my phone',
      'askPhoneBound',
    ],
  ])('in %s, after %j, "%s" goes on to %s', async (locale, before, report, step) => {
    expect(await stepAfter(locale, [...before, report])).toBe(step);
  });

  it.each([
    [
      'es',
      ['quiero activar la membresía de la cuenta internacional', 'sí'],
      'le di a activar ahora y se abrio una pagina para crear la contraseña de pago',
      'createPaymentPassword',
    ],
    ['en', ['activate my international account membership', 'yes'], 'yes I see it, I will set the password later', 'createPaymentPassword'],
  ])('in %s, after %j, "%s" stays at %s', async (locale, before, report, step) => {
    expect(await stepAfter(locale, [...before, report])).toBe(step);
  });
});
