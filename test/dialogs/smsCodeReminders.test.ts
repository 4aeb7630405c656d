import { createCatalogue } from '../../dialogs/catalogue';
import { sendToProcedure, startProcedure, type ProcedureTurn } from '../../dialogs/runner';
import type { ProcedureEvent } from '../../dialogs/types';

const smsCode = createCatalogue().get('sms_code')!;

/** Plays events from the start; returns the last turn. */
function play(...events: ProcedureEvent[]): ProcedureTurn {
  let turn = startProcedure(smsCode);
  for (const event of events) turn = sendToProcedure(smsCode, turn.persisted, event);
  return turn;
}

const yes: ProcedureEvent = { type: 'answer.yes' };
const no: ProcedureEvent = { type: 'answer.no' };
const reminder = (startedMinutesAgo: number) => ({
  kind: 'smsCodeExpiry',
  key: 'smsCode.expiryReminder',
  startedMinutesAgo,
  whileAt: ['enterCode', 'codeRejected'],
});

describe('sms_code asks to be reminded before the code expires (seed 003: valid for 30 minutes)', () => {
  it('from when the code arrived, as the user said', () => {
    expect(play(yes, { type: 'answer.duration', minutes: 10 }).reminders).toEqual([reminder(10)]);
    expect(play(yes, { type: 'answer.choice', choice: 'justNow' }).reminders).toEqual([reminder(0)]);
  });

  it('from now, for a new code', () => {
    expect(play(yes, { type: 'answer.duration', minutes: 40 }, yes).reminders).toEqual([reminder(0)]);
    expect(play(no, yes, yes).reminders).toEqual([reminder(0)]);
  });

  it('not for a code that has already expired or nearly, nor again for the same code', () => {
    expect(play(yes, { type: 'answer.duration', minutes: 40 }).reminders).toEqual([]);
    expect(play(yes, { type: 'answer.duration', minutes: 28 }).reminders).toEqual([]);
    expect(play(yes, { type: 'answer.choice', choice: 'justNow' }, no).reminders).toEqual([]);
    expect(play(yes, { type: 'answer.choice', choice: 'justNow' }, no, yes).reminders).toEqual([]);
  });
});
