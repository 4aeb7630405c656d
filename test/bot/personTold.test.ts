import type { StepMeta } from '../../dialogs/types';
import { testUnderstanding } from '../support/fixtures';

/**
 * A person named is not always a person asked for: "no, I want an agent" asks, "an agent already
 * checked the number" only tells (the route takes the answer then: test/bot/conversationEngine.test.ts,
 * and the escalation class in test/answers/).
 */
const understanding = testUnderstanding();

describe('a person asked for, or only told about', () => {
  it.each([
    ['en', 'no, I want to talk to an agent'],
    ['en', 'ok. agent'],
    ['es', 'no me llegó, pásame con alguien de soporte'],
    ['fr', 'non, je veux un conseiller'],
    ['zh', '没收到 转人工'],
    ['ko', '아니요 상담원 연결해 주세요'],
    ['el', 'όχι, θέλω να μιλήσω με άνθρωπο'],
    // Found by a fluent review: an opening "I'm writing to you" and "my own account" do not make it the user's own doing.
    ['es', 'les escribo porque no me llega el código, quiero un agente'],
    ['zh', '我自己的账户被冻结了 转人工'],
    // Trial 27: the casual imperative, "με" (with) and no "me" ("σύνδεσέ με με…").
    ['el', 'οχι ακριβως, θελω να ξερω ποτε ερχονται. συνδεσε με καποιον'],
    ['el', 'συνδέστε με άνθρωπο παρακαλώ'],
  ])('in %s, "%s" asks for a person', (locale, text) => {
    const signals = understanding.signals(text, undefined, locale);
    expect(signals.person && signals.personAsked).toBe(true);
  });

  it.each([
    ['en', 'done, the "are you human" captcha took me 3 tries'],
    ['es', 'sí, ayer un agente del chat me ayudó y ya la cambié'],
    ['fr', "oui le numéro est bon, un conseiller l'a déjà vérifié"],
    ['zh', '不用了 我晚点自己去找客服'],
    ['ko', '아니요 제가 직접 고객센터에 전화해 볼게요'],
    ['el', 'είμαι απλά άνθρωπος που ψωνίζει, αγοραστής'],
  ])('in %s, "%s" names a person without asking for one', (locale, text) => {
    const signals = understanding.signals(text, undefined, locale);
    expect(signals.personMentioned).toBe(true);
    expect(signals.personAsked).toBe(false);
  });
});

describe('"are they all completed?": nothing left is yes', () => {
  const settled: StepMeta = { prompt: { key: 'move1688ToWorldFirst.settleOrders' }, expects: 'yesNo', asks: 'settled' };
  it.each([
    ['en', 'all done, nothing pending on 1688', 'answer.yes'],
    ['el', 'όλα ολοκληρωμένα, τίποτα σε εκκρεμότητα', 'answer.yes'],
    ['fr', 'y en a encore 3 en cours de livraison', 'answer.no'],
    ['es', 'no, todavía hay dos pedidos sin terminar', 'answer.no'],
    ['en', 'yes', 'answer.yes'],
  ])('in %s, "%s" is %s', (locale, text, type) => {
    expect(understanding.read(text, locale, settled, []).event?.type).toBe(type);
  });
});
