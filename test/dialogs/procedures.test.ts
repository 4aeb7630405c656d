import { createCatalogue } from '../../dialogs/catalogue';
import { FACTS } from '../../dialogs/facts';
import { backToStep, procedurePosition, sendToProcedure, startProcedure } from '../../dialogs/runner';
import type { ProcedureEvent } from '../../dialogs/types';

/** What specific procedures must do, as the articles say it, beyond the generic chart checks. */
const catalogue = createCatalogue();
const yes: ProcedureEvent = { type: 'answer.yes' };
const no: ProcedureEvent = { type: 'answer.no' };
const choice = (id: string): ProcedureEvent => ({ type: 'answer.choice', choice: id });

function run(id: string, answers: readonly ProcedureEvent[]) {
  const definition = catalogue.get(id)!;
  let turn = startProcedure(definition);
  const said: string[] = [];
  const escalations: string[] = [];
  for (const answer of answers) {
    turn = sendToProcedure(definition, turn.persisted, answer);
    expect({ answer, accepted: turn.accepted }).toEqual({ answer, accepted: true });
    said.push(...turn.messages.map((m) => m.key));
    escalations.push(...turn.escalations.map((e) => `${e.reason}@${e.procedureId}.${e.step}`));
  }
  return { turn, said, escalations };
}

describe('sms_code', () => {
  it('accepts a code still within the validity, with the minutes left', () => {
    const { turn } = run('sms_code', [yes]);
    const next = sendToProcedure(catalogue.get('sms_code')!, turn.persisted, { type: 'answer.duration', minutes: 20 });
    expect(next.messages).toEqual([{ key: 'smsCode.codeStillValid', params: { minutesLeft: FACTS.smsCodeValidityMinutes - 20 } }]);
    expect(next.position.stepId).toBe('enterCode');
  });

  it('treats a code older than the validity as expired and asks for a new one', () => {
    const { turn, said } = run('sms_code', [yes, { type: 'answer.duration', minutes: FACTS.smsCodeValidityMinutes + 1 }]);
    expect(said).toEqual(['smsCode.codeExpired']);
    expect(turn.position.stepId).toBe('requestNewCode');
  });

  it.each([FACTS.smsCodeValidityMinutes - 1, FACTS.smsCodeValidityMinutes])(
    'at %i minutes, the edge of the validity, says the code may have expired and asks for a new one (never "about 0 more minutes")',
    (minutes) => {
      const { turn, said } = run('sms_code', [yes, { type: 'answer.duration', minutes }]);
      expect(said).toEqual(['smsCode.codeMayHaveExpired']);
      expect(turn.position.stepId).toBe('requestNewCode');
    },
  );

  it('checks the bound number, then waits and resends, then offers a person after repeated failures', () => {
    const { turn, escalations } = run('sms_code', [no, yes, no, no, yes]);
    expect(escalations).toEqual(['repeated_failure@sms_code.offerPerson']);
    expect(turn.position).toMatchObject({ status: 'done', stepId: 'handedToPerson' });
  });

  it('handles a wrong code by asking for the latest one', () => {
    expect(run('sms_code', [yes, choice('justNow'), no]).turn.position.stepId).toBe('codeRejected');
  });
});

describe('activate_membership', () => {
  it('runs the SMS code as a step and finishes when it is verified', () => {
    const { turn } = run('activate_membership', [yes, yes, yes, choice('yes')]);
    expect(turn.position).toMatchObject({ status: 'waiting', stepId: 'verifyPhone', meta: { expects: 'procedure', procedureId: 'sms_code' } });
    const after = sendToProcedure(catalogue.get('activate_membership')!, turn.persisted, { type: 'procedure.finished', outcome: 'solved' });
    expect(after.position).toMatchObject({ status: 'done', stepId: 'activated', meta: { outcome: 'solved' } });
  });

  it('escalates a frozen account from any waiting step, naming the step', () => {
    const cases: Array<[ProcedureEvent[], string]> = [
      [[], 'openAccountPage'],
      [[yes, yes, yes], 'askPhoneBound'],
    ];
    for (const [answers, step] of cases) {
      const { turn } = run('activate_membership', answers);
      const frozen = sendToProcedure(catalogue.get('activate_membership')!, turn.persisted, { type: 'user.accountFrozen' });
      expect(frozen.escalations).toEqual([{ reason: 'account_frozen', procedureId: 'activate_membership', step }]);
    }
  });

  it('refuses an answer the current step does not take, without moving', () => {
    const definition = catalogue.get('activate_membership')!;
    const wrong = sendToProcedure(definition, startProcedure(definition).persisted, { type: 'answer.duration', minutes: 3 });
    expect(wrong).toMatchObject({ accepted: false, position: { stepId: 'openAccountPage' } });
  });

  it('round-trips through JSON, as stored state does', () => {
    const { turn } = run('activate_membership', [yes, yes]);
    const restored = JSON.parse(JSON.stringify(turn.persisted));
    expect(sendToProcedure(catalogue.get('activate_membership')!, restored, yes).position.stepId).toBe('askPhoneBound');
  });
});

