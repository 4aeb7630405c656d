import { FEEDBACK } from '../../dialogs/catalogue';
import type { FeedbackOutput } from '../../dialogs/feedback.machine';
import { typedACodeOrPassword } from '../contracts/userMessage';
import { procedurePosition, sendToProcedure, startProcedure, type EscalationNeeded, type PersistedProcedure, type ProcedureTurn } from '../../dialogs/runner';
import type { StepMeta } from '../../dialogs/types';
import type { WrapUp } from '../contracts/conversationData';
import { statesRating, statesRatingBesideSolved } from '../understanding/answers/ratingReader';
import type { Understanding } from '../understanding/understanding';
import { answerBeforeOffer } from './foundAfterAll';
import { ratingStated } from './ratedEarly';
import { NO_FEEDBACK, type OutcomeRecorder } from './outcomeRecorder';
import type { ReplyWriter } from './replyWriter';
import type { Turn } from './turn';

/** What became of a message read as the wrap-up's answer. */
export type WrapUpAnswer =
  /** Not an answer: the wrap-up has ended (or stays) and the message goes on to the other routes. */
  | { readonly kind: 'notAnswer' }
  /** Answered (`answered`), or asked again once: the next question is on the table. */
  | { readonly kind: 'asked'; readonly answered: boolean }
  /** Closed by a goodbye ("adiós" when asked for a rating): what was said is recorded and the user seen off. */
  | { readonly kind: 'closed' }
  /** Finished: the solved/rating answers are recorded; "not solved" asks for a person. */
  | { readonly kind: 'finished'; readonly escalations: readonly EscalationNeeded[]; readonly procedureId: string; readonly step: string };

/**
 * "Did this solve your problem?", then a rating from 1 to 5: the feedback machine, run after a
 * procedure ended solved or a person handed the conversation back, recorded against that id.
 */
export class WrapUpFlow {
  constructor(
    private readonly write: ReplyWriter,
    private readonly understanding: Understanding,
    private readonly record: OutcomeRecorder,
  ) {}

  /** Asks whether it solved the problem; `id` is a procedure, or the person who helped. */
  start(turn: Turn, id: string, finalStep: string, trace?: WrapUp['trace']): void {
    const first = startProcedure(FEEDBACK);
    turn.data.wrapUp = { procedureId: id, finalStep, persisted: first.persisted, ...(trace ? { trace } : {}) };
    if (first.position.status === 'waiting') this.write.question(turn, first.position.meta);
  }

