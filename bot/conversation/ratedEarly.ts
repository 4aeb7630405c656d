import type { StepMeta } from '../../dialogs/types';
import { statesRating } from '../understanding/answers/ratingReader';
import type { Understanding } from '../understanding/understanding';
import type { Turn } from './turn';

/** The stack's one move needed here, written out: the wrap-up reads ratings too, and the stack imports the wrap-up. */
type Parts = {
  readonly understanding: Understanding;
  readonly stack: { reask(turn: Turn, key: 'feedback.ratingKept' | 'common.procedure.thanksStillOpen'): void };
};

/** How a rating is read: the wrap-up's question, without its buttons (the digits, stars and words read alike). */
const RATING: StepMeta = { prompt: { key: 'feedback.askRating' }, expects: 'number' };

/** The rating a message states in so many words ("4 stars", "2 sur 5", "给你5分"), 1 to 5; a word of praise is none. */
export function ratingStated(turn: Turn, understanding: Pick<Understanding, 'read'>): number | undefined {
  const { text } = turn.message;
  if (!statesRating(text)) return undefined;
  const event = understanding.read(text, turn.data.locale!, RATING, []).event;
  return event?.type === 'answer.number' ? event.value : undefined;
}

/**
 * A rating given mid-procedure, before it was asked ("thanks! 5 stars", "谢谢 给你5分", "별점 4점이요"): the user
 * thinks they are done. It is thanked for and kept with the run (RunTrace.rating: recorded however the run ends, and
 * the wrap-up does not ask for it again), and the step still open is asked again. True when the message was one.
 */
export function ratedEarly(turn: Turn, { understanding, stack }: Parts): boolean {
  const { procedure, wrapUp, locale } = turn.data;
  const { text } = turn.message;
  if (!procedure || wrapUp || !statesRating(text) || understanding.questions.asksQuestion(text, locale!)) return false;
  const event = understanding.read(text, locale!, RATING, []).event;
  if (event?.type !== 'answer.number') return false;
  turn.data.procedure = { ...procedure, rating: event.value };
  turn.data.misses = 0;
  stack.reask(turn, 'feedback.ratingKept');
  return true;
}

/**
 * Thanks alone mid-procedure ("thank you!", "gracias, muy útil", "merci, super aide", "谢谢"), read as nothing else: the
 * user thinks they are done. They are thanked back and the step still open is asked again: no "didn't catch your
 * answer", no greeting, no help menu. True when the message was one.
 */
export function thankedEarly(turn: Turn, { understanding, stack }: Parts): boolean {
  if (!turn.data.procedure || turn.data.wrapUp || !understanding.onlyThanks(turn.message.text, turn.data.locale!)) return false;
  turn.data.misses = 0;
  stack.reask(turn, 'common.procedure.thanksStillOpen');
  return true;
}
