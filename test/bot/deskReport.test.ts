import { deskReport } from '../../bot/outcomes/deskReport';
import type { OutcomeRecord, StepRecord } from '../../bot/outcomes/outcomeLog';

/** The desk lead's figures from the outcome and step logs: funnel, endings, containment, ratings, the period. */
const order = new Map([['sms_code', ['askCodeReceived', 'checkBoundNumber', 'askCodeAge', 'enterCode', 'codeRejected']]]);
const period = { from: '2026-11-01', to: '2026-11-30' };

function reached(run: string, steps: string[], locale = 'en', at = '2026-11-10T10:00:00.000Z'): StepRecord[] {
  return steps.map((step) => ({ kind: 'reached', run, procedureId: 'sms_code', step, channel: 'webchat', locale, at }));
}

function ended(run: string, outcome: OutcomeRecord['outcome'], lastStep: string, extra: Partial<OutcomeRecord> = {}, locale = 'en'): OutcomeRecord {
  return {
    run,
    procedureId: 'sms_code',
    outcome,
    step: 'end',
    lastStep,
    solved: null,
    rating: null,
    locale,
    channel: 'webchat',
    at: '2026-11-10T10:05:00.000Z',
    ...extra,
  };
}

describe('deskReport', () => {
  const steps = [
    ...reached('a', ['askCodeReceived', 'askCodeAge', 'enterCode']),
    ...reached('b', ['askCodeReceived', 'askCodeAge', 'enterCode', 'codeRejected']),
    { kind: 'misunderstood' as const, run: 'b', procedureId: 'sms_code', step: 'enterCode', channel: 'webchat', locale: 'en', at: '2026-11-10T10:01:00.000Z' },
    ...reached('c', ['askCodeReceived', 'checkBoundNumber']),
    ...reached('d', ['askCodeReceived']),
    ...reached('e', ['askCodeReceived'], 'fr'),
    ...reached('old', ['askCodeReceived'], 'en', '2026-10-01T10:00:00.000Z'),
  ];
  const records = [
    ended('a', 'solved', 'enterCode', { solved: true, rating: 5, durationSeconds: 100 }),
    ended('b', 'escalated', 'codeRejected', { reason: 'repeated_failure', durationSeconds: 300 }),
    ended('c', 'escalated', 'checkBoundNumber', { reason: 'user_asked' }),
    ended('e', 'abandoned', 'askCodeReceived', {}, 'fr'),
  ];
  const [en, fr] = deskReport(records, steps, period, order);

  it('has one row per procedure and language, for runs started in the period', () => {
    expect([en.locale, fr.locale]).toEqual(['en', 'fr']);
    expect(en).toMatchObject({
      runs: 4,
      solved: 1,
      escalated: 2,
      blocked: 0,
      abandoned: 0,
      unfinished: 1,
      containment: 0.25,
      misunderstood: 1,
      averageSeconds: 200,
    });
    expect(fr).toMatchObject({ runs: 1, abandoned: 1, containment: 0 });
  });

  it('draws the funnel in the procedure’s order: reached, left here, not understood', () => {
    expect(en.funnel).toEqual([
      { step: 'askCodeReceived', reached: 4, leftHere: 1, misunderstood: 0 },
      { step: 'checkBoundNumber', reached: 1, leftHere: 1, misunderstood: 0 },
      { step: 'askCodeAge', reached: 2, leftHere: 0, misunderstood: 0 },
      { step: 'enterCode', reached: 2, leftHere: 0, misunderstood: 1 },
      { step: 'codeRejected', reached: 1, leftHere: 1, misunderstood: 0 },
    ]);
  });

  it('counts escalations by reason and the step where the user was, and the ratings', () => {
    expect(en.endings).toEqual(
      expect.arrayContaining([
        { kind: 'escalated', reason: 'repeated_failure', step: 'codeRejected', count: 1 },
        { kind: 'escalated', reason: 'user_asked', step: 'checkBoundNumber', count: 1 },
      ]),
    );
    expect(en.ratings).toEqual([0, 0, 0, 0, 1]);
    expect(en).toMatchObject({ solvedYes: 1, solvedNo: 0 });
  });

  it('counts a record written before runs had ids as a run of its own, at the step it names', () => {
    const legacy: OutcomeRecord = {
      procedureId: 'sms_code',
      outcome: 'blocked',
      step: 'enterCode',
      solved: null,
      rating: null,
      locale: 'en',
      at: '2026-11-12T00:00:00.000Z',
    };
    const [row] = deskReport([legacy], [], period, order);
    expect(row).toMatchObject({ runs: 1, blocked: 1, endings: [{ kind: 'blocked', reason: 'unknown', step: 'enterCode', count: 1 }] });
    expect(row.funnel).toEqual([{ step: 'enterCode', reached: 1, leftHere: 1, misunderstood: 0 }]);
  });

  it('leaves ratings of a person’s help out, and counts a run handed to another procedure apart from the solved ones', () => {
    const person: OutcomeRecord = {
      procedureId: 'human_agent',
      outcome: 'solved',
      step: 'conversation',
      solved: true,
      rating: 5,
      locale: 'en',
      at: '2026-11-12T00:00:00.000Z',
    };
    const handedOn = ended('h', 'continued', 'askCodeReceived');
    const [row] = deskReport([person, handedOn], reached('h', ['askCodeReceived']), period, order);
    expect(deskReport([person], [], period, order)).toEqual([]);
    expect(row).toMatchObject({ runs: 1, solved: 0, continued: 1, containment: 0 });
    // It moved on to the other procedure: it did not leave here.
    expect(row.funnel).toEqual([{ step: 'askCodeReceived', reached: 1, leftHere: 0, misunderstood: 0 }]);
  });

  it('reads a later record of a run (a rating given after it ended) as an amendment of its end, not another run', () => {
    const escalated = ended('r', 'escalated', 'enterCode', { reason: 'user_asked', durationSeconds: 60 });
    const rated = { ...ended('r', 'escalated', 'enterCode'), lastStep: undefined, rating: 2, at: '2026-11-10T11:00:00.000Z' };
    delete rated.lastStep;
    const [row] = deskReport([escalated, rated], reached('r', ['askCodeReceived', 'enterCode']), period, order);
    expect(row).toMatchObject({ runs: 1, ratings: [0, 1, 0, 0, 0] });
    expect(row.endings).toEqual([expect.objectContaining({ reason: 'user_asked', step: 'enterCode', count: 1 })]);
  });

  it('leaves out runs started outside the period', () => {
    expect(deskReport(records, steps, { from: '2026-12-01', to: '2026-12-31' }, order)).toEqual([]);
  });
});