  /**
   * The wrap-up's answer. What it cannot read is not dropped: it is asked again once, and a
   * "solved" already given stays. Another topic (`movesOn`: a procedure, a question, a command)
   * ends the wrap-up with what the user said so far, and the message goes on to be read as that.
   */
  async answer(turn: Turn, movesOn: () => Promise<boolean>): Promise<WrapUpAnswer> {
    const wrapUp = turn.data.wrapUp!;
    const position = procedurePosition(FEEDBACK, wrapUp.persisted);
    if (position.status !== 'waiting') return { kind: 'notAnswer' };
    // "No" to "solved?", then "oh wait, it worked after all" to "would you like a person?": solved, and the rating asked.
    const readers = { understanding: this.understanding, write: this.write };
    const after = answerBeforeOffer(turn, position.meta, { definition: FEEDBACK, stored: wrapUp.persisted, stepBefore: 'askSolved' }, readers);
    if (after?.position.status === 'waiting') {
      turn.data.wrapUp = { ...wrapUp, persisted: after.persisted };
      this.write.question(turn, after.position.meta);
      return { kind: 'asked', answered: true };
    }
    turn.reading = this.understanding.read(
      turn.message.text,
      turn.data.locale!,
      position.meta,
      this.write.offeredChoices(turn, position.meta.choices),
      typedACodeOrPassword(turn.message),
    );
    const event = turn.reading.event;
    // One given now ("yes, 4 stars") wins over one given before it was asked.
    const early = statesRating(turn.message.text) ? undefined : wrapUp.trace?.rating;
    const result = event ? withEarlyRating(sendToProcedure(FEEDBACK, wrapUp.persisted, event), early) : undefined;
    // "un 5, rapidito" asked whether it solved the problem: the rating is taken and thanked for; "solved" stays unsaid (null).
    const rating = !result?.accepted && position.meta.about === 'solved' ? ratingStated(turn, this.understanding) : undefined;
    if (rating !== undefined) {
      this.write.say(turn, 'feedback.thanks');
      await this.end(turn, { solved: null, rating });
      return { kind: 'finished', escalations: [], procedureId: wrapUp.procedureId, step: wrapUp.finalStep };
    }
    if (!result?.accepted) {
      // A goodbye asked for a rating ("adiós", "thanks, bye") is no unreadable rating to ask again: "solved" stays.
      if (position.meta.expects === 'number' && this.understanding.isClosing(turn.message.text, turn.data.locale!, true)) {
        await this.end(turn);
        this.write.say(turn, 'common.goodbye');
        return { kind: 'closed' };
      }
      if (turn.reading.unsure) return { kind: 'notAnswer' };
      if (!(await movesOn()) && !wrapUp.askedAgain) {
        turn.data.wrapUp = { ...wrapUp, askedAgain: true };
        this.write.say(turn, position.meta.expects === 'number' ? 'feedback.ratingNotUnderstood' : 'common.procedure.notUnderstood');
        this.write.question(turn, position.meta);
        return { kind: 'asked', answered: false };
      }
      await this.end(turn);
      return { kind: 'notAnswer' };
    }
    turn.data.misses = 0;
    if (result.position.status === 'waiting') {
      turn.data.wrapUp = { ...wrapUp, persisted: result.persisted };
      // "Yes, solved, 5 stars", "해결됐어요, 평가는 생략할게요": the rating given or declined with the answer is not asked for.
      const asksRating = result.position.meta.expects === 'number';
      if (asksRating && (statesRatingBesideSolved(turn.message.text) || this.understanding.declines(turn.message.text, turn.data.locale!, true)))
        return this.answer(turn, movesOn);
      this.write.question(turn, result.position.meta);
      return { kind: 'asked', answered: true };
    }
    if (result.position.meta.closing) this.write.say(turn, result.position.meta.closing.key);
    await this.end(turn, (result.position.output ?? NO_FEEDBACK) as FeedbackOutput);
    // "five. cheers, bye", "5分，谢谢，再见": rated on the way out, the user is seen off, not shown the menu.
    if (result.escalations.length === 0 && this.understanding.isClosing(turn.message.text, turn.data.locale!)) {
      this.write.say(turn, 'common.goodbye');
      return { kind: 'closed' };
    }
    return { kind: 'finished', escalations: result.escalations, procedureId: wrapUp.procedureId, step: wrapUp.finalStep };
  }

  /** Ends the wrap-up, recording what the user said so far unless `feedback` is given. */
  async end(turn: Turn, feedback?: FeedbackOutput): Promise<void> {
    const wrapUp = turn.data.wrapUp;
    if (!wrapUp) return;
    turn.data.wrapUp = undefined;
    await this.record.record(turn, wrapUp.procedureId, 'solved', wrapUp.finalStep, {
      feedback: feedback ?? feedbackSoFar(wrapUp.persisted),
      trace: wrapUp.trace,
    });
  }

  /** A rating given on the way out after a run ended without one ("thanks, 4 stars, bye" after a person took over). */
  rateLast(turn: Turn, rating: number): Promise<void> {
    return this.record.rateLast(turn, rating);
  }

  /** The wrap-up's question, when one waits for an answer. */
  question(turn: Turn): StepMeta | undefined {
    const wrapUp = turn.data.wrapUp;
    if (!wrapUp) return undefined;
    const position = procedurePosition(FEEDBACK, wrapUp.persisted);
    return position.status === 'waiting' ? position.meta : undefined;
  }

  /** Asks the wrap-up's question again. */
  reask(turn: Turn): void {
    const meta = this.question(turn);
    if (meta) this.write.question(turn, meta);
  }
}

/** "Solved?" "yes": a rating given before it was asked ("thanks! 5 stars" mid-procedure) answers the rating question. */
function withEarlyRating(result: ProcedureTurn, rating: number | undefined): ProcedureTurn {
  const asksRating = result.accepted && result.position.status === 'waiting' && result.position.meta.expects === 'number';
  return asksRating && rating ? sendToProcedure(FEEDBACK, result.persisted, { type: 'answer.number', value: rating }) : result;
}

/** What the user already said in a wrap-up that ends early ("yes", then no rating): kept, not dropped. */
function feedbackSoFar(persisted: PersistedProcedure): FeedbackOutput {
  const context = (persisted.snapshot as { context?: Partial<FeedbackOutput> } | undefined)?.context;
  return { solved: context?.solved ?? null, rating: context?.rating ?? null };
}
