import type { Detail, KnowledgeUnit } from '../../dialogs/knowledge';
import type { DetailsAsked } from '../understanding/answers/detailQuestions';

/** Details that are figures: a question asking for a figure of no kind its words tell is answered by any of them. */
const FIGURES: readonly Detail[] = ['duration', 'amount', 'count', 'date'];

/** What no procedure does: asked for ("how do I delete my whole account?"), the articles are silent whatever procedure it is read as. */
const NO_PROCEDURE_DOES: readonly Detail[] = ['closing', 'update'];

/**
 * "How many days does a withdrawal take?", read as the answer about withdrawals: its reply gives
 * no duration, and the articles give none, so its fact would not answer the question. A question
 * asking for a detail (a duration, an amount, a count, support's phone number, whether a fee is
 * charged, see `Detail`) is answered only by a unit whose reply gives it; one asking for a figure
 * of no kind the words tell ("how often"), by a unit that gives any figure.
 */
export function detailNotStated(asked: DetailsAsked | undefined, unit: KnowledgeUnit): boolean {
  if (!asked) return false;
  const stated = unit.details ?? [];
  const unstated = (detail: Detail) => {
    // Another store or wallet named ("…on Temu?") is left unanswered by a reply that lists where Alipay works; it is only context to any other.
    if (detail === 'elsewhere') return stated.includes('places');
    // How to end a condition ("how do I cancel the agreement?") is left unanswered by a reply that only names it as blocking.
    if (detail === 'clearing') return unit.condition === true;
    return !stated.includes(detail);
  };
  return asked.details.some(unstated) || (asked.figure && !stated.some((detail) => FIGURES.includes(detail)));
}

/** Whether the message asks for something no procedure walks through ("close my account", "change my phone number"). */
export function asksWhatNoProcedureDoes(asked: DetailsAsked | undefined): boolean {
  return asked?.details.some((detail) => NO_PROCEDURE_DOES.includes(detail)) ?? false;
}
