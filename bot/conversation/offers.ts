import type { KnowledgeUnit } from '../../dialogs/knowledge';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import type { StepMeta } from '../../dialogs/types';
import { startProcedure } from '../../dialogs/runner';
import { plainClauses } from '../understanding/clauses';
import type { Understanding } from '../understanding/understanding';
import type { Commands } from './commands';
import type { Offer } from '../contracts/conversationData';
import type { ProcedureStack } from './procedureStack';
import { aboutStep } from './reportAhead';
import type { ReplyWriter } from './replyWriter';
import type { Turn } from './turn';

/** Commands that may follow a declined offer in one message ("不用，重新开始吧"). */
const FOLLOW_UPS: readonly string[] = ['restart', 'resume', 'menu'];

/**
 * The conversation's own yes/no questions (see `Offer`): each is asked here and stands for the
 * next message only, which either answers it or goes on to be read as anything else.
 */
export class Offers {
  constructor(
    private readonly stack: ProcedureStack,
    private readonly commands: Commands,
    private readonly understanding: Understanding,
    private readonly write: ReplyWriter,
  ) {}

  /** Answers a question; mid-procedure, goes back to the step, otherwise offers the related procedure. */
  answerQuestion(turn: Turn, answer: KnowledgeUnit): void {
    turn.data.misses = 0;
    this.write.answer(turn, answer);
    if (turn.data.procedure) {
      this.write.say(turn, 'common.procedure.resuming');
      return this.stack.reaskStep(turn);
    }
    const related = this.stack.definition(answer.relatedProcedure);
    turn.data.offer = { kind: 'procedure', procedureId: related.id, told: turn.message.text, answered: answer.id };
    this.write.yesNoQuestion(turn, 'common.answer.offerProcedure', { title: turn.t(related.titleKey) });
  }

  /**
   * An answer, and a person offered for the rest: all the articles say of a frozen account (who can help), or a
   * question about what someone at support said ("the agent asked for a photo of my card, is that safe?").
   */
  answerThenOfferPerson(turn: Turn, answer: KnowledgeUnit, frozen: boolean): void {
    turn.data.misses = 0;
    this.write.answer(turn, answer);
    turn.data.offer = frozen ? { kind: 'person', reason: 'account_frozen' } : { kind: 'person' };
    this.write.yesNoQuestion(turn, 'common.escalation.offerPerson', {});
  }

  /** "The articles don't say": a yes goes to a person. */
  offerPerson(turn: Turn): void {
    turn.data.misses = 0;
    turn.data.offer = { kind: 'person' };
    this.write.yesNoQuestion(turn, 'common.answer.unknown', {});
  }

  /** "Do you want to stop X?": a yes stops it, a no goes back to the step. */
  offerStop(turn: Turn): void {
    turn.data.offer = { kind: 'stop' };
    this.write.yesNoQuestion(turn, 'common.procedure.stopOffer', { title: this.stack.activeTitle(turn) });
  }

  /** Words that sound like another procedure mid-way through one: ask before leaving this one. */
  offerSwitch(turn: Turn, next: ProcedureDefinition): void {
    turn.data.misses = 0;
    turn.data.offer = { kind: 'switch', procedureId: next.id };
    this.write.yesNoQuestion(turn, 'common.procedure.switchOffer', { title: turn.t(next.titleKey), current: this.stack.activeTitle(turn) });
  }

  /** "Delete my data": what goes is said before the user confirms. */
  offerToEraseData(turn: Turn): void {
    if (turn.message.inGroup) return this.write.menu(turn, 'common.privacy.eraseInGroup');
    turn.data.offer = { kind: 'eraseData' };
    this.write.yesNoQuestion(turn, 'common.privacy.eraseConfirm', {});
  }

  /** A wish that names a procedure other than `offered` ("je veux supprimer ma carte" after the offer to get into My Alipay). */
  private wishesAnother(turn: Turn, offered: string): boolean {
    const { questions } = this.understanding;
    const [text, locale] = [turn.message.text, turn.data.locale!];
    return questions.tellsWish(text, locale) && questions.proceduresNamed(text, locale).some((id) => id !== offered);
  }

