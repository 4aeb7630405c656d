import type { KnowledgeUnit } from '../../dialogs/knowledge';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import { sendToProcedure } from '../../dialogs/runner';
import { typedACodeOrPassword } from '../contracts/userMessage';
import { switchLanguageTaking } from './languageSwitch';
import { correctedTask } from './correctedTask';
import { declinedAndGoesOn, foundAfterAll } from './foundAfterAll';
import { FreeText } from './freeText';
import { saysNotSure, stillAtIt } from './noBranch';
import { ratedEarly, ratingStated, thankedEarly } from './ratedEarly';
import { reportAhead } from './reportAhead';
import { goalReached } from './goalReached';
import { reportBeyond, seesNextStep } from './reportBeyond';
import type { RouteParts } from './routeParts';
import type { Turn } from './turn';

/** Takes the message and answers it (true), or leaves it to the next route (false). */
export type Route = (turn: Turn) => Promise<boolean> | boolean;

/**
 * What a message is, in the order it is considered: the first route that takes it answers it. Clear requests come
 * before the step's answer ("yes, but my account is frozen" reaches a person); each is read negation-aware, so "it's not
 * frozen" or "I don't need an agent" falls through to the answer. Short words that are commands only when alone ("cancel",
 * "menu") come after it, so "不用了" answers "would you like a person?" instead of cancelling. The classifier reads the rest.
 */
export class MessageRoutes {
  readonly inOrder: readonly Route[] = [
    (turn) => this.pickedSuggestion(turn),
    (turn) => this.askedToEraseData(turn),
    (turn) => this.askedForLanguage(turn),
    (turn) => this.statedFrozenAccount(turn),
    (turn) => this.askedForPerson(turn),
    (turn) => this.askedToStop(turn),
    (turn) => (turn.data.leaveMessage ? this.parts.handoff.continueLeaveMessage(turn) : false),
    (turn) => this.pressedMenuItem(turn),
    (turn) => correctedTask(turn, this.parts),
    (turn) => this.answersTheQuestion(turn),
    (turn) => this.typedCommand(turn),
    (turn) => saysNotSure(turn, this.parts),
    (turn) => stillAtIt(turn, this.parts),
    (turn) => ratedEarly(turn, this.parts),
    (turn) => thankedEarly(turn, this.parts),
    (turn) => this.readByClassifier(turn),
  ];

  private readonly outsideProcedure: FreeText;

  constructor(private readonly parts: RouteParts) {
    this.outsideProcedure = new FreeText(parts);
  }

  /**
   * An answer's title picked from "is it one of these?" or typed, before any signal: "Can I unbind if an account is frozen?"
   * reports no freeze. A suggestion picked by its place ("la primera") may also be a procedure: it begins.
   */
  private async pickedSuggestion(turn: Turn): Promise<boolean> {
    const { topics, offers, stack } = this.parts;
    const picked = topics.pickedSuggestion(turn);
    if (!picked) return false;
    if ('answerKey' in picked) offers.answerQuestion(turn, picked);
    else await (turn.data.procedure ? stack.switchTo(turn, picked) : stack.begin(turn, picked));
    return true;
  }

  /** A language other than the one spoken ("is there an app in Greek?" asked in Greek is not a request). */
  private async askedForLanguage(turn: Turn): Promise<boolean> {
    const locale = turn.signals?.language;
    if (!locale || locale === turn.data.locale) return false;
    await switchLanguageTaking(turn, locale, this.parts);
    return true;
  }

  /** A frozen account goes to a person; asked about where the articles say who helps ("…frozen, can I still unbind?"), that answer comes first and a person is offered. */
  private async statedFrozenAccount(turn: Turn): Promise<boolean> {
    if (!turn.signals?.frozen) return false;
    const answer = await this.parts.topics.frozenAccountQuestion(turn);
    if (answer) this.parts.offers.answerThenOfferPerson(turn, answer, true);
    else await this.parts.commands.accountFrozen(turn);
    return true;
  }

