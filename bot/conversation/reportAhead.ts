import type { ProcedureDefinition } from '../../dialogs/procedure';
import { sendToProcedure, type ProcedureTurn } from '../../dialogs/runner';
import type { StepMeta } from '../../dialogs/types';
import type { Understanding } from '../understanding/understanding';
import type { ReplyWriter } from './replyWriter';
import type { Turn } from './turn';

/** A report read past the step: the step's answer, and what is left for the step after it. */
export interface ReportAhead {
  readonly result: ProcedureTurn;
  /** The clauses after those that answered the step (normalized). */
  readonly rest: string;
}

/**
 * A report that runs past the step ("收到邮件了 点进去了 让我回答安全问题 我记得答案", "yes it came, I opened it but I don't
 * remember the answers"): its first clauses answer the step, the rest names a choice of the step after it. Read whole
 * against one step, it holds two answers and reads as neither ("not sure") or takes the later one for the first. Taken
 * only when both parts read clearly: the fewest first clauses that answer, and one choice of the next step named.
 */
export function reportAhead(
  turn: Turn,
  definition: ProcedureDefinition,
  meta: StepMeta,
  understanding: Understanding,
  write: Pick<ReplyWriter, 'offeredChoices'>,
): ReportAhead | undefined {
  const locale = turn.data.locale!;
  const clauses = understanding.questions.statedClauses(turn.message.text, locale);
  for (let k = 1; clauses && k < clauses.length; k++) {
    const event = understanding.read(clauses.slice(0, k).join(', '), locale, meta, write.offeredChoices(turn, meta.choices)).event;
    if (!event) continue;
    const result = sendToProcedure(definition, turn.data.procedure!, event);
    const next = result.position;
    if (!result.accepted || next.status !== 'waiting' || next.meta.expects !== 'choice') return undefined;
    const rest = clauses.slice(k).join(', ');
    return understanding.toldBefore(rest, locale, next.meta, write.offeredChoices(turn, next.meta.choices)) ? { result, rest } : undefined;
  }
  return undefined;
}
