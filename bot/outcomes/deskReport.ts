import { PERSON_HELP_ID, runEnds, type OutcomeRecord, type StepRecord } from './outcomeLog';

/**
 * The desk lead's figures, per procedure and language, over a period: the funnel of steps (how
 * many runs reached each, where they left), containment, escalations by reason and step, blocking
 * conditions, misread messages per step, and the ratings. Computed from the outcome and step logs
 * alone: pure, so the page, the CSV and the tests read the same numbers.
 */

/** A procedure's steps in the order a user meets them (happy path first), for the funnel. */
export type StepOrder = ReadonlyMap<string, readonly string[]>;

export interface Period {
  /** Inclusive, `YYYY-MM-DD` (UTC). */
  readonly from: string;
  /** Inclusive, `YYYY-MM-DD` (UTC). */
  readonly to: string;
}

export interface FunnelStep {
  readonly step: string;
  /** Runs that reached this step. */
  readonly reached: number;
  /** Runs whose last step was this one and that did not end solved: they left, went to a person or were blocked here. */
  readonly leftHere: number;
  readonly misunderstood: number;
}

export interface DeskRow {
  readonly procedureId: string;
  readonly locale: string;
  readonly runs: number;
  readonly solved: number;
  readonly escalated: number;
  readonly blocked: number;
  readonly abandoned: number;
  /** Started in the period with no ending recorded: still open, or the user went quiet. */
  readonly unfinished: number;
  /** Handed over to another procedure (cannot sign in → recover the login password): that one's run counts on its own. */
  readonly continued: number;
  /** Share of runs ended solved without a person (0–1), or null with no runs. */
  readonly containment: number | null;
  readonly funnel: readonly FunnelStep[];
  /** Escalations and blocking conditions, by reason and the step where they happened. */
  readonly endings: ReadonlyArray<{ readonly kind: 'escalated' | 'blocked'; readonly reason: string; readonly step: string; readonly count: number }>;
  /** How many gave each rating, 1 to 5. */
  readonly ratings: readonly [number, number, number, number, number];
  readonly solvedYes: number;
  readonly solvedNo: number;
  readonly misunderstood: number;
  readonly averageSeconds: number | null;
}

interface Run {
  procedureId: string;
  locale: string;
  firstAt: string;
  reached: string[];
  /** The last step reached, in the order reached (a loop back makes it an earlier step again). */
  lastReached?: string;
  misunderstood: Map<string, number>;
  end?: OutcomeRecord;
}

export function deskReport(records: readonly OutcomeRecord[], steps: readonly StepRecord[], period: Period, order: StepOrder): DeskRow[] {
  const runs = collectRuns(records, steps);
  const inPeriod = [...runs.values()].filter((r) => r.firstAt.slice(0, 10) >= period.from && r.firstAt.slice(0, 10) <= period.to);
  const groups = new Map<string, Run[]>();
  for (const run of inPeriod) {
    const key = `${run.procedureId}\u0000${run.locale}`;
    const group = groups.get(key);
    if (group) group.push(run);
    else groups.set(key, [run]);
  }
  return [...groups.values()]
    .map((group) => row(group, order.get(group[0].procedureId) ?? []))
    .sort((a, b) => a.procedureId.localeCompare(b.procedureId) || a.locale.localeCompare(b.locale));
}

/** Step records and endings joined by run id; an ending from before runs had ids is a run of its own. */
function collectRuns(records: readonly OutcomeRecord[], steps: readonly StepRecord[]): Map<string, Run> {
  const runs = new Map<string, Run>();
  const runOf = (id: string, procedureId: string, locale: string, at: string): Run => {
    let run = runs.get(id);
    if (!run) runs.set(id, (run = { procedureId, locale, firstAt: at, reached: [], misunderstood: new Map() }));
    if (at < run.firstAt) run.firstAt = at;
    return run;
  };
  for (const s of steps) {
    const run = runOf(s.run, s.procedureId, s.locale, s.at);
    if (s.kind === 'reached' && !run.reached.includes(s.step)) run.reached.push(s.step);
    if (s.kind === 'reached') run.lastReached = s.step;
    if (s.kind === 'misunderstood') run.misunderstood.set(s.step, (run.misunderstood.get(s.step) ?? 0) + 1);
  }
  runEnds(records).forEach((r, index) => {
    // Ratings of a person's help are not a procedure run.
    if (r.procedureId === PERSON_HELP_ID) return;
    const run = runOf(r.run ?? `record-${index}`, r.procedureId, r.locale, r.at);
    run.end = r;
    const last = r.lastStep ?? r.step;
    if (!r.run && !run.reached.includes(last)) run.reached.push(last);
  });
  return runs;
}

function row(runs: readonly Run[], order: readonly string[]): DeskRow {
  const count = (outcome: string) => runs.filter((r) => r.end?.outcome === outcome).length;
  const solved = count('solved');
  const lastStepOf = (r: Run) => r.end?.lastStep ?? r.lastReached ?? r.end?.step ?? '';
  const seen = [...new Set(runs.flatMap((r) => [...r.reached, ...r.misunderstood.keys()]))];
  const stepIds = [...order.filter((s) => seen.includes(s)), ...seen.filter((s) => !order.includes(s))];
  const funnel = stepIds.map((step) => ({
    step,
    reached: runs.filter((r) => r.reached.includes(step)).length,
    leftHere: runs.filter((r) => lastStepOf(r) === step && r.end?.outcome !== 'solved' && r.end?.outcome !== 'continued').length,
    misunderstood: runs.reduce((n, r) => n + (r.misunderstood.get(step) ?? 0), 0),
  }));
  const endings = new Map<string, { kind: 'escalated' | 'blocked'; reason: string; step: string; count: number }>();
  for (const r of runs) {
    const kind = r.end?.outcome;
    if (kind !== 'escalated' && kind !== 'blocked') continue;
    const reason = r.end?.reason ?? 'unknown';
    const key = `${kind}\u0000${reason}\u0000${lastStepOf(r)}`;
    const entry = endings.get(key) ?? { kind, reason, step: lastStepOf(r), count: 0 };
    entry.count += 1;
    endings.set(key, entry);
  }
  const ratings: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const r of runs) if (r.end?.rating && r.end.rating >= 1 && r.end.rating <= 5) ratings[r.end.rating - 1] += 1;
  const durations = runs.map((r) => r.end?.durationSeconds).filter((d): d is number => typeof d === 'number');
  return {
    procedureId: runs[0].procedureId,
    locale: runs[0].locale,
    runs: runs.length,
    solved,
    escalated: count('escalated'),
    blocked: count('blocked'),
    abandoned: count('abandoned'),
    unfinished: runs.filter((r) => !r.end).length,
    continued: count('continued'),
    containment: runs.length ? solved / runs.length : null,
    funnel,
    endings: [...endings.values()].sort((a, b) => b.count - a.count),
    ratings,
    solvedYes: runs.filter((r) => r.end?.solved === true).length,
    solvedNo: runs.filter((r) => r.end?.solved === false).length,
    misunderstood: funnel.reduce((n, s) => n + s.misunderstood, 0),
    averageSeconds: durations.length ? Math.round(durations.reduce((a, b) => a + b, 0) / durations.length) : null,
  };
}
