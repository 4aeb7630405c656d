import type { ProcedureDefinition } from '../../dialogs/procedure';
import { sendToProcedure, type PersistedProcedure, type ProcedureTurn } from '../../dialogs/runner';
import type { StepMeta } from '../../dialogs/types';
import type { Understanding } from '../understanding/understanding';
import { mayReportPast, yesNoStep } from './reportBeyond';
import type { Turn } from './turn';

/** How many steps a report of the goal may pass: the few between a code's arrival and an activation. */
const STEPS_TO_GOAL = 4;

type Parts = { readonly understanding: Understanding };

/**
 * A report that the procedure's goal is reached ("收到了！激活成功", "entered it and it says activated!", "listo,
 * vinculada"), typed at a step before the last: the user did the remaining steps on their own, as a person at the desk
 * would take it. The procedure goes on along yes-answered steps (and "just now" to how long ago a code came) to its solved
 * ending and ends there; never past an offer, a choice or a step about the user, never to another ending, and never from a question, a failure, a wish or
 * someone else's doing. The goal's words are the procedure's own (`goalsReached` in understanding.json), or those of
 * the procedure it runs inside (the SMS code inside the activation: "activated").
 */
export function goalReached(turn: Turn, definition: ProcedureDefinition, meta: StepMeta, parts: Parts): ProcedureTurn | undefined {
  const { understanding } = parts;
  if (!mayReportPast(meta, turn.reading)) return undefined;
  const locale = turn.data.locale!;
  if (!understanding.questions.statedClauses(turn.message.text, locale)) return undefined;
  const parents = (turn.data.paused ?? []).filter((p) => p.why === 'subProcedure').map((p) => p.procedureId);
  if (!understanding.reportsGoal(turn.message.text, locale, [definition.id, ...parents])) return undefined;
  let [persisted, asked]: [PersistedProcedure, StepMeta] = [turn.data.procedure!, meta];
  for (let step = 0; step < STEPS_TO_GOAL; step++) {
    // "How long ago did the code come?" passed on the way: a code that went through was fresh.
    const next = sendToProcedure(definition, persisted, asked.expects === 'duration' ? { type: 'answer.duration', minutes: 0 } : { type: 'answer.yes' });
    if (!next.accepted) return undefined;
    if (next.position.status === 'done') return next.position.meta.outcome === 'solved' && !next.position.meta.continueWith ? next : undefined;
    if (!yesNoStep(next.position.meta) && next.position.meta.expects !== 'duration') return undefined;
    [persisted, asked] = [next.persisted, next.position.meta];
  }
  return undefined;
}
