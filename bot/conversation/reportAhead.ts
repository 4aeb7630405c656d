import type { ProcedureDefinition } from '../../dialogs/procedure';
import { sendToProcedure, type ProcedureTurn } from '../../dialogs/runner';
import type { AnswerEvent, StepMeta } from '../../dialogs/types';
import type { Understanding } from '../understanding/understanding';
import { titleNamed, wordsEchoing } from '../understanding/wordStems';
import type { ReplyWriter } from './replyWriter';
import type { Turn } from './turn';

/** Words of the next step's question a report must use to be about it (see aboutStep). */
const ECHOED_WORDS = 2;

type Parts = { readonly understanding: Understanding; readonly write: Pick<ReplyWriter, 'offeredChoices' | 'questionAsked'> };

/**
 * A report that runs past the step ("收到邮件了 点进去了 让我回答安全问题 我记得答案", "no inventory, no pending orders,
 * no auction deposit", "yes it came, i opened it but i dont remember the answers"): its first clauses answer the step,
 * and what follows is about the steps after it. Read whole against one step, it holds several answers and reads as
 * neither ("not sure") or takes a later one for the first. Taken only when the rest is surely about the next step (see
 * aboutStep); `rest` is then told to it (Turn.toldPast), and each step after takes its part in turn (toldAhead).
 */
export function reportAhead(
  turn: Turn,
  definition: ProcedureDefinition,
  meta: StepMeta,
  parts: Parts,
): { readonly result: ProcedureTurn; readonly rest: string } | undefined {
  const first = firstAnswer(turn, turn.message.text, meta, parts);
  if (!first || first.rest.length === 0) return undefined;
  // The whole message read otherwise ("yes… wait no, it logged me out") holds a correction, which wins; without a
  // correction's words it may only have read the next step's answer as this one's ("로그인 잘 되고요 동결된 것도
  // 없어요": logs in fine, nothing frozen), and the rest need only name that step's own condition.
  const whole = turn.reading?.event;
  const differs = whole !== undefined && !sameEvent(whole, first.event);
  if (differs && parts.understanding.afterCorrection(turn.message.text, turn.data.locale!) !== undefined) return undefined;
  // "yes, but one is still in transit": the rest qualifies the yes, it answers no later step; read whole, it is a no.
  if (differs && parts.understanding.questions.opensWithContrast(first.rest.join(', '), turn.data.locale!)) return undefined;
  const result = sendToProcedure(definition, turn.data.procedure!, first.event);
  const next = result.position;
  const rest = first.rest.join(', ');
  const about = next.status === 'waiting' && aboutStep(turn, rest, meta, next.meta, parts, { echoes: differs ? 1 : ECHOED_WORDS, answered: first.event });
  return result.accepted && about ? { result, rest } : undefined;
}

/** The part of a report told past an earlier step that answers this one; what is left goes on to the next. */
export function toldAhead(turn: Turn, meta: StepMeta, parts: Parts): AnswerEvent | undefined {
  const { told, toldPast } = turn;
  [turn.told, turn.toldPast, turn.toldInRequest] = [undefined, undefined, undefined];
  if (!told || !toldPast || !aboutStep(turn, told, toldPast, meta, parts)) return undefined;
  const first = firstAnswer(turn, told, meta, parts);
  if (first && first.rest.length > 0) [turn.told, turn.toldPast] = [first.rest.join(', '), meta];
  return first?.event;
}

/** The fewest first clauses that answer the step, and the clauses after them (none in a message asking a question). */
function firstAnswer(turn: Turn, text: string, meta: StepMeta, { understanding, write }: Parts): { event: AnswerEvent; rest: string[] } | undefined {
  const locale = turn.data.locale!;
  const clauses = understanding.questions.statedClauses(text, locale) ?? [];
  const choices = write.offeredChoices(turn, meta.choices);
  // A choice is taken by its own words only: "i opened it" is no "I remember them", though that choice also means yes.
  const answer = (part: string) =>
    meta.expects === 'choice' ? understanding.toldBefore(part, locale, meta, choices) : understanding.read(part, locale, meta, choices).event;
  for (let k = 1; k <= clauses.length; k++) {
    const event = answer(clauses.slice(0, k).join(', '));
    if (event?.type === 'answer.yes' || event?.type === 'answer.no' || event?.type === 'answer.choice') return { event, rest: clauses.slice(k) };
    if (event) return undefined;
  }
  return undefined;
}

