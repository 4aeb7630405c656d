import type { Activity } from 'botbuilder';
import { createCatalogue } from '../../dialogs/catalogue';
import type { EscalationReason } from '../../dialogs/types';
import { expectValidCard } from '../support/cards';
import { cardOf, LOCALES, paragraphs, testConversation, translate } from '../support/fixtures';

/**
 * Every procedure, in every language, through the bot exactly as a channel drives it: the menu
 * button, then button presses (labels in the user's language), along the main path and the
 * branches that end with a person. Every card on the way is validated.
 */

/** A button press: Yes, No, or a choice by its label key. */
type Press = 'yes' | 'no' | { readonly label: string };

interface Script {
  readonly name: string;
  readonly presses: readonly Press[];
  /** Said at the end (the closing, or the first step of the procedure it hands over to). */
  readonly ends: string;
  /** A solved ending asks "did this solve your problem?". */
  readonly wrapUp?: boolean;
  readonly escalation?: { readonly reason: EscalationReason; readonly procedureId?: string; readonly step: string };
}

const label = (key: string): Press => ({ label: key });

const scripts: Record<string, readonly Script[]> = {
  register_alipay: [
    { name: 'registers after hearing the sources disagree', presses: ['yes', 'yes', 'yes', 'yes'], ends: 'registerAlipay.registered', wrapUp: true },
    { name: 'pays without registering', presses: ['no'], ends: 'registerAlipay.payWithoutRegistering', wrapUp: true },
    {
      name: 'goes to a person when the confirmation email never comes',
      presses: ['yes', 'yes', 'no', 'no', 'yes'],
      ends: 'common.escalation.recorded',
      escalation: { reason: 'repeated_failure', step: 'offerPerson' },
    },
  ],
  access_alipay: [
    { name: 'gets a buyer into My Alipay', presses: [label('accessAlipay.choice.buyer'), 'yes'], ends: 'accessAlipay.buyerSignedIn', wrapUp: true },
    {
      name: 'hands a first-time seller over to activation',
      presses: [label('accessAlipay.choice.seller'), 'yes', 'yes'],
      ends: 'activateMembership.openAccountPage',
    },
    {
      name: 'hands a buyer who cannot sign in over to the login password',
      presses: [label('accessAlipay.choice.buyer'), 'no', 'yes'],
      ends: 'resetLoginPassword.clickForgotPassword',
    },
    {
      name: 'goes to a person when the seller account cannot be found',
      presses: [label('accessAlipay.choice.seller'), 'no', 'yes'],
      ends: 'common.escalation.recorded',
      escalation: { reason: 'user_asked', step: 'offerPerson' },
    },
  ],
  reset_payment_password: [
    {
      name: 'resets the payment password',
      presses: ['yes', 'yes', 'yes', label('resetPaymentPassword.choice.remember'), 'yes'],
      ends: 'resetPaymentPassword.passwordReset',
      wrapUp: true,
    },
    {
      name: 'goes to a person when the security answers are forgotten',
      presses: ['yes', 'yes', 'yes', label('resetPaymentPassword.choice.forgot'), 'yes'],
      ends: 'common.escalation.recorded',
      escalation: { reason: 'forgot_security_answers', step: 'forgotSecurityAnswers' },
    },
  ],
  reset_login_password: [
    { name: 'recovers the login password through AliExpress', presses: ['yes', 'yes', 'yes'], ends: 'resetLoginPassword.loggedIn', wrapUp: true },
    {
      name: 'goes to a person when the user still cannot log in',
      presses: ['yes', 'yes', 'no', 'no', 'yes'],
      ends: 'common.escalation.recorded',
      escalation: { reason: 'cannot_log_in', step: 'offerPerson' },
    },
  ],
  bind_card: [
    { name: 'adds a card after the note that it is no longer needed', presses: ['yes', 'yes', 'yes'], ends: 'bindCard.cardAdded', wrapUp: true },
    { name: 'pays directly instead', presses: ['no'], ends: 'bindCard.payDirectly', wrapUp: true },
    {
      name: 'goes to a person when the card will not save',
      presses: ['yes', 'yes', 'no', 'yes'],
      ends: 'common.escalation.recorded',
      escalation: { reason: 'repeated_failure', step: 'offerPerson' },
    },
  ],
  unbind_card: [
    { name: 'deletes a card', presses: ['yes', 'yes', 'yes', 'yes'], ends: 'unbindCard.cardDeleted', wrapUp: true },
    {
      name: 'goes to a person when the card will not delete',
      presses: ['yes', 'yes', 'yes', 'no', 'yes'],
      ends: 'common.escalation.recorded',
      escalation: { reason: 'repeated_failure', step: 'offerPerson' },
    },
  ],
  activate_membership: [
    {
      name: 'activates without SMS when no phone is bound',
      presses: ['yes', 'yes', 'yes', 'no'],
      ends: 'activateMembership.activatedWithoutSms',
      wrapUp: true,
    },
    {
      name: 'activates through the SMS code step',
      presses: ['yes', 'yes', 'yes', 'yes', 'yes', label('smsCode.choice.justNow'), 'yes'],
      ends: 'activateMembership.activated',
      wrapUp: true,
    },
    {
      name: 'goes to a person when the SMS code keeps failing, from inside the SMS step',
      presses: ['yes', 'yes', 'yes', 'yes', 'no', 'yes', 'no', 'no', 'yes'],
      ends: 'common.escalation.recorded',
      escalation: { reason: 'repeated_failure', procedureId: 'sms_code', step: 'offerPerson' },
    },
  ],
  sms_code: [
    { name: 'verifies a fresh code', presses: ['yes', label('smsCode.choice.justNow'), 'yes'], ends: 'smsCode.verified', wrapUp: true },
    { name: 'has an expired code replaced', presses: ['yes', label('smsCode.choice.olderThanValidity'), 'yes', 'yes'], ends: 'smsCode.verified', wrapUp: true },
    {
      name: 'goes to a person when the bound number is wrong',
      presses: ['no', 'no', 'yes'],
      ends: 'common.escalation.recorded',
      escalation: { reason: 'user_asked', step: 'boundNumberWrong' },
    },
  ],
  withdraw_funds: [
    { name: 'submits a withdrawal', presses: ['yes', label('withdrawFunds.choice.open'), 'yes'], ends: 'withdrawFunds.withdrawalSubmitted', wrapUp: true },
    {
      name: 'hands over to activation on a first visit',
      presses: ['yes', label('withdrawFunds.choice.asksToActivate')],
      ends: 'activateMembership.openAccountPage',
    },
    {
      name: 'goes to a person when the account cannot be found',
      presses: ['yes', label('withdrawFunds.choice.notFound'), 'yes'],
      ends: 'common.escalation.recorded',
      escalation: { reason: 'user_asked', step: 'offerPerson' },
    },
  ],
  taobao_change_alipay: [
    { name: 'changes the account in Taobao, then syncs the Alliance', presses: ['yes', 'yes', 'yes'], ends: 'taobaoChangeAlipay.changed', wrapUp: true },
    { name: 'explains that the Alliance cannot change what Taobao cannot', presses: ['no'], ends: 'taobaoChangeAlipay.taobaoCannotChange', wrapUp: true },
    {
      name: 'goes to a person when the prompts do not work',
      presses: ['yes', 'yes', 'no', 'yes'],
      ends: 'common.escalation.recorded',
      escalation: { reason: 'repeated_failure', step: 'offerPerson' },
    },
  ],
  taobao_unbind_alipay: [
    { name: 'finds the accounts eligible', presses: ['yes', 'no', 'no', 'no', 'no', 'no', 'no', 'no'], ends: 'taobaoUnbindAlipay.eligible', wrapUp: true },
    { name: 'says which condition blocks it', presses: ['yes', 'no', 'no', 'no', 'yes'], ends: 'taobaoUnbindAlipay.notEligible', wrapUp: true },
    {
      name: 'goes to a person when the user cannot log in',
      presses: ['no'],
      ends: 'common.escalation.recorded',
      escalation: { reason: 'cannot_log_in', step: 'askCanLogIn' },
    },
    {
      name: 'goes to a person when the account is frozen',
      presses: ['yes', 'yes'],
      ends: 'common.escalation.recorded',
      escalation: { reason: 'account_frozen', step: 'askAccountFrozen' },
    },
  ],
  move_1688_to_worldfirst: [
    {
      name: 'moves 1688 to WorldFirst',
      presses: ['yes', 'no', 'yes', label('move1688ToWorldFirst.choice.haveAccount'), 'yes', 'yes'],
      ends: 'move1688ToWorldFirst.linked',
      wrapUp: true,
    },
    {
      name: 'withdraws the balance first and registers WorldFirst',
      presses: ['yes', 'yes', 'yes', 'yes', label('move1688ToWorldFirst.choice.noAccount'), 'yes', 'yes'],
      ends: 'move1688ToWorldFirst.linked',
      wrapUp: true,
    },
    {
      name: 'goes to a person when unbinding from Alipay Business fails',
      presses: ['yes', 'no', 'no', 'yes'],
      ends: 'common.escalation.recorded',
      escalation: { reason: 'repeated_failure', step: 'offerPerson' },
    },
  ],
};

