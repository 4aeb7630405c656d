import { setup } from 'xstate';
import { askWhetherShown, askYesNo, ending, escalationActions, frozenAccountAnywhere, accountFrozenEnding, personOffer } from './steps';
import type { ProcedureEmitted, ProcedureEvent } from './types';

/**
 * Changing the Alipay account bound to Taobao Alliance, from seed 000: change it in Taobao first;
 * then the Alliance's PC back end syncs prompts to follow. If Taobao cannot change it, neither
 * can the Alliance; the Alliance cannot unbind, log out or change the Taobao login.
 */

export const taobaoChangeAlipayMachine = setup({
  types: {
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
  },
  actions: escalationActions,
}).createMachine({
  id: 'taobao_change_alipay',
  initial: 'changeInTaobaoFirst',
  on: frozenAccountAnywhere,
  states: {
    changeInTaobaoFirst: {
      meta: askYesNo('taobaoChangeAlipay.changeInTaobaoFirst', 1),
      on: {
        'answer.yes': 'openAllianceOnComputer',
        'answer.no': 'taobaoCannotChange',
      },
    },
    openAllianceOnComputer: {
      meta: askWhetherShown('taobaoChangeAlipay.openAllianceOnComputer', 2),
      on: {
        'answer.yes': 'followPrompts',
        'answer.no': 'offerPerson',
      },
    },
    followPrompts: {
      meta: askYesNo('taobaoChangeAlipay.followPrompts', 3),
      on: {
        'answer.yes': 'changed',
        'answer.no': 'offerPerson',
      },
    },
    changed: { type: 'final', meta: ending('solved', 'taobaoChangeAlipay.changed') },
    taobaoCannotChange: { type: 'final', meta: ending('solved', 'taobaoChangeAlipay.taobaoCannotChange') },
    ...personOffer('escalateRepeatedFailure'),
    ...accountFrozenEnding,
  },
});
