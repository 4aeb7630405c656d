import type { ProcedureDefinition } from '../../dialogs/procedure';
import { backToStep, procedurePosition, sendToProcedure, type PersistedProcedure, type ProcedureTurn, type RunnableProcedure } from '../../dialogs/runner';
import type { MessageKey, StepMeta } from '../../dialogs/types';
import type { Understanding } from '../understanding/understanding';
import type { ReplyWriter } from './replyWriter';
import type { Turn } from './turn';

type Readers = { readonly understanding: Understanding; readonly write: Pick<ReplyWriter, 'offeredChoices'> };
type Parts = Readers & { readonly write: Pick<ReplyWriter, 'say'>; readonly stack: ResultApplier };
type Goers = { readonly understanding: Understanding; readonly stack: { reask(turn: Turn, key?: MessageKey): void } };
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
  if (!offersPerson(meta) || !stepBefore) return undefined;
  // "all good thanks" declines the offer: fine on their own, they are not asking to go on. "No need, I'm in now" declines
  // it and reports the progress after.
  const report = understanding.yesNo(turn.message.text, locale, 'offer') === false ? afterDecline(turn.message.text, locale, understanding) : turn.message.text;
  if (!report || !understanding.reportsProgress(report, locale)) return undefined;
  const back = backToStep(definition, stored, stepBefore);
  const position = back && procedurePosition(definition, back);
  if (!back || position?.status !== 'waiting') return undefined;
  const { event } = understanding.read(report, locale, position.meta, write.offeredChoices(turn, position.meta.choices));
  const result = event && sendToProcedure(definition, back, event);
  // Only an answer that moves on: one leading back to the offer ("found it… but it's greyed out") is no progress.
  return result?.accepted && result.position.stepId !== procedurePosition(definition, stored).stepId ? result : undefined;
}

/**
 * "no need for a human, just tell me what to click next", "no need, but I still can't find it", "不用转人工。表单里填什么？":
 * the person declined, and the message goes on. The procedure goes back to the step before the offer. A question, or a
 * request naming another procedure, is then read on as any message mid-procedure (answered and the step asked again,
 * the other procedure offered): false. Anything else (a request to go on, "what's next?", a failure told again) asks
 * that step again: true. Undefined when the message is not one of these: a plain decline, a goodbye, or a change of
 * mind that wants the person after all ("아니요... 아 그냥 연결해 주세요").
 */
export function declinedAndGoesOn(turn: Turn, definition: ProcedureDefinition, meta: StepMeta, parts: Goers): boolean | undefined {
  const { understanding, stack } = parts;
  const stored = turn.data.procedure!;
  const stepBefore = stored.path?.at(-1);
  const { text } = turn.message;
  const locale = turn.data.locale!;
  if (!offersPerson(meta) || !stepBefore || understanding.yesNo(text, locale, 'offer') !== false) return undefined;
  const rest = afterDecline(text, locale, understanding);
  if (!rest || understanding.isClosing(rest, locale, true) || understanding.signals(rest).person || understanding.yesNo(rest, locale, 'offer'))
    return undefined;
  const back = backToStep(definition, stored, stepBefore);
  if (!back || procedurePosition(definition, back).status !== 'waiting') return undefined;
  turn.data.procedure = { ...stored, ...back };
  turn.data.misses = 0;
  const { questions } = understanding;
  const asks = questions.asksQuestion(rest, locale) && !understanding.isShort(rest);
  if (asks || questions.proceduresNamed(rest, locale).some((id) => id !== stored.procedureId)) return false;
  stack.reask(turn, 'common.procedure.continuing');
  return true;
}

function offersPerson(meta: StepMeta): boolean {
  return meta.asks === 'offer' && meta.prompt.key.endsWith('.offerPerson');
}

/** What follows the clauses that decline ("no need for a person, | I'm in now"); undefined when nothing does. */
function afterDecline(text: string, locale: string, understanding: Understanding): string | undefined {
  const pieces = text.split(/(?<=[.。!！,，;；\n…])/u).filter((p) => p.trim());
  let declined = 0;
  // Only what declines the offer and reports nothing ("no need for a person,", "상담원은 괜찮아요."), not "but I still can't find it".
  const declines = (piece: string) =>
    understanding.yesNo(piece, locale, 'offer') === false && (understanding.yesNo(piece, locale) !== false || understanding.declines(piece, locale));
  while (declined < pieces.length && declines(pieces[declined]) && !understanding.reportsProgress(pieces[declined], locale)) declined += 1;
  const rest = pieces.slice(declined).join('').trim();
  // "non… enfin si, en fait oui": a no taken back is a change of mind, read whole as the offer's answer.
  return declined > 0 && rest && !understanding.questions.opensWithCorrection(rest, locale) ? rest : undefined;
}
