import type { Understanding } from '../understanding/understanding';
import type { RouteParts } from './routeParts';
import type { Turn } from './turn';

type Parts = Pick<RouteParts, 'understanding' | 'offers' | 'catalogue' | 'stack' | 'write'>;

/**
 * A correction to another procedure ("uy perdón, en realidad quería borrar una tarjeta, no añadirla", "non attends, c'est
 * le mot de passe de paiement que j'ai oublié en fait"): the user started the wrong one. Its "no" answers no step; the
 * other procedure is offered in place of this one (a yes pauses this one and starts it). True when the message was one.
 * What is corrected to must name that procedure in its own words, and tell a wish or a problem or answer nothing: "ah
 * no, todavía me pide iniciar sesión" corrects the step's answer, whatever procedure "iniciar sesión" names.
 */
export function correctedTask(turn: Turn, { understanding, offers, catalogue, stack, write }: Parts): boolean {
  const { procedure, wrapUp, locale } = turn.data;
  const corrected = procedure && !wrapUp ? understanding.afterCorrection(turn.message.text, locale!) : undefined;
  const step = corrected && stack.questionOnTheTable(turn);
  if (!procedure || !corrected || !step) return false;
  const named = understanding.questions.proceduresNamed(corrected, locale!);
  const [other, ...more] = named.filter((id) => id !== procedure.procedureId);
  if (!other || more.length > 0 || named.includes(procedure.procedureId)) return false;
  const answersStep = understanding.read(corrected, locale!, step, write.offeredChoices(turn, step.choices)).event !== undefined;
  if (answersStep && !tellsIntent(understanding, corrected, locale!)) return false;
  offers.offerSwitch(turn, catalogue.get(other)!);
  return true;
}

function tellsIntent(understanding: Understanding, text: string, locale: string): boolean {
  return understanding.questions.tellsWish(text, locale) || understanding.questions.tellsProblem(text, locale);
}
