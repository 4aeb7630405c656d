import type { RouteParts } from './routeParts';
import type { Turn } from './turn';

type Parts = Pick<RouteParts, 'topics' | 'write' | 'stack'>;

/**
 * "I don't know" where the step has no such choice: no branch is taken; a person is offered. Unsure whether they want
 * something ("Do you still want to add one?" "hmm not sure"), there is nothing to check: it is all right, and asked again.
 * Like "hold on, I'm looking" (stillAtIt), it takes no branch but drops nothing said beside it (questionBeside).
 */
export async function saysNotSure(turn: Turn, parts: Parts): Promise<boolean> {
  if (!turn.reading?.unsure || (!turn.data.procedure && !turn.data.wrapUp)) return false;
  turn.data.misses = 0;
  if (turn.data.procedure) await questionBeside(turn, parts);
  const wish = parts.stack.questionOnTheTable(turn)?.asks === 'offer';
  parts.write.say(turn, turn.data.procedure && !wish ? 'common.procedure.notSure' : 'common.procedure.notSureWrapUp');
  parts.stack.reaskStep(turn, turn.data.procedure !== undefined);
  return true;
}

/** "Hold on, I'm looking": the step waits, shown again; nothing is cancelled or guessed. */
export async function stillAtIt(turn: Turn, parts: Parts): Promise<boolean> {
  if (!turn.reading?.holding || !turn.data.procedure) return false;
  turn.data.misses = 0;
  // "Can it be the same as my login password? I haven't confirmed yet."
  await questionBeside(turn, parts);
  parts.write.say(turn, 'common.procedure.takeYourTime');
  parts.stack.reaskStep(turn);
  return true;
}

/** The question beside the answer, answered; one the articles are silent on is said to be. */
async function questionBeside(turn: Turn, { topics, write }: Parts): Promise<void> {
  const question = await topics.sideQuestion(turn);
  if (question) write.answer(turn, question);
  else if (await topics.questionUnanswered(turn)) write.say(turn, 'common.procedure.questionNotFound');
}