  /** A person asked for; one only told about beside an answer ("yes, an agent already checked the number") leaves the answer to be taken. */
  private async askedForPerson(turn: Turn): Promise<boolean> {
    const pressed = this.parts.topics.pressedPersonButton(turn);
    if (!turn.signals?.person && !pressed) return false;
    if (!pressed && !turn.signals?.personAsked && ((await this.answersTheQuestion(turn)) || (await this.asksAboutWhatAPersonSaid(turn)))) return true;
    turn.data.misses = 0;
    await this.parts.commands.escalate(turn, 'user_asked');
    return true;
  }

  /**
   * "the agent asked for a photo of my card, is that safe?": outside a procedure, a person told about in a question the
   * articles answer gets the answer, then a person is offered (the articles are the quicker check of what they were told).
   */
  private async asksAboutWhatAPersonSaid(turn: Turn): Promise<boolean> {
    if (turn.data.procedure || turn.data.wrapUp) return false;
    const answer = await this.parts.topics.factBesidePerson(turn);
    if (answer) this.parts.offers.answerThenOfferPerson(turn, answer, false);
    return answer !== undefined;
  }

  /** Only with something to stop ("does a withholding agreement stop unbinding?" asks); a goodbye alone mid-procedure is said back, the step kept. */
  private async askedToStop(turn: Turn): Promise<boolean> {
    const { procedure, wrapUp, locale } = turn.data;
    if (this.answersOffer(turn)) return false;
    if (turn.signals?.stop && (procedure || wrapUp)) await this.parts.commands.cancel(turn);
    else if (procedure && this.parts.understanding.isClosing(turn.message.text, locale!)) await this.parts.commands.farewell(turn);
    else return false;
    return true;
  }

  /** A menu button, pressed or typed exactly: unmistakable, even mid-step ("Reset the payment password"). */
  private async pressedMenuItem(turn: Turn): Promise<boolean> {
    const { stack, commands, wrapUp, topics } = this.parts;
    const definition = topics.typedMenuItem(turn);
    if (!definition) return false;
    await wrapUp.end(turn);
    const active = turn.data.procedure?.procedureId;
    if (active === definition.id) commands.whereWasI(turn);
    else if (active) await stack.switchTo(turn, definition);
    else await stack.begin(turn, definition);
    return true;
  }

  /** The question on the table, whichever asked it: stop?, switch?, the wrap-up, the step, an offer. */
  private async answersTheQuestion(turn: Turn): Promise<boolean> {
    const { offer } = turn;
    const midProcedureOffer = offer?.kind === 'stop' || offer?.kind === 'switch';
    if (midProcedureOffer && (await this.parts.offers.answer(turn, offer))) return true;
    if (turn.data.wrapUp) return this.answersWrapUp(turn);
    if (turn.data.procedure) return this.answersStep(turn);
    return offer && !midProcedureOffer ? this.parts.offers.answer(turn, offer) : false;
  }

  private async answersWrapUp(turn: Turn): Promise<boolean> {
    const { wrapUp, topics, handoff, stack } = this.parts;
    const result = await wrapUp.answer(turn, () => topics.movesOn(turn));
    if (result.kind === 'notAnswer') return false;
    if (result.kind === 'closed') return true;
    // A question beside the answer ("yes, thanks! can I still top up?") is answered before what comes next.
    const question = result.kind === 'finished' || result.answered ? await topics.sideQuestion(turn) : undefined;
    // "解决了。对了以后不想用了怎么删？": solved, and another procedure asked for begins in place of the rating question.
    const task = !question && result.kind !== 'finished' && result.answered ? await topics.sideTask(turn) : undefined;
    if (task) return this.taskAfterStep(turn, task).then(() => true);
    if (result.kind === 'finished') {
      for (const e of result.escalations) await handoff.escalate(turn, e.reason, { procedureId: result.procedureId, step: result.step });
      if (result.escalations.length === 0) stack.resumePausedOrMenu(turn);
    }
    if (question) this.answerBeforeNextStep(turn, question);
    return true;
  }