  /** False when the message neither accepts nor declines the offer (or nothing is left to stop or switch from). */
  async answer(turn: Turn, offer: Offer): Promise<boolean> {
    if (offer.kind === 'eraseData') return this.answerErase(turn);
    // Every offer but "shall I stop?" is declined by a polite "I'm good".
    const yes = this.understanding.yesNo(turn.message.text, turn.data.locale!, offer.kind === 'stop' ? undefined : 'offer');
    const midProcedure = offer.kind === 'stop' || offer.kind === 'switch';
    // "d'accord merci, bonne journée", "ok thanks, got it": a goodbye or an answer taken in takes nothing, whatever its "ok".
    if (!midProcedure && this.understanding.isClosing(turn.message.text, turn.data.locale!, false, true)) {
      await this.commands.farewell(turn);
      return true;
    }
    if (yes === undefined || (midProcedure && !turn.data.procedure)) return false;
    // "vale. entonces quiero quitar mi tarjeta" to "shall I walk you through X?": the ok takes in the answer; the wish for
    // another procedure is the request, read as one.
    if (yes && offer.kind === 'procedure' && this.wishesAnother(turn, offer.procedureId)) return false;
    if (yes && !this.understanding.takesOffer(turn.message.text, turn.data.locale!) && !this.reportsFirstStep(turn, offer)) return false;
    if (offer.kind !== 'stop') turn.data.misses = 0;
    if (!yes && midProcedure) {
      this.stack.reask(turn, 'common.procedure.continuing');
      return true;
    }
    // "No need. And does WorldFirst charge for 1688?": declined, and the question goes on to be answered; so does a
    // request ("non, je veux réinitialiser le mdp de paiement").
    const { questions } = this.understanding;
    const more = questions.asksQuestion(turn.message.text, turn.data.locale!) || questions.asksForMore(turn.message.text, turn.data.locale!);
    if (!yes && more) return false;
    // "不用，重新开始吧": declined, and the command said after it (start over, where was I, the menu) is done.
    const then = yes ? undefined : this.understanding.command(plainClauses(turn.message.text).at(-1) ?? '');
    if (then && FOLLOW_UPS.includes(then.kind)) {
      await this.commands.run(turn, then);
      return true;
    }
    if (!yes) {
      this.write.menu(turn, 'common.procedure.anythingElse');
      return true;
    }
    switch (offer.kind) {
      case 'stop':
        await this.commands.cancel(turn);
        break;
      case 'switch':
        await this.stack.switchTo(turn, this.stack.definition(offer.procedureId));
        break;
      case 'person':
        await this.commands.escalate(turn, offer.reason ?? 'user_asked');
        break;
      case 'procedure':
        await this.beginOffered(turn, offer.procedureId, offer.told);
        break;
    }
    return true;
  }

  /**
   * The walkthrough offered, begun: the question it was offered for tells its steps about the user; "주문 다 끝났어요"
   * (orders all done) to "shall I walk you through it?" is the yes and, told past it, the first step's answer, taken
   * there as any report past a step is (see reportAhead.ts).
   */
  private async beginOffered(turn: Turn, procedureId: string, told: string | undefined): Promise<void> {
    const definition = this.stack.definition(procedureId);
    [turn.told, turn.toldInRequest] = [told, true];
    if (this.understanding.reportsProgress(turn.message.text, turn.data.locale!))
      [turn.told, turn.toldPast, turn.toldInRequest] = [turn.message.text, offeredAsStep(turn, definition), undefined];
    await this.stack.begin(turn, definition);
  }

  /** "yes, all my 1688 orders are completed" to "shall I walk you through the move?": a report answering its first step takes it. */
  private reportsFirstStep(turn: Turn, offer: Offer): boolean {
    if (offer.kind !== 'procedure' || !this.understanding.reportsProgress(turn.message.text, turn.data.locale!)) return false;
    const definition = this.stack.definition(offer.procedureId);
    const first = startProcedure(definition).position;
    const parts = { understanding: this.understanding, write: this.write };
    return first.status === 'waiting' && aboutStep(turn, turn.message.text, offeredAsStep(turn, definition), first.meta, parts);
  }

  /** Yes (or "delete my data" again): deleted once the reply is out; no: nothing is touched. */
  private answerErase(turn: Turn): boolean {
    const text = turn.message.text;
    const yes = this.understanding.command(text)?.kind === 'eraseData' ? true : this.understanding.yesNo(text, turn.data.locale!);
    if (yes === undefined) return false;
    if (!yes) {
      this.write.menu(turn, 'common.privacy.notErased');
      return true;
    }
    turn.eraseData = true;
    this.write.say(turn, 'common.privacy.erased');
    return true;
  }
}

/** "Shall I walk you through it?" as the step a report was told past (see reportAhead.ts aboutStep). */
function offeredAsStep(turn: Turn, definition: ProcedureDefinition): StepMeta {
  return { prompt: { key: 'common.answer.offerProcedure', params: { title: turn.t(definition.titleKey) } }, expects: 'yesNo', asks: 'offer' };
}
