import type { Pool } from 'pg';
import type { OutcomeLog, OutcomeRecord, StepRecord } from '../../outcomes/outcomeLog';

/**
 * The desk lead's figures in PostgreSQL, written by every instance: one row per procedure run
 * (`outcomes`) and per step reached or misread (`outcome_steps`), in columns a desk lead can query
 * (`SELECT procedure_id, avg(rating) FROM outcomes GROUP BY 1`) beside the whole record.
 */
export class PostgresOutcomeLog implements OutcomeLog {
  constructor(private readonly pool: Pool) {}

  async record(entry: OutcomeRecord): Promise<void> {
    await this.pool.query('INSERT INTO outcomes (at, procedure_id, outcome, solved, rating, locale, channel, record) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
      entry.at,
      entry.procedureId,
      entry.outcome,
      entry.solved,
      entry.rating,
      entry.locale,
      entry.channel ?? null,
      entry,
    ]);
  }

  async all(): Promise<readonly OutcomeRecord[]> {
    const { rows } = await this.pool.query<{ record: OutcomeRecord }>('SELECT record FROM outcomes ORDER BY id');
    return rows.map((r) => r.record);
  }

  async step(entry: StepRecord): Promise<void> {
    await this.pool.query('INSERT INTO outcome_steps (at, run, procedure_id, step, kind, record) VALUES ($1, $2, $3, $4, $5, $6)', [
      entry.at,
      entry.run,
      entry.procedureId,
      entry.step,
      entry.kind,
      entry,
    ]);
  }

  async steps(): Promise<readonly StepRecord[]> {
    const { rows } = await this.pool.query<{ record: StepRecord }>('SELECT record FROM outcome_steps ORDER BY id');
    return rows.map((r) => r.record);
  }
}