  /** A no to "do you still want…?" said as a stop or goodbye ("no sigamos, quiero parar", "all good thanks", "추가 안 할래요") is the offer's. */
  private answersOffer(turn: Turn): boolean {
    const [{ text }, locale, { understanding, stack, write, wrapUp }] = [turn.message, turn.data.locale!, this.parts];
    const position = turn.data.procedure && stack.position(turn.data.procedure);
    const meta = position?.status === 'waiting' ? position.meta : wrapUp.question(turn);
    if (meta?.asks !== 'offer') return false;
    return understanding.yesNo(text, locale, 'offer') === false || understanding.answersOffer(text, locale, write.questionAsked(turn, meta));
  }

  /** The step's answer, read against its choices; a question beside it is answered before the next step. */
  private async answersStep(turn: Turn): Promise<boolean> {
    const { stack, understanding, write, topics } = this.parts;
    const step = await stack.waitingStep(turn);
    if (!step) return true;
    const { definition, meta } = step;
    const stored = turn.data.procedure!;
    if (await foundAfterAll(turn, definition, meta, this.parts)) return true;
    const goesOn = declinedAndGoesOn(turn, definition, meta, this.parts);
    if (goesOn !== undefined) return goesOn;
    // An offer is answered in its own words ("Do you still want to add one?" "I want to add it"): the reader hears its question.
    const asked = meta.asks === 'offer' ? write.questionAsked(turn, meta) : undefined;
    const choices = write.offeredChoices(turn, meta.choices);
    turn.reading = understanding.read(turn.message.text, turn.data.locale!, meta, choices, typedACodeOrPassword(turn.message), asked);
    const event = turn.reading.event;
    const goal = goalReached(turn, definition, meta, { understanding });
    const ahead = goal ? undefined : reportAhead(turn, definition, meta, { understanding, write });
    const result =
      goal ??
      ahead?.result ??
      reportBeyond(turn, definition, meta, { understanding, write }) ??
      (event ? sendToProcedure(definition, stored, event) : seesNextStep(turn, definition, meta, { understanding, write }));
    // "Not yet" to a step asking whether the user did what it says ("Change it in Taobao first. Did it succeed?" "todavía
    // no") does not end the procedure: not tried yet, it waits. Asked what is there ("all orders completed?"), it is a no.
    const ends = result?.position.status === 'done' && !meta.asks && !meta.about;
    if (turn.reading.notYet && !ahead && ends) turn.reading = { holding: true };
    if (!result?.accepted || turn.reading.holding) return false;
    turn.data.misses = 0;
    // "yes, 5 stars": the step's answer, and a rating given early, kept with the run for the wrap-up (see ratedEarly).
    const rating = ratingStated(turn, understanding);
    if (rating !== undefined) turn.data.procedure = { ...stored, rating };
    const said = turn.t(meta.prompt.key, meta.prompt.params);
    const question = await topics.sideQuestion(turn, said);
    const task = question ? undefined : await topics.sideTask(turn);
    const after = result.position.status === 'waiting' ? result.position.meta.prompt : undefined;
    const next = after && { told: turn.t(after.key, after.params), before: said };
    const unanswered = !question && !task && (await topics.questionUnanswered(turn, next));
    [turn.told, turn.toldPast] = ahead ? [ahead.rest, meta] : [turn.message.text, undefined];
    await stack.apply(turn, definition, result);
    if (question) this.answerBeforeNextStep(turn, question);
    if (task) await this.taskAfterStep(turn, task);
    // "yes, is there a fee for deleting it?": a question left unanswered is said to be, never dropped in silence.
    if (unanswered) this.beforeNextStep(turn, () => write.say(turn, 'common.procedure.questionNotFound'));
    return true;
  }

