import type { ActiveProcedure, RunTrace } from '../contracts/conversationData';

/** Steps a run's trace keeps: more than any procedure has, with loops (a code asked for again) counted once in a row. */
export const PATH_KEPT = 40;

/** Misread messages of one run written to the step log; more are counted on the run only. */
export const MISREADINGS_LOGGED = 20;

/** What a run's record keeps of the stored procedure: not its machine snapshot. */
export function traceOf(active: ActiveProcedure): RunTrace & { readonly startedAt: string } {
  return {
    run: active.run,
    path: active.path,
    misunderstood: active.misunderstood,
    startedAt: active.startedAt,
    ...(active.rating ? { rating: active.rating } : {}),
  };
}

/**
 * Where the user really was in a run, for a person and the desk lead: the last step of the
 * procedure's own they reached (not a person offer asked after it), and the steps before it,
 * each once. `fallback` when the run has no path (state saved by an older version).
 */
export function whereInRun(path: readonly string[], fallback: string): { step: string; stepsDone: string[] } {
  const step = path.at(-1) ?? fallback;
  return { step, stepsDone: [...new Set(path.filter((s) => s !== step))] };
}
