import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RecordedOutcome } from '../../dialogs/types';

/**
 * How each procedure ended, and what the user said about it: the support desk's measure of which
 * procedures work. One record per procedure run; no user text, so nothing here needs masking.
 */
export interface OutcomeRecord {
  readonly procedureId: string;
  readonly outcome: RecordedOutcome;
  /** The user's answer to "did this solve your problem?", when asked. */
  readonly solved: boolean | null;
  /** 1–5, when given. */
  readonly rating: number | null;
  /** The step it ended on. */
  readonly step: string;
  readonly locale: string;
  readonly at: string;
}

export interface OutcomeLog {
  record(entry: OutcomeRecord): Promise<void>;
  all(): Promise<readonly OutcomeRecord[]>;
}

/** One JSON line per record, appended: safe with concurrent conversations, readable with `jq`. */
export class JsonLinesOutcomeLog implements OutcomeLog {
  constructor(private readonly file: string) {}

  async record(entry: OutcomeRecord): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await appendFile(this.file, `${JSON.stringify(entry)}\n`, 'utf8');
  }

  async all(): Promise<readonly OutcomeRecord[]> {
    const text = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    return text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as OutcomeRecord);
  }
}

export class MemoryOutcomeLog implements OutcomeLog {
  private readonly records: OutcomeRecord[] = [];

  async record(entry: OutcomeRecord): Promise<void> {
    this.records.push(entry);
  }

  async all(): Promise<readonly OutcomeRecord[]> {
    return [...this.records];
  }
}

export interface ProcedureSummary {
  readonly procedureId: string;
  readonly runs: number;
  readonly byOutcome: Readonly<Partial<Record<RecordedOutcome, number>>>;
  readonly solvedYes: number;
  readonly solvedNo: number;
  readonly ratings: number;
  readonly averageRating: number | null;
}

/** Per procedure: how runs ended, how many said it solved their problem, the average rating. */
export function summarizeOutcomes(records: readonly OutcomeRecord[]): ProcedureSummary[] {
  const byProcedure = new Map<string, OutcomeRecord[]>();
  for (const r of records) byProcedure.set(r.procedureId, [...(byProcedure.get(r.procedureId) ?? []), r]);
  return [...byProcedure.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([procedureId, runs]) => {
      const ratings = runs.map((r) => r.rating).filter((r): r is number => r !== null);
      const byOutcome: Partial<Record<RecordedOutcome, number>> = {};
      for (const r of runs) byOutcome[r.outcome] = (byOutcome[r.outcome] ?? 0) + 1;
      return {
        procedureId,
        runs: runs.length,
        byOutcome,
        solvedYes: runs.filter((r) => r.solved === true).length,
        solvedNo: runs.filter((r) => r.solved === false).length,
        ratings: ratings.length,
        averageRating: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null,
      };
    });
}