describe('reset_payment_password', () => {
  it('goes email + captcha → emailed link → security questions → new password', () => {
    expect(run('reset_payment_password', [yes, yes, yes, choice('remember'), yes]).turn.position).toMatchObject({
      stepId: 'passwordReset',
      meta: { outcome: 'solved' },
    });
  });

  it('sends forgotten security answers to a person with that reason', () => {
    const { escalations } = run('reset_payment_password', [yes, yes, yes, choice('forgot'), yes]);
    expect(escalations).toEqual(['forgot_security_answers@reset_payment_password.forgotSecurityAnswers']);
  });
});

describe('register_alipay', () => {
  it('says the sources disagree before the first step', () => {
    expect(startProcedure(catalogue.get('register_alipay')!).position.meta).toMatchObject({ prompt: { key: 'registerAlipay.sourcesDisagree' } });
  });
});

describe('taobao_unbind_alipay', () => {
  const conditions = ['askListingsOrShop', 'askInventory', 'askPendingTransactions', 'askAuctionDeposit', 'askWithholdingAgreement', 'askSupplierIdentity'];
  const blockers = ['listingsOrShop', 'inventory', 'pendingTransactions', 'auctionDeposit', 'withholdingAgreement', 'supplierIdentity'];

  it('is eligible only when no condition blocks it', () => {
    expect(run('taobao_unbind_alipay', [yes, no, no, no, no, no, no, no]).turn.position.stepId).toBe('eligible');
  });

  it.each(conditions.map((c, i) => [c, blockers[i], i] as const))('says %s blocks it', (step, blocker, i) => {
    const { turn, said } = run('taobao_unbind_alipay', [yes, no, ...Array<ProcedureEvent>(i).fill(no)]);
    expect(turn.position.stepId).toBe(step);
    const blocked = sendToProcedure(catalogue.get('taobao_unbind_alipay')!, turn.persisted, yes);
    expect([...said, ...blocked.messages.map((m) => m.key)]).toEqual([`taobaoUnbindAlipay.blockedBy.${blocker}`]);
    const state = `blockedBy${blocker[0].toUpperCase()}${blocker.slice(1)}`;
    expect(blocked.position).toMatchObject({
      status: 'done',
      stepId: state,
      meta: { outcome: 'blocked', reason: blocker, closing: { key: 'taobaoUnbindAlipay.notEligible' } },
    });
  });

  // Seed 000: a frozen or un-loggable account needs Taobao's online customer service. That is said first; a person of ours is offered, not imposed.
  it.each([
    ['cannot log in', [no], 'cannotLogIn', 'cannot_log_in@taobao_unbind_alipay.cannotLogIn', 'referredToTaobaoCannotLogIn'],
    ['is frozen', [yes, yes], 'accountFrozen', 'account_frozen@taobao_unbind_alipay.accountFrozen', 'referredToTaobaoAccountFrozen'],
  ] as const)('when the account %s: Taobao’s own service first, then a person only if wanted', (_case, answers, offer, escalation, referred) => {
    const { turn, said, escalations } = run('taobao_unbind_alipay', [...answers]);
    expect(said).toEqual(['taobaoUnbindAlipay.onlyTaobaoServiceCanHelp']);
    expect(escalations).toEqual([]);
    expect(turn.position).toMatchObject({ status: 'waiting', stepId: offer, meta: { prompt: { key: 'taobaoUnbindAlipay.offerPerson' } } });
    const definition = catalogue.get('taobao_unbind_alipay')!;
    expect(sendToProcedure(definition, turn.persisted, yes).escalations.map((e) => `${e.reason}@${e.procedureId}.${e.step}`)).toEqual([escalation]);
    const declined = sendToProcedure(definition, turn.persisted, no);
    expect(declined.escalations).toEqual([]);
    expect(declined.position).toMatchObject({
      status: 'done',
      stepId: referred,
      meta: { outcome: 'blocked', closing: { key: 'taobaoUnbindAlipay.contactTaobao' } },
    });
  });

  it('answers a frozen account stated at any step with Taobao’s own instruction, not the generic hand-off', () => {
    const { turn } = run('taobao_unbind_alipay', [yes, no, no]);
    const frozen = sendToProcedure(catalogue.get('taobao_unbind_alipay')!, turn.persisted, { type: 'user.accountFrozen' });
    expect(frozen.messages.map((m) => m.key)).toEqual(['taobaoUnbindAlipay.onlyTaobaoServiceCanHelp']);
    expect(frozen.escalations).toEqual([]);
    expect(frozen.position.stepId).toBe('accountFrozen');
  });
});

