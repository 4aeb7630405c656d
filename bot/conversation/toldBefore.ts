import type { AnswerEvent, StepMeta } from '../../dialogs/types';
import type { OfferedChoice, Understanding } from '../understanding/understanding';
import type { ReplyWriter } from './replyWriter';
import { toldAhead } from './reportAhead';
import type { TranscriptLine } from '../contracts/conversationData';
import type { Turn } from './turn';

/** How many of the user's messages before the request a step about the user reads, the latest first. */
const EARLIER_MESSAGES_READ = 6;

/**
 * The answer a step finds in what the user said before it asked: the request
 * that started the procedure, for a step about the user ("I'm a seller, how do I…") or whether a code came ("my sms
 * code never arrives"); the answer that moved the procedure on, for a choice its words name ("yes I'm there, it asks me
 * to activate") or a time it gives ("yes, it came about an hour ago" before "when did it arrive?").
 */
export function toldBefore(
  turn: Turn,
  meta: StepMeta,
  write: Pick<ReplyWriter, 'offeredChoices' | 'questionAsked'>,
  understanding: Understanding,
): AnswerEvent | undefined {
  // Told past the clauses that answered an earlier step: each step takes its own part (see reportAhead).
  if (turn.toldPast) return offered(toldAhead(turn, meta, { understanding, write }), write.offeredChoices(turn, meta.choices));
  return toldThisTurn(turn, meta, write, understanding) ?? (meta.aboutUser ? toldEarlier(turn, meta, write, understanding) : undefined);
}

/** What the message that started the procedure or moved it on (`turn.told`) tells the step, read once. */
function toldThisTurn(turn: Turn, meta: StepMeta, write: Pick<ReplyWriter, 'offeredChoices'>, understanding: Understanding): AnswerEvent | undefined {
  const reportsArrival = meta.asks === 'arrival' && turn.toldInRequest;
  // "Are you in?" "I forgot my password": a no there, and the yes of "is it a forgotten password?" asked next.
  const forgotten = meta.about === 'forgottenPassword';
  if (!turn.told || !(meta.aboutUser || meta.expects === 'choice' || meta.expects === 'duration' || reportsArrival || forgotten)) return undefined;
  // Past the request, only choices of their own words carry over: those that also mean yes or no ("the account page")
  // are too near the answer that moved the procedure on.
  const all = write.offeredChoices(turn, meta.choices);
  const choices = meta.aboutUser ? all : all.filter((c) => c.means === undefined);
  const event = understanding.toldBefore(turn.told, turn.data.locale!, meta, choices);
  // Read once: the request answers the first step about the user it names, not every later one. A code said to have
  // come may also say when ("my sms code came 2 hours ago and it says expired"): the next step reads that.
  if (!(meta.asks === 'arrival' && event?.type === 'answer.yes')) [turn.told, turn.toldInRequest] = [undefined, undefined];
  return offered(event, choices);
}

/** The answer, when it is a time or one of the choices the step offers (a yes or a no only where the step has them). */
function offered(event: AnswerEvent | undefined, choices: readonly OfferedChoice[]): AnswerEvent | undefined {
  if (event?.type === 'answer.duration') return event;
  const id = event?.type === 'answer.choice' ? event.choice : event?.type === 'answer.yes' ? 'yes' : event?.type === 'answer.no' ? 'no' : undefined;
  return choices.some((c) => c.id === id) ? event : undefined;
}

/**
 * A step about the user that the request did not answer reads what the user said before it in the conversation
 * ("I sell on AliExpress. Where is the International Account?", then "I want to withdraw"): who they are stays true from
 * one question to the next. Not the request of a run started earlier, which its first step about the user has read.
 */
function toldEarlier(turn: Turn, meta: StepMeta, write: Pick<ReplyWriter, 'offeredChoices'>, understanding: Understanding): AnswerEvent | undefined {
  const lines = turn.data.transcript;
  const started = lastIndex(lines, (l) => l.from === 'bot' && l.key === 'common.procedure.starting');
  const request = started < 0 ? lines.length : lastIndex(lines.slice(0, started), (l) => l.from === 'user');
  const said = lines.slice(0, Math.max(request, 0)).flatMap((l) => (l.from === 'user' ? [l.text] : []));
  const choices = write.offeredChoices(turn, meta.choices);
  for (const text of said.slice(-EARLIER_MESSAGES_READ).reverse()) {
    const event = understanding.toldBefore(text, turn.data.locale!, meta, choices);
    if (event) return offered(event, choices);
  }
  return undefined;
}

function lastIndex(lines: readonly TranscriptLine[], test: (line: TranscriptLine) => boolean): number {
  for (let i = lines.length - 1; i >= 0; i--) if (test(lines[i])) return i;
  return -1;
}