const catalogue = createCatalogue();
/** A message key that leaked into the text instead of its translation. */
const LEAKED_KEY = /\b(common|feedback|answers|[a-z]+[A-Z]\w*)\.[a-z]\w*/;

it('has scripts for every procedure', () => {
  expect(Object.keys(scripts).sort()).toEqual([...catalogue.keys()].sort());
});

describe.each(LOCALES)('procedures in %s', (locale) => {
  const t = translate(locale);
  const text = (press: Press): string => (press === 'yes' ? t('common.choice.yes') : press === 'no' ? t('common.choice.no') : t(press.label));

  const cases = Object.entries(scripts).flatMap(([id, list]) => list.map((s) => [`${id} ${s.name}`, id, s] as const));

  it.each(cases)('%s', async (_name, id, script) => {
    const chat = testConversation(locale);
    const definition = catalogue.get(id)!;
    const turns: Array<Partial<Activity>> = [];
    const send = async (message: string) => {
      const replies = (await chat.send({ text: message })).filter((a) => a.type === 'message');
      expect(replies).toHaveLength(1);
      turns.push(replies[0]);
      return paragraphs(replies[0]);
    };

    const first = await send(t(definition.titleKey));
    expect(first[0]).toBe(t('common.procedure.starting', { title: t(definition.titleKey) }));
    let last = first;
    for (const press of script.presses) last = await send(text(press));

    const ticket = { ticket: `T${chat.escalations.length}` };
    expect(last).toContain(script.escalation ? t(script.ends, ticket) : t(script.ends));
    if (script.wrapUp) expect(last.at(-1)).toBe(t('feedback.askSolved'));
    if (script.escalation) {
      expect(chat.escalations).toHaveLength(1);
      expect(chat.escalations[0]).toMatchObject({ ...script.escalation, procedureId: script.escalation.procedureId ?? id, locale });
    } else {
      expect(chat.escalations).toEqual([]);
    }
    for (const turn of turns) {
      const card = cardOf(turn);
      if (card) expectValidCard(card as Record<string, unknown>);
      for (const paragraph of paragraphs(turn)) expect({ paragraph, leaked: LEAKED_KEY.test(paragraph) }).toEqual({ paragraph, leaked: false });
    }
  });
});