/**
 * Whether what is left of a report is about the next step rather than more about the one it answered: it names one of
 * the next step's choices, or answers it with words of its question and not of the step before ("ουτε καταστημα εχω
 * ουτε προιοντα" after "is it frozen?" is about "have you published products or opened a shop?"). Two such words at
 * least, neither an answer word ("done" is in many questions) nor a product's name ("alipay" is in most). Never an
 * offer ("would you like a person?" is asked, not assumed). Also what a first step takes from "shall I walk you through
 * it?" answered with its answer ("yes, all my orders are completed": Offers.reportsFirstStep).
 */
export function aboutStep(
  turn: Turn,
  rest: string,
  current: StepMeta,
  next: StepMeta,
  parts: Parts,
  { echoes = ECHOED_WORDS, answered }: { echoes?: number; answered?: AnswerEvent } = {},
): boolean {
  const { understanding, write } = parts;
  const locale = turn.data.locale!;
  if (next.expects === 'choice') return understanding.toldBefore(rest, locale, next, write.offeredChoices(turn, next.choices)) !== undefined;
  if (next.expects !== 'yesNo' || next.asks === 'offer') return false;
  const said = turn.t(current.prompt.key, current.prompt.params);
  if (doneAsInstructed(turn, rest, said, next, parts)) return doneThen(turn, rest, next, parts);
  // The question itself, not the instructions before it: a screen they describe ("the USD and RMB balances") answers nothing.
  const asked = write.questionAsked(turn, next);
  if (titleNamed(rest, [said, asked]) !== 1) return false;
  const echoed = wordsEchoing(rest, asked, said).filter((word) => understanding.stepWord(word, locale));
  // One word is enough when the rest does not repeat the answer just taken ("yes i can log in. nothing is frozen": its
  // "nothing" is no "no, I can't"); "no queda nada pendiente" after "todos terminados" is more of that answer, whatever "queda" echoes.
  const again = answered !== undefined && sameEvent(firstAnswer(turn, rest, current, parts)?.event, answered);
  const enough = echoed.length >= echoes || (echoed.length >= 1 && !again);
  return enough && firstAnswer(turn, rest, next, parts) !== undefined;
}

/**
 * Whether the rest reports doing what a "Done?" step's instructions say and the step before's do not ("yep, set a new one
 * and hit confirm" after "…Do you see it?", for "Enter a payment password… Then click "Confirm". Done?"): its question
 * names nothing, its instructions do, and a report of doing says which. What the step before said would happen ("le di a
 * activar y se abrió una página para crear la contraseña") is its own outcome.
 */
function doneAsInstructed(turn: Turn, rest: string, said: string, next: StepMeta, { understanding }: Parts): boolean {
  if (next.asks !== undefined || next.about !== undefined) return false;
  const locale = turn.data.locale!;
  const instructed = turn.t(next.prompt.key, next.prompt.params);
  // The report's own words count ("clicked confirm"): a done word and what it was done to are often one phrase.
  const named = (around: string, words: string) => wordsEchoing(`${words} ${around}`, instructed, said).some((w) => understanding.stepWord(w, locale));
  return understanding.reportsProgress(rest, locale, named);
}

/** The "Done?" step answered by the rest's first clauses, and not taken back by what follows ("…but not sure it went through"). */
function doneThen(turn: Turn, rest: string, next: StepMeta, parts: Parts): boolean {
  const done = firstAnswer(turn, rest, next, parts);
  return done !== undefined && !(done.rest.length > 0 && parts.understanding.questions.opensWithContrast(done.rest.join(', '), turn.data.locale!));
}

function sameEvent(a: object | undefined, b: object | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
