import { createReadStream } from 'node:fs';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RecordedOutcome } from '../../dialogs/types';

/** The outcome log's name for ratings of help given by a person (not a procedure run). */
export const PERSON_HELP_ID = 'human_agent';

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
  /** The machine's state it ended in (`handedToPerson`, `blockedByInventory`). */
  readonly step: string;
  /** The procedure's own step the user was at when it ended (`enterCode`, not the person offer after it). */
  readonly lastStep?: string;
  /** The escalation reason (`repeated_failure`) or blocking condition (`pendingTransactions`). */
  readonly reason?: string;
  /** The run's id: its steps in the step log carry the same. */
  readonly run?: string;
  /** Messages in the run the bot could not read. */
  readonly misunderstood?: number;
  readonly durationSeconds?: number;
  readonly channel?: string;
  readonly locale: string;
  readonly at: string;
}

/** A step reached, or a message at a step the bot could not read. No user text. */
export interface StepRecord {
  readonly kind: 'reached' | 'misunderstood';
  readonly run: string;
  readonly procedureId: string;
  readonly step: string;
  readonly channel: string;
  readonly locale: string;
  readonly at: string;
}

export interface OutcomeLog {
  record(entry: OutcomeRecord): Promise<void>;
  all(): Promise<readonly OutcomeRecord[]>;
  step(entry: StepRecord): Promise<void>;
  steps(): Promise<readonly StepRecord[]>;
}

/** One JSON line per record, appended: safe with concurrent conversations, readable with `jq`. Steps go to `steps.jsonl` beside it. */
export class JsonLinesOutcomeLog implements OutcomeLog {
  constructor(
    private readonly file: string,
    private readonly stepsFile = join(dirname(file), 'steps.jsonl'),
  ) {}

  record(entry: OutcomeRecord): Promise<void> {
    return appendLine(this.file, entry);
  }

  all(): Promise<readonly OutcomeRecord[]> {
    return readLines<OutcomeRecord>(this.file);
  }

  step(entry: StepRecord): Promise<void> {
    return appendLine(this.stepsFile, entry);
  }

  steps(): Promise<readonly StepRecord[]> {
    return readLines<StepRecord>(this.stepsFile);
  }
}

async function appendLine(file: string, entry: object): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await appendFile(file, `${JSON.stringify(entry)}\n`, 'utf8');
}

/**
 * Line by line (a log larger than a string can hold still reads); a line torn by a crash or a full
 * disk is skipped, so one bad write never makes the figures unreadable.
 */
async function readLines<T>(file: string): Promise<T[]> {
  const records: T[] = [];
  try {
    for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      try {
        records.push(JSON.parse(line) as T);
      } catch {
        // A torn line: the records around it are still good.
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return records;
}

/** With memory storage (tests, trials): the most recent records only, so a long-running process stays bounded. */
const MEMORY_RECORDS_KEPT = 100_000;

export class MemoryOutcomeLog implements OutcomeLog {
  private readonly records: OutcomeRecord[] = [];
  private readonly stepRecords: StepRecord[] = [];

  async record(entry: OutcomeRecord): Promise<void> {
    this.records.push(entry);
    if (this.records.length > MEMORY_RECORDS_KEPT) this.records.shift();
  }

  async all(): Promise<readonly OutcomeRecord[]> {
    return [...this.records];
  }

  async step(entry: StepRecord): Promise<void> {
    this.stepRecords.push(entry);
    if (this.stepRecords.length > MEMORY_RECORDS_KEPT) this.stepRecords.shift();
  }

  async steps(): Promise<readonly StepRecord[]> {
    return [...this.stepRecords];
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
  for (const r of runEnds(records)) byProcedure.set(r.procedureId, [...(byProcedure.get(r.procedureId) ?? []), r]);
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

/**
 * One record per run: a later record of the same run (a rating given after it ended, see OutcomeRecorder.rateLast)
 * amends the earlier one, field by field, and keeps its time; records without a run id (written before runs had ids) stand alone.
 */
export function runEnds(records: readonly OutcomeRecord[]): OutcomeRecord[] {
  const ends: OutcomeRecord[] = [];
  const at = new Map<string, number>();
  for (const r of records) {
    const index = r.run === undefined ? undefined : at.get(r.run);
    if (index === undefined) {
      if (r.run !== undefined) at.set(r.run, ends.length);
      ends.push(r);
    } else ends[index] = { ...ends[index], ...r, at: ends[index].at };
  }
  return ends;
}
