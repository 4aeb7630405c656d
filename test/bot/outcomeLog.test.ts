import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonLinesOutcomeLog, summarizeOutcomes, type OutcomeRecord } from '../../bot/outcomes/outcomeLog';

const record = (procedureId: string, outcome: OutcomeRecord['outcome'], solved: boolean | null, rating: number | null): OutcomeRecord => ({
  procedureId,
  outcome,
  solved,
  rating,
  step: 'someStep',
  locale: 'en',
  at: '2026-11-22T10:00:00.000Z',
});

describe('outcome log', () => {
  it('appends one JSON line per record and reads them back, concurrent writes included', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'outcomes-')), 'nested', 'outcomes.jsonl');
    const log = new JsonLinesOutcomeLog(file);
    expect(await log.all()).toEqual([]);
    const records = Array.from({ length: 50 }, (_, i) => record(i % 2 ? 'bind_card' : 'sms_code', 'solved', true, (i % 5) + 1));
    await Promise.all(records.map((r) => log.record(r)));
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(50);
    expect(await log.all()).toEqual(expect.arrayContaining(records));
  });

  it('skips a line torn by a crash or a full disk, and keeps the records around it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'outcomes-')), 'outcomes.jsonl');
    const log = new JsonLinesOutcomeLog(file);
    await log.record(record('sms_code', 'solved', true, 5));
    appendFileSync(file, '{"procedureId":"bind_ca');
    appendFileSync(file, '\n');
    await log.record(record('bind_card', 'abandoned', null, null));
    expect((await log.all()).map((r) => r.procedureId)).toEqual(['sms_code', 'bind_card']);
    expect(await log.steps()).toEqual([]);
  });

  it('summarizes outcomes, answers and ratings per procedure', () => {
    expect(
      summarizeOutcomes([
        record('sms_code', 'solved', true, 5),
        record('sms_code', 'solved', true, 4),
        record('sms_code', 'solved', false, null),
        record('sms_code', 'escalated', null, null),
        record('bind_card', 'abandoned', null, null),
        record('bind_card', 'continued', null, null),
      ]),
    ).toEqual([
      { procedureId: 'bind_card', runs: 2, byOutcome: { abandoned: 1, continued: 1 }, solvedYes: 0, solvedNo: 0, ratings: 0, averageRating: null },
      { procedureId: 'sms_code', runs: 4, byOutcome: { solved: 3, escalated: 1 }, solvedYes: 2, solvedNo: 1, ratings: 2, averageRating: 4.5 },
    ]);
  });
});