  /**
   * "Ya se activó. ¿Ahora cómo retiro dinero?": the answer taken, the other procedure asked for comes next. Mid-procedure
   * it is offered in place of the next step's question (a no asks that step again); once this one ended, it begins, in
   * place of the wrap-up's question.
   */
  private async taskAfterStep(turn: Turn, task: ProcedureDefinition): Promise<void> {
    const { stack, offers, wrapUp } = this.parts;
    if (turn.replies.at(-1)?.expectsAnswer) turn.replies.pop();
    if (turn.data.procedure) return offers.offerSwitch(turn, task);
    await wrapUp.end(turn);
    await stack.begin(turn, task);
  }

  /** "Delete my data", at any point: asked to confirm (the confirmation itself is an offer, answered below). */
  private askedToEraseData(turn: Turn): boolean {
    if (turn.offer?.kind === 'eraseData' || this.parts.understanding.command(turn.message.text)?.kind !== 'eraseData') return false;
    this.parts.offers.offerToEraseData(turn);
    return true;
  }

  /** "cancel", "start over", "menu", "where was I?" typed as the whole message. */
  private async typedCommand(turn: Turn): Promise<boolean> {
    const command = this.parts.understanding.command(turn.message.text);
    if (!command || command.kind === 'frozen' || command.kind === 'human' || command.kind === 'eraseData') return false;
    turn.data.misses = 0;
    // "不用了", "算了" with nothing to stop decline ("no need"): the exchange ends politely.
    const { procedure, wrapUp, locale } = turn.data;
    if (command.kind === 'cancel' && !procedure && !wrapUp && this.parts.understanding.declines(turn.message.text, locale!)) {
      this.parts.write.say(turn, 'common.goodbye');
      return true;
    }
    await this.parts.commands.run(turn, command);
    return true;
  }

  private async readByClassifier(turn: Turn): Promise<boolean> {
    await this.parts.topics.classify(turn);
    const urgent = this.parts.topics.urgent(turn);
    if (urgent) {
      turn.data.misses = 0;
      await this.parts.commands.run(turn, urgent);
    } else if (turn.data.procedure) await this.midProcedure(turn);
    else await this.outsideProcedure.read(turn);
    return true;
  }

  /** Not an answer to the step: a question on the side, another procedure, or a command in words. */
  private async midProcedure(turn: Turn): Promise<void> {
    const { stack, topics, offers, commands, write } = this.parts;
    const activeId = turn.data.procedure!.procedureId;
    const pressed = topics.menuButtonPressed(turn);
    if (pressed && pressed.id !== activeId) return stack.switchTo(turn, pressed);
    const topic = topics.topicOf(turn);
    if (topic?.kind === 'answer') return offers.answerQuestion(turn, topic.answer);
    if (topic?.kind === 'procedure' && topic.definition.id === activeId) return commands.whereWasI(turn);
    if (topic?.kind === 'procedure') return offers.offerSwitch(turn, topic.definition);
    switch (turn.nlu?.intent) {
      case 'cancel':
        // Never a silent cancel: only a clear request stops a procedure; a guess asks first.
        return offers.offerStop(turn);
      case 'help':
        return write.menu(turn, 'common.menu.help');
      case 'greeting':
        return stack.reask(turn, 'common.greeting');
      default:
        // A question no fact answers is no misread answer: say the articles were searched, then the step again.
        if (this.parts.understanding.questions.asksQuestion(turn.message.text, turn.data.locale!))
          return stack.reask(turn, 'common.procedure.questionNotFound');
        return stack.notUnderstood(turn);
    }
  }

  /** Puts the side question's answer before the next step's question, which stays last. */
  private answerBeforeNextStep(turn: Turn, answer: KnowledgeUnit): void {
    this.beforeNextStep(turn, () => this.parts.write.answer(turn, answer));
  }

  private beforeNextStep(turn: Turn, write: () => void): void {
    const step = turn.replies.at(-1)?.expectsAnswer ? turn.replies.pop() : undefined;
    write();
    if (step) turn.replies.push(step);
  }
}
