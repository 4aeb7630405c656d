import { sendToProcedure } from '../../dialogs/runner';
import type { EscalationReason, ProcedureEvent } from '../../dialogs/types';
import type { Translator } from '../locales/translator';
import { plainClauses } from '../understanding/clauses';
import type { Command, Understanding } from '../understanding/understanding';
import type { HandoffFlow } from './handoffFlow';
import { ratingStated } from './ratedEarly';
import type { ProcedureStack } from './procedureStack';
import type { ReplyWriter } from './replyWriter';
import type { Turn } from './turn';
import type { WrapUpFlow } from './wrapUp';

/**
 * What the user can ask for at any point, whatever is on the table: a person (or a frozen account,
 * which only a person can handle), another language, cancel, start over, "where was I?", the menu.
 */
export class Commands {
  constructor(
    private readonly stack: ProcedureStack,
    private readonly wrapUp: WrapUpFlow,
    private readonly handoff: HandoffFlow,
    private readonly write: ReplyWriter,
    private readonly translator: Translator,
    private readonly understanding: Pick<Understanding, 'isClosing' | 'read'>,
  ) {}

  run(turn: Turn, command: Command): Promise<void> | void {
    switch (command.kind) {
      case 'frozen':
        return this.accountFrozen(turn);
      case 'human':
        return this.escalate(turn, 'user_asked');
      case 'language':
        return this.switchLanguage(turn, command.locale);
      case 'cancel':
        return this.cancel(turn);
      case 'restart':
        return this.restart(turn);
      case 'resume':
        return this.whereWasI(turn);
      case 'menu':
        return this.write.menu(turn, 'common.menu.help');
      case 'eraseData':
        // Asked through Offers.offerToEraseData (the route before this one); nothing to do here.
        return;
    }
  }

  /** A frozen account goes to a person, unless the procedure's article sends the user elsewhere; one that knows what a freeze means at its step says so first. */
  async accountFrozen(turn: Turn): Promise<void> {
    const stored = turn.data.procedure;
    const definition = stored && this.stack.definition(stored.procedureId);
    const result = definition && sendToProcedure(definition, stored, { type: 'user.accountFrozen' } satisfies ProcedureEvent);
    // A procedure whose article says who handles a frozen account (Taobao's own customer service) says that, and only offers a person.
    if (result?.accepted && result.escalations.length === 0) return this.stack.apply(turn, definition!, result);
    this.write.say(turn, 'common.escalation.frozen');
    if (result?.accepted) return this.stack.apply(turn, definition!, result);
    return this.escalate(turn, 'account_frozen');
  }

  /** Hands the conversation to a person: every procedure in progress ends as escalated. */
  async escalate(turn: Turn, reason: EscalationReason): Promise<void> {
    const where = this.stack.currentStep(turn);
    await this.stack.abandonAll(turn, 'escalated', reason);
    await this.handoff.escalate(turn, reason, where);
  }

  /** Goes on in `locale`; the step is asked again there unless the message also answered it (`answered`). */
  switchLanguage(turn: Turn, locale: string, answered = false): void {
    turn.data.locale = locale;
    turn.data.localeChosenBy = 'user';
    turn.t = this.translator.forLocale(locale);
    if (answered) this.write.say(turn, 'common.language.switched');
    else this.stack.reask(turn, 'common.language.switched');
  }

  /**
   * Stops the active procedure (and any it runs as a step); one the user paused earlier stays. Asked on the way out
   * ("bon laissez tomber, merci quand même, au revoir"), the user is seen off instead of asked what next.
   */
  async cancel(turn: Turn): Promise<void> {
    const { data } = turn;
    const leaving = () => this.understanding.isClosing(plainClauses(turn.message.text).at(-1) ?? '', data.locale!, true);
    const done = () => (leaving() ? this.write.say(turn, 'common.goodbye') : this.write.menu(turn, 'common.procedure.cancelled'));
    if (data.wrapUp) {
      await this.wrapUp.end(turn);
      return done();
    }
    if (!data.procedure) return this.write.menu(turn, 'common.procedure.nothingToCancel');
    await this.stack.abandonActiveChain(turn, 'abandoned');
    const paused = data.paused?.at(-1);
    if (paused) this.write.say(turn, 'common.procedure.pausedReminder', { title: turn.t(this.stack.definition(paused.procedureId).titleKey) });
    done();
  }

  /**
   * A goodbye ("thanks, bye", "merci, 4 sur 5, bonne soirée"): said back. A rating stated with it is thanked for and kept
   * with the run it rates: the one in progress (the step stays for a return), else the last one that ended unrated.
   */
  async farewell(turn: Turn): Promise<void> {
    const { data } = turn;
    data.misses = 0;
    const rating = ratingStated(turn, this.understanding);
    if (rating !== undefined) {
      if (data.procedure) data.procedure = { ...data.procedure, rating };
      else await this.wrapUp.rateLast(turn, rating);
      this.write.say(turn, 'feedback.thanks');
    }
    this.write.say(turn, 'common.goodbye');
  }

  /** Starts the active procedure over, from its outermost level when it runs as a step of another. */
  async restart(turn: Turn): Promise<void> {
    if (!turn.data.procedure) return this.write.menu(turn, 'common.menu.help');
    const outermost = await this.stack.abandonActiveChain(turn, 'abandoned');
    return this.stack.begin(turn, this.stack.definition(outermost));
  }

  /** "Where was I?": the procedure and step in progress, or the one paused earlier. */
  whereWasI(turn: Turn): void {
    const { data } = turn;
    if (data.wrapUp) return this.stack.reaskStep(turn);
    if (data.procedure) {
      const definition = this.stack.definition(data.procedure.procedureId);
      const position = this.stack.position(data.procedure);
      const step = position.status === 'waiting' ? position.meta.step : undefined;
      this.write.say(turn, step ? 'common.procedure.whereWeAre' : 'common.procedure.whereWeAreNoStep', {
        title: turn.t(definition.titleKey),
        ...(step ? { step, total: definition.totalSteps } : {}),
      });
      return this.stack.reaskStep(turn);
    }
    if (data.paused?.length) return this.stack.resumePausedOrMenu(turn);
    this.write.menu(turn, 'common.procedure.nothingInProgress');
  }
}
