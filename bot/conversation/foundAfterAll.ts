import type { ProcedureDefinition } from '../../dialogs/procedure';
import { backToStep, procedurePosition, sendToProcedure, type PersistedProcedure, type ProcedureTurn, type RunnableProcedure } from '../../dialogs/runner';
import type { StepMeta } from '../../dialogs/types';
import type { Understanding } from '../understanding/understanding';
import type { ReplyWriter } from './replyWriter';
import type { Turn } from './turn';

type Readers = { readonly understanding: Understanding; readonly write: Pick<ReplyWriter, 'offeredChoices'> };
type Parts = Readers & { readonly write: Pick<ReplyWriter, 'say'>; readonly stack: ResultApplier };
/** ProcedureStack.apply, named by shape: the stack's wrap-up reads the offer here too. */
type ResultApplier = { apply(turn: Turn, definition: ProcedureDefinition, result: ProcedureTurn): Promise<void> };

/**
 * "Would you like a person?", asked because a step went wrong ("I can't find 'My account'"), answered "found it" or
 * "ok done, deleted": the user got there after all. Read as a yes, that report would hand someone who is getting on
 * fine to a person; it answers the step before the offer instead, and the procedure goes on from there. A yes word
 * alone ("ok", "sí") still takes the offer. True when it did so.
 */
export async function foundAfterAll(turn: Turn, definition: ProcedureDefinition, meta: StepMeta, parts: Parts): Promise<boolean> {
  const stored = turn.data.procedure!;
  const result = answerBeforeOffer(turn, meta, { definition, stored, stepBefore: stored.path?.at(-1) }, parts);
  if (!result) return false;
  turn.data.misses = 0;
  parts.write.say(turn, 'common.procedure.continuing');
  // "哦找到了 删了" (found it, deleted it): the steps after take what the report also says.
  [turn.told, turn.toldPast] = [turn.message.text, undefined];
  await parts.stack.apply(turn, definition, result);
  return true;
}

/** Where the person offer stands: its procedure, stored where it waits, and the step whose answer led to it. */
export interface AtOffer {
  readonly definition: RunnableProcedure;
  readonly stored: PersistedProcedure;
  readonly stepBefore: string | undefined;
}

/** The report read as the answer to the step before the offer, when it moves the procedure on from there. */
export function answerBeforeOffer(
  turn: Turn,
  meta: StepMeta,
  { definition, stored, stepBefore }: AtOffer,
  { understanding, write }: Readers,
): ProcedureTurn | undefined {
  const locale = turn.data.locale!;
  const offersPerson = meta.asks === 'offer' && meta.prompt.key.endsWith('.offerPerson');
  if (!offersPerson || !stepBefore || !understanding.reportsProgress(turn.message.text, locale)) return undefined;
  // "all good thanks" declines the offer: fine on their own, they are not asking to go on.
  if (understanding.yesNo(turn.message.text, locale, 'offer') === false) return undefined;
  const back = backToStep(definition, stored, stepBefore);
  const position = back && procedurePosition(definition, back);
  if (!back || position?.status !== 'waiting') return undefined;
  const { event } = understanding.read(turn.message.text, locale, position.meta, write.offeredChoices(turn, position.meta.choices));
  const result = event && sendToProcedure(definition, back, event);
  // Only an answer that moves on: one leading back to the offer ("found it… but it's greyed out") is no progress.
  return result?.accepted && result.position.stepId !== procedurePosition(definition, stored).stepId ? result : undefined;
}