describe('move_1688_to_worldfirst', () => {
  it('sends "cannot link" back to unbinding from Alipay Business', () => {
    const { turn, said } = run('move_1688_to_worldfirst', [yes, no, yes, choice('haveAccount'), yes, no, choice('yes')]);
    expect(said).toEqual(['move1688ToWorldFirst.unbindBeforeLinking']);
    expect(turn.position.stepId).toBe('unbindFromAlipayBusiness');
  });

  it('has a remaining balance withdrawn before unbinding', () => {
    expect(run('move_1688_to_worldfirst', [yes, yes]).turn.position.stepId).toBe('withdrawBalance');
  });
});

describe('procedures run as a step, and the goal they serve goes on', () => {
  const cases: Array<[string, string, string, ProcedureEvent[]]> = [
    ['access_alipay', 'reset_login_password', 'buyerSignedIn', [choice('buyer'), no, yes]],
    ['access_alipay', 'activate_membership', 'sellerSignedIn', [choice('seller'), yes, yes]],
    ['unbind_card', 'reset_login_password', 'openMyAccount', [no, yes]],
    ['withdraw_funds', 'activate_membership', 'withdrawAmount', [yes, choice('asksToActivate')]],
  ];
  it.each(cases)('%s runs %s, then goes on to %s once it is solved', (id, sub, next, answers) => {
    const { turn } = run(id, answers);
    expect(turn.position).toMatchObject({ status: 'waiting', meta: { expects: 'procedure', procedureId: sub } });
    const after = sendToProcedure(catalogue.get(id)!, turn.persisted, { type: 'procedure.finished', outcome: 'solved' });
    expect(after.position.stepId).toBe(next);
  });

  it.each(cases)('%s hands over to a person when %s did', (id, _sub, _next, answers) => {
    const { turn } = run(id, answers);
    const after = sendToProcedure(catalogue.get(id)!, turn.persisted, { type: 'procedure.finished', outcome: 'escalated' });
    expect(after.position).toMatchObject({ status: 'done', stepId: 'handedToPerson' });
  });
});

/** "Would you like a person?" answered "found it after all": back to the step whose answer asked it (bot/conversation/foundAfterAll.ts). */
describe('backToStep', () => {
  const definition = catalogue.get('unbind_card')!;

  it('puts the procedure back on the step whose no offered a person, where a yes goes on', () => {
    const { turn } = run('unbind_card', [yes, no]);
    expect(turn.position.stepId).toBe('offerPerson');
    const back = backToStep(definition, turn.persisted, 'openMyAccount');
    expect(back && procedurePosition(definition, back)).toMatchObject({ status: 'waiting', stepId: 'openMyAccount' });
    expect(sendToProcedure(definition, back!, yes).position.stepId).toBe('openEditCards');
  });

  it('refuses a step none of whose answers lead to where the procedure stands', () => {
    const { turn } = run('unbind_card', [yes, no]);
    expect(backToStep(definition, turn.persisted, 'signIn')).toBeUndefined();
    expect(backToStep(definition, turn.persisted, 'openEditCards')).toBeUndefined();
  });

  it('works with a procedure’s own person offer (Taobao: cannot log in)', () => {
    const taobao = catalogue.get('taobao_unbind_alipay')!;
    const { turn } = run('taobao_unbind_alipay', [no]);
    const back = backToStep(taobao, turn.persisted, 'askCanLogIn');
    expect(back && sendToProcedure(taobao, back, yes).position.stepId).toBe('askAccountFrozen');
  });
});
