import { FEEDBACK, type AnswerCatalogue, type ProcedureCatalogue } from '../../dialogs/catalogue';
import type { FeedbackOutput } from '../../dialogs/feedback.machine';
import type { AnswerDefinition, ProcedureDefinition } from '../../dialogs/procedure';
import {
  procedurePosition,
  sendToProcedure,
  startProcedure,
  type EscalationNeeded,
  type PersistedProcedure,
  type ProcedurePosition,
  type ProcedureTurn,
} from '../../dialogs/runner';
import type { EscalationReason, ProcedureEvent, ProcedureOutcome, RecordedOutcome } from '../../dialogs/types';
import type { EscalationPort } from '../escalation/escalationPort';
import type { DeskEvent, HandoffMode, HandoffRequest, LiveDesk } from '../handoff/liveDesk';
import type { OutcomeLog } from '../outcomes/outcomeLog';
import type { Translator } from '../rendering/translator';
import { hasLettersOrDigits, isPictographicOnly } from '../understanding/text';
import { NONE_INTENT } from '../understanding/intents/intentClassifier';
import type { Command, Understanding } from '../understanding/understanding';
import {
  OUTCOMES_KEPT,
  TRANSCRIPT_LINES_KEPT,
  type ConversationData,
  type TranscriptLine,
} from './conversationData';
import type { Reply } from './reply';
import { chooseInitialLocale, followsLanguage } from './conversationLocale';
import { HandoffFlow, type HandoffState } from './handoffFlow';
import { ReplyWriter } from './replyWriter';
import type { Turn } from './turn';
import { MAX_MESSAGE_CHARS, type UserMessage } from './userMessage';

/**
 * One turn of the conversation, independent of any channel: given the stored conversation and a
 * message, decide what to say and what to store. The botbuilder layer loads, calls this, renders, saves.
 */
export interface EngineDeps {
  readonly catalogue: ProcedureCatalogue;
  readonly answers: AnswerCatalogue;
  readonly understanding: Understanding;
  readonly translator: Translator;
  readonly escalation: EscalationPort;
  readonly outcomes: OutcomeLog;
  /** How a person takes over (see HandoffFlow); `record` when not given. */
  readonly handoffMode?: HandoffMode;
  /** The agent hub, for `handoffMode: 'hub'`. */
  readonly desk?: LiveDesk;
  readonly defaultLocale: string;
  readonly now?: () => Date;
}

export interface EngineResult {
  readonly data: ConversationData;
  readonly replies: readonly Reply[];
  /** Handoffs to start on the channel (handoff protocol): the bot layer sends `handoff.initiate`. */
  readonly handoffs?: readonly HandoffRequest[];
}

/** A wrap-up that ended without the user answering it. */
const NO_FEEDBACK: FeedbackOutput = Object.freeze({ solved: null, rating: null });

/** After this many messages in a row it did not understand, the bot offers a person. */
const MISSES_BEFORE_OFFERING_PERSON = 3;

/** Intents that need a person at once: the bot must never keep a frozen account or a person waiting. */
const URGENT_INTENTS: Readonly<Record<string, Command>> = {
  account_frozen: { kind: 'frozen' },
  human_agent: { kind: 'human' },
};

type Waiting = Extract<ProcedurePosition, { status: 'waiting' }>;
type Done = Extract<ProcedurePosition, { status: 'done' }>;
type CommandHandler = (turn: Turn, command: Command) => Promise<void>;

export class ConversationEngine {
  private readonly now: () => Date;
  private readonly write: ReplyWriter;
  private readonly commandHandlers: Readonly<Record<Command['kind'], CommandHandler>>;
  private readonly handoff: HandoffFlow;

  constructor(private readonly deps: EngineDeps) {
    this.now = deps.now ?? (() => new Date());
    this.write = new ReplyWriter(deps.catalogue);
    this.handoff = new HandoffFlow({
      mode: deps.handoffMode ?? 'record',
      desk: deps.desk,
      escalation: deps.escalation,
      understanding: deps.understanding,
      write: this.write,
      now: this.now,
      startWrapUp: (turn, id, finalStep) => this.startWrapUp(turn, id, finalStep),
    });
    this.commandHandlers = {
      frozen: (turn) => this.onAccountFrozen(turn),
      human: (turn) => this.escalate(turn, 'user_asked'),
      language: async (turn, command) => this.onSwitchLanguage(turn, command),
      cancel: (turn) => this.onCancel(turn),
      restart: (turn) => this.onRestart(turn),
      resume: async (turn) => this.onWhereWasI(turn),
      menu: async (turn) => this.write.menu(turn, 'common.menu.help'),
    };
  }

  /** First contact: greet and show what the bot can do. */
  welcome(stored: ConversationData, channelLocale: string | undefined): EngineResult {
    const data = structuredClone(stored);
    if (!data.locale) chooseInitialLocale(data, this.deps.understanding, this.deps.defaultLocale, channelLocale, undefined);
    const turn = this.turnFor(data, noMessage(''));
    this.write.menu(turn, 'common.welcome');
    this.remember(data, turn.replies, []);
    return { data, replies: turn.replies };
  }

  async handleMessage(stored: ConversationData, message: UserMessage): Promise<EngineResult> {
    const data = structuredClone(stored);
    chooseInitialLocale(data, this.deps.understanding, this.deps.defaultLocale, message.channelLocale, message.text);
    data.userTurns += 1;
    const turn = this.turnFor(data, message);
    // While a person has the conversation, the bot stays out of it.
    if (!data.handoff || !(await this.handoff.duringHandoff(turn))) await this.respond(turn);
    this.remember(data, turn.replies, [{ from: 'user', text: message.text, at: this.now().toISOString() }]);
    return { data, replies: turn.replies, handoffs: turn.handoffs };
  }

  /** The contact centre's `handoff.status` (handoff protocol). */
  async handoffStatus(stored: ConversationData, state: HandoffState, conversationId: string): Promise<EngineResult> {
    return this.outsideTurn(stored, conversationId, (turn) => this.handoff.contactCentreStatus(turn, state));
  }

  /** The agent hub's news (accepted, an agent's message, ended…), written to the user outside their turns. */
  async deskEvent(stored: ConversationData, event: DeskEvent, conversationId: string): Promise<EngineResult> {
    return this.outsideTurn(stored, conversationId, (turn) => this.handoff.deskEvent(turn, event));
  }

  private outsideTurn(stored: ConversationData, conversationId: string, work: (turn: Turn) => void): EngineResult {
    const data = structuredClone(stored);
    const turn = this.turnFor(data, noMessage(conversationId));
    work(turn);
    this.remember(data, turn.replies, []);
    return { data, replies: turn.replies };
  }

  private async respond(turn: Turn): Promise<void> {
    const { message, data } = turn;
    // The message answered a step that is gone: show where to go from here instead of guessing.
    if (this.discardStaleProgress(turn)) return this.write.menu(turn, 'common.menu.prompt');
    // An offer stands for one message only: whatever comes next answers it or moves on.
    const offer = data.offer;
    data.offer = undefined;
    if (message.privacyFindings.length > 0) this.write.say(turn, 'common.privacy.warning');

    if (message.textWasCut) return this.reask(turn, 'common.input.tooLong', { max: MAX_MESSAGE_CHARS });
    if (!hasLettersOrDigits(message.text)) {
      if (message.privacyFindings.length > 0) return this.reask(turn);
      if (message.attachmentCount > 0) return this.reask(turn, 'common.input.attachmentOnly');
      if (isPictographicOnly(message.text)) return this.reask(turn, 'common.input.emojiOnly');
      if (message.text.trim() === '') return this.reask(turn, 'common.input.empty');
      return this.notUnderstood(turn);
    }

    // A message being left for the support team is taken as written, whatever words it holds ("my frozen account…").
    if (data.leaveMessage?.stage === 'writing') return void (await this.handoff.continueLeaveMessage(turn));
    const keywordCommand = this.deps.understanding.command(message.text) ?? this.pressedHumanButton(turn);
    if (keywordCommand) {
      data.misses = 0;
      data.switchOffer = undefined;
      return this.commandHandlers[keywordCommand.kind](turn, keywordCommand);
    }
    if (data.leaveMessage && (await this.handoff.continueLeaveMessage(turn))) return;
    turn.nlu = await this.deps.understanding.classify(message.text, data.locale);
    if (turn.nlu && followsLanguage(data, turn.nlu.locale, message.text)) {
      data.locale = turn.nlu.locale;
      data.localeChosenBy = 'text';
      turn.t = this.deps.translator.forLocale(turn.nlu.locale);
    }
    if (data.switchOffer && (await this.answerSwitchOffer(turn))) return;
    if (data.wrapUp && (await this.continueWrapUp(turn))) return;
    if (data.procedure) return this.continueProcedure(turn);
    if (offer && (await this.answerOffer(turn, offer))) return;
    return this.routeFreeText(turn);
  }

  private async continueProcedure(turn: Turn): Promise<void> {
    const stored = turn.data.procedure!;
    const definition = this.definition(stored.procedureId);
    const position = procedurePosition(definition, stored);
    if (position.status !== 'waiting') return this.finishProcedure(turn, definition, position, []);

    const choices = this.write.offeredChoices(turn, position.meta.choices);
    const event = this.deps.understanding.answer(turn.message.text, turn.data.locale!, position.meta, choices);
    const result = event ? sendToProcedure(definition, stored, event) : undefined;
    if (result?.accepted) {
      turn.data.misses = 0;
      return this.applyProcedureTurn(turn, definition, result);
    }
    // Not an answer to this step: a frozen account or a person asked for, a question on the side,
    // another procedure, or a command in words.
    if (await this.urgentIntent(turn)) return;
    const pressed = this.menuButtonPressed(turn);
    if (pressed && pressed.id !== definition.id) return this.switchTo(turn, pressed);
    const topic = pressed ? { kind: 'procedure' as const, definition: pressed } : this.topicOf(turn);
    if (topic?.kind === 'answer') return this.answerQuestion(turn, topic.answer);
    if (topic?.kind === 'procedure' && topic.definition.id === definition.id) return this.onWhereWasI(turn);
    if (topic?.kind === 'procedure') return this.offerSwitch(turn, topic.definition);
    switch (turn.nlu?.intent) {
      case 'cancel':
        return this.onCancel(turn);
      case 'help':
        return this.write.menu(turn, 'common.menu.help');
      case 'greeting':
        return this.reask(turn, 'common.greeting');
      default:
        return this.notUnderstood(turn);
    }
  }

  /** A menu button pressed mid-procedure is unmistakable: pause this one and start that one. */
  private async switchTo(turn: Turn, next: ProcedureDefinition): Promise<void> {
    const current = this.definition(turn.data.procedure!.procedureId);
    this.pauseActive(turn, 'interrupted');
    this.write.say(turn, 'common.procedure.paused', { title: turn.t(current.titleKey) });
    return this.beginProcedure(turn, next);
  }

  /** Words that sound like another procedure mid-way through one: ask before leaving this one. */
  private offerSwitch(turn: Turn, next: ProcedureDefinition): void {
    const current = this.definition(turn.data.procedure!.procedureId);
    turn.data.misses = 0;
    turn.data.switchOffer = next.id;
    this.write.yesNoQuestion(turn, 'common.procedure.switchOffer', { title: turn.t(next.titleKey), current: turn.t(current.titleKey) });
  }

  /** False when the message neither accepts nor declines the switch: the offer lapses. */
  private async answerSwitchOffer(turn: Turn): Promise<boolean> {
    const next = turn.data.switchOffer!;
    turn.data.switchOffer = undefined;
    const yes = this.deps.understanding.yesNo(turn.message.text, turn.data.locale!);
    if (yes === undefined || !turn.data.procedure) return false;
    turn.data.misses = 0;
    if (yes) {
      await this.switchTo(turn, this.definition(next));
      return true;
    }
    this.reask(turn, 'common.procedure.continuing');
    return true;
  }

  private async beginProcedure(turn: Turn, definition: ProcedureDefinition, introKey = 'common.procedure.starting'): Promise<void> {
    turn.data.misses = 0;
    turn.data.procedure = undefined;
    this.write.say(turn, introKey, { title: turn.t(definition.titleKey) });
    return this.applyProcedureTurn(turn, definition, startProcedure(definition));
  }

  private async applyProcedureTurn(turn: Turn, definition: ProcedureDefinition, result: ProcedureTurn): Promise<void> {
    turn.data.procedure = { ...result.persisted, startedAt: turn.data.procedure?.startedAt ?? this.now().toISOString() };
    for (const message of result.messages) this.write.say(turn, message.key, message.params);
    const { position } = result;
    if (position.status === 'done') return this.finishProcedure(turn, definition, position, result.escalations);
    if (position.meta.expects === 'procedure') return this.runAsStep(turn, position);
    this.write.step(turn, definition, position, this.offersPerson(turn));
  }

  /** The step is another procedure: pause this one under it; its end is sent back as an event. */
  private async runAsStep(turn: Turn, position: Waiting): Promise<void> {
    const sub = this.definition(position.meta.procedureId ?? '');
    this.write.say(turn, position.meta.prompt.key, position.meta.prompt.params);
    this.pauseActive(turn, 'subProcedure');
    turn.data.procedure = undefined;
    return this.applyProcedureTurn(turn, sub, startProcedure(sub));
  }

  private async finishProcedure(turn: Turn, definition: ProcedureDefinition, position: Done, escalations: readonly EscalationNeeded[]): Promise<void> {
    const { data } = turn;
    data.procedure = undefined;
    if (position.meta.closing) this.write.say(turn, position.meta.closing.key, position.meta.closing.params);
    for (const e of escalations) await this.handoff.escalate(turn, e.reason, e);

    const { outcome, continueWith } = position.meta;
    const parent = data.paused?.at(-1);
    if (parent?.why === 'subProcedure') {
      await this.recordOutcome(turn, definition.id, outcome, position.stepId);
      data.paused!.pop();
      const { why: _why, ...resumed } = parent;
      data.procedure = resumed;
      const parentDefinition = this.definition(parent.procedureId);
      return this.applyProcedureTurn(turn, parentDefinition, sendToProcedure(parentDefinition, resumed, { type: 'procedure.finished', outcome }));
    }
    if (continueWith) {
      await this.recordOutcome(turn, definition.id, 'continued', position.stepId);
      return this.beginProcedure(turn, this.definition(continueWith));
    }
    if (outcome === 'solved') return this.startWrapUp(turn, definition.id, position.stepId);
    await this.recordOutcome(turn, definition.id, outcome, position.stepId);
    if (outcome === 'escalated') return;
    return this.resumePausedOrMenu(turn);
  }

  /** Keeps the active procedure underneath, to come back to. */
  private pauseActive(turn: Turn, why: 'subProcedure' | 'interrupted'): void {
    const active = turn.data.procedure;
    if (!active) return;
    turn.data.paused = [...(turn.data.paused ?? []), { ...active, why }];
    turn.data.procedure = undefined;
  }

  /** After a procedure ends: back to one the user had paused, or the menu. */
  private resumePausedOrMenu(turn: Turn): void {
    const paused = turn.data.paused?.pop();
    if (!paused) return this.write.menu(turn, 'common.procedure.anythingElse');
    const { why: _why, ...resumed } = paused;
    turn.data.procedure = resumed;
    const definition = this.definition(resumed.procedureId);
    this.write.say(turn, 'common.procedure.backTo', { title: turn.t(definition.titleKey) });
    this.reaskStep(turn);
  }

  // --- wrap-up: solved? rating ----------------------------------------------------------

  /** "Did this solve your problem?", then a rating, recorded against `id` (a procedure, or the person who helped). */
  private startWrapUp(turn: Turn, id: string, finalStep: string): void {
    const first = startProcedure(FEEDBACK);
    turn.data.wrapUp = { procedureId: id, finalStep, persisted: first.persisted };
    if (first.position.status === 'waiting') this.write.question(turn, first.position.meta);
  }

  /** False when the message is not an answer to the wrap-up: the user moved on, and it is dropped. */
  private async continueWrapUp(turn: Turn): Promise<boolean> {
    const wrapUp = turn.data.wrapUp!;
    const position = procedurePosition(FEEDBACK, wrapUp.persisted);
    if (position.status !== 'waiting') return false;
    const event = this.deps.understanding.answer(turn.message.text, turn.data.locale!, position.meta, this.write.offeredChoices(turn, position.meta.choices));
    const result = event ? sendToProcedure(FEEDBACK, wrapUp.persisted, event) : undefined;
    if (!result?.accepted) {
      await this.endWrapUp(turn, NO_FEEDBACK);
      return false;
    }
    turn.data.misses = 0;
    if (result.position.status === 'waiting') {
      turn.data.wrapUp = { ...wrapUp, persisted: result.persisted };
      this.write.question(turn, result.position.meta);
      return true;
    }
    const feedback = (result.position.output ?? NO_FEEDBACK) as FeedbackOutput;
    if (result.position.meta.closing) this.write.say(turn, result.position.meta.closing.key);
    const escalated = result.escalations.length > 0;
    await this.endWrapUp(turn, feedback);
    for (const e of result.escalations) await this.handoff.escalate(turn, e.reason, { procedureId: wrapUp.procedureId, step: wrapUp.finalStep });
    if (!escalated) this.resumePausedOrMenu(turn);
    return true;
  }

  private async endWrapUp(turn: Turn, feedback: FeedbackOutput): Promise<void> {
    const wrapUp = turn.data.wrapUp;
    if (!wrapUp) return;
    turn.data.wrapUp = undefined;
    await this.recordOutcome(turn, wrapUp.procedureId, 'solved', wrapUp.finalStep, feedback);
  }

  // --- answers ----------------------------------------------------------------------------

  /** Answers a question; mid-procedure, goes back to the step, otherwise offers the related procedure. */
  private answerQuestion(turn: Turn, answer: AnswerDefinition): void {
    turn.data.misses = 0;
    this.write.say(turn, answer.answerKey);
    if (turn.data.procedure) {
      this.write.say(turn, 'common.procedure.resuming');
      return this.reaskStep(turn);
    }
    const related = this.definition(answer.relatedProcedure);
    turn.data.offer = related.id;
    this.write.yesNoQuestion(turn, 'common.answer.offerProcedure', { title: turn.t(related.titleKey) });
  }

  /** False when the message neither accepts nor declines the offer. */
  private async answerOffer(turn: Turn, procedureId: string): Promise<boolean> {
    const yes = this.deps.understanding.yesNo(turn.message.text, turn.data.locale!);
    if (yes === undefined) return false;
    turn.data.misses = 0;
    if (yes) await this.beginProcedure(turn, this.definition(procedureId));
    else this.write.menu(turn, 'common.procedure.anythingElse');
    return true;
  }

  // --- outside a procedure ----------------------------------------------------------------

  private async routeFreeText(turn: Turn): Promise<void> {
    if (await this.urgentIntent(turn)) return;
    const pressed = this.menuButtonPressed(turn);
    const topic = pressed ? { kind: 'procedure' as const, definition: pressed } : this.topicOf(turn);
    if (topic?.kind === 'procedure') return this.beginProcedure(turn, topic.definition);
    if (topic?.kind === 'answer') return this.answerQuestion(turn, topic.answer);
    // "No" to "anything else?" (the menu) ends the exchange politely.
    if (this.deps.understanding.yesNo(turn.message.text, turn.data.locale!) === false) {
      turn.data.misses = 0;
      return this.write.say(turn, 'common.goodbye');
    }
    const intent = turn.nlu?.intent ?? NONE_INTENT;
    if (intent === 'greeting' || this.deps.understanding.isGreeting(turn.message.text)) {
      turn.data.misses = 0;
      return this.write.menu(turn, 'common.greeting');
    }
    if (intent === 'help') return this.write.menu(turn, 'common.menu.help');
    if (intent === 'cancel') return this.onCancel(turn);
    return this.notUnderstood(turn);
  }

  /**
   * A frozen account or a request for a person, read by the classifier, wins over everything but
   * an answer the current step takes ("about an hour ago" is an answer, whatever the model thinks).
   * The same words as keywords win even over that (see `Understanding.command`).
   */
  private async urgentIntent(turn: Turn): Promise<boolean> {
    const urgent = turn.nlu ? URGENT_INTENTS[turn.nlu.intent] : undefined;
    if (!urgent) return false;
    turn.data.misses = 0;
    await this.commandHandlers[urgent.kind](turn, urgent);
    return true;
  }

  /** A menu button (its label, typed or pressed). */
  private menuButtonPressed(turn: Turn): ProcedureDefinition | undefined {
    const id = this.deps.understanding.matchChoice(turn.message.text, turn.data.locale!, this.write.menuChoices(turn));
    return id ? this.deps.catalogue.get(id) : undefined;
  }

  /** The procedure or question the classifier read in the message. */
  private topicOf(turn: Turn): { kind: 'procedure'; definition: ProcedureDefinition } | { kind: 'answer'; answer: AnswerDefinition } | undefined {
    const id = turn.nlu?.intent;
    if (!id) return undefined;
    const definition = this.deps.catalogue.get(id);
    if (definition) return { kind: 'procedure', definition };
    const answer = this.deps.answers.get(id);
    return answer ? { kind: 'answer', answer } : undefined;
  }

  /** After repeated misses, every question also offers a person. */
  private offersPerson(turn: Turn): boolean {
    return turn.data.misses >= MISSES_BEFORE_OFFERING_PERSON;
  }

  private notUnderstood(turn: Turn): void {
    turn.data.misses += 1;
    const offerPerson = this.offersPerson(turn);
    if (turn.data.procedure || turn.data.wrapUp) {
      this.write.say(turn, offerPerson ? 'common.procedure.stillNotUnderstood' : 'common.procedure.notUnderstood');
      return this.reaskStep(turn);
    }
    this.write.menu(turn, offerPerson ? 'common.notUnderstoodOfferPerson' : 'common.notUnderstood');
  }

  // --- commands -----------------------------------------------------------------------------

  private async onAccountFrozen(turn: Turn): Promise<void> {
    const stored = turn.data.procedure;
    this.write.say(turn, 'common.escalation.frozen');
    if (stored) {
      const definition = this.definition(stored.procedureId);
      const result = sendToProcedure(definition, stored, { type: 'user.accountFrozen' } satisfies ProcedureEvent);
      if (result.accepted && result.escalations.length > 0) return this.applyProcedureTurn(turn, definition, result);
    }
    return this.escalate(turn, 'account_frozen');
  }

  /** Hands the conversation to a person: every procedure in progress ends as escalated. */
  private async escalate(turn: Turn, reason: EscalationReason): Promise<void> {
    const where = this.currentStep(turn);
    await this.abandonAll(turn, 'escalated');
    await this.handoff.escalate(turn, reason, where);
  }

  private onSwitchLanguage(turn: Turn, command: Command): void {
    if (command.kind !== 'language') return;
    turn.data.locale = command.locale;
    turn.data.localeChosenBy = 'user';
    turn.t = this.deps.translator.forLocale(command.locale);
    this.reask(turn, 'common.language.switched');
  }

  /** Stops the active procedure (and any it runs as a step); one the user paused earlier stays. */
  private async onCancel(turn: Turn): Promise<void> {
    const { data } = turn;
    if (data.wrapUp) {
      await this.endWrapUp(turn, NO_FEEDBACK);
      return this.write.menu(turn, 'common.procedure.cancelled');
    }
    if (!data.procedure) return this.write.menu(turn, 'common.procedure.nothingToCancel');
    await this.abandonActiveChain(turn, 'abandoned');
    const paused = data.paused?.at(-1);
    if (paused) this.write.say(turn, 'common.procedure.pausedReminder', { title: turn.t(this.definition(paused.procedureId).titleKey) });
    this.write.menu(turn, 'common.procedure.cancelled');
  }

  /** Starts the active procedure over, from its outermost level when it runs as a step of another. */
  private async onRestart(turn: Turn): Promise<void> {
    const { data } = turn;
    if (!data.procedure) return this.write.menu(turn, 'common.menu.help');
    const outermost = await this.abandonActiveChain(turn, 'abandoned');
    return this.beginProcedure(turn, this.definition(outermost));
  }

  /** "Where was I?": the procedure and step in progress, or the one paused earlier. */
  private onWhereWasI(turn: Turn): void {
    const { data } = turn;
    if (data.wrapUp) return this.reaskStep(turn);
    if (data.procedure) {
      const definition = this.definition(data.procedure.procedureId);
      const position = procedurePosition(definition, data.procedure);
      const step = position.status === 'waiting' ? position.meta.step : undefined;
      this.write.say(
        turn,
        step ? 'common.procedure.whereWeAre' : 'common.procedure.whereWeAreNoStep',
        { title: turn.t(definition.titleKey), ...(step ? { step, total: definition.totalSteps } : {}) },
      );
      return this.reaskStep(turn);
    }
    if (data.paused?.length) return this.resumePausedOrMenu(turn);
    this.write.menu(turn, 'common.procedure.nothingInProgress');
  }

  /** Ends the active procedure and those it runs under as steps; returns the outermost one's id. */
  private async abandonActiveChain(turn: Turn, outcome: ProcedureOutcome): Promise<string> {
    const { data } = turn;
    let active = data.procedure!;
    await this.recordOutcome(turn, active.procedureId, outcome, this.stepOf(active));
    while (data.paused?.at(-1)?.why === 'subProcedure') {
      active = data.paused.pop()!;
      await this.recordOutcome(turn, active.procedureId, outcome, this.stepOf(active));
    }
    data.procedure = undefined;
    return active.procedureId;
  }

  /** A person takes over: nothing is left in progress or paused. */
  private async abandonAll(turn: Turn, outcome: ProcedureOutcome): Promise<void> {
    const { data } = turn;
    if (data.wrapUp) await this.endWrapUp(turn, NO_FEEDBACK);
    if (data.procedure) await this.abandonActiveChain(turn, outcome);
    for (const paused of (data.paused ?? []).reverse()) await this.recordOutcome(turn, paused.procedureId, outcome, this.stepOf(paused));
    data.paused = undefined;
  }

  // --- shared helpers -----------------------------------------------------------------------

  /**
   * A conversation saved by an older version may sit on a step that no longer exists (a procedure
   * was redrawn or removed). Rather than fail on every turn, that progress is dropped and the user
   * told so; the procedure starts again from the menu.
   */
  private discardStaleProgress(turn: Turn): boolean {
    const { data } = turn;
    const stale = (stored: PersistedProcedure, runnable?: { id: string; machine: ProcedureDefinition['machine'] }): boolean => {
      const definition = runnable ?? this.deps.catalogue.get(stored.procedureId);
      if (!definition) return true;
      try {
        procedurePosition(definition, stored);
        return false;
      } catch {
        return true;
      }
    };
    const lost = [
      ...(data.procedure && stale(data.procedure) ? [data.procedure.procedureId] : []),
      ...(data.paused ?? []).filter((p) => stale(p)).map((p) => p.procedureId),
    ];
    if (data.wrapUp && stale(data.wrapUp.persisted, FEEDBACK)) data.wrapUp = undefined;
    if (lost.length === 0) return false;
    data.procedure = undefined;
    data.paused = undefined;
    const known = lost.map((id) => this.deps.catalogue.get(id)).find(Boolean);
    this.write.say(turn, 'common.procedure.updated', { title: known ? turn.t(known.titleKey) : '' });
    return true;
  }

  /** Says `key` (if given), then asks the current step again, or shows the menu when nothing runs. */
  private reask(turn: Turn, key?: string, params?: Record<string, string | number>): void {
    if (key) this.write.say(turn, key, params);
    if (!turn.data.procedure && !turn.data.wrapUp) return this.write.menu(turn, 'common.menu.prompt');
    this.reaskStep(turn);
  }

  private reaskStep(turn: Turn): void {
    const { wrapUp, procedure } = turn.data;
    if (wrapUp) {
      const position = procedurePosition(FEEDBACK, wrapUp.persisted);
      if (position.status === 'waiting') this.write.question(turn, position.meta);
      return;
    }
    if (!procedure) return;
    const definition = this.definition(procedure.procedureId);
    const position = procedurePosition(definition, procedure);
    if (position.status === 'waiting') this.write.step(turn, definition, position, this.offersPerson(turn));
  }

  private pressedHumanButton(turn: Turn): Command | undefined {
    const human = [this.write.personChoice(turn)];
    return this.deps.understanding.matchChoice(turn.message.text, turn.data.locale!, human) ? { kind: 'human' } : undefined;
  }

  /** Where the user is, for an escalation: the innermost procedure in progress, or the one just wrapped up. */
  private currentStep(turn: Turn): { procedureId?: string; step?: string } {
    const { procedure, wrapUp } = turn.data;
    if (procedure) return { procedureId: procedure.procedureId, step: this.stepOf(procedure) };
    if (wrapUp) return { procedureId: wrapUp.procedureId, step: wrapUp.finalStep };
    return {};
  }

  private stepOf(stored: PersistedProcedure): string {
    return procedurePosition(this.definition(stored.procedureId), stored).stepId;
  }

  private definition(id: string): ProcedureDefinition {
    const definition = this.deps.catalogue.get(id);
    if (!definition) throw new Error(`Unknown procedure "${id}" in stored conversation state.`);
    return definition;
  }

  private turnFor(data: ConversationData, message: UserMessage): Turn {
    return { data, message, replies: [], handoffs: [], t: this.deps.translator.forLocale(data.locale ?? this.deps.defaultLocale) };
  }

  /** Kept with the conversation (for the person who takes over) and in the outcome log (for the desk). */
  private async recordOutcome(
    turn: Turn,
    procedureId: string,
    outcome: RecordedOutcome,
    step: string,
    feedback: FeedbackOutput = NO_FEEDBACK,
  ): Promise<void> {
    const { data } = turn;
    const at = this.now().toISOString();
    data.outcomes.push({ procedureId, outcome, solved: feedback.solved, rating: feedback.rating, at });
    if (data.outcomes.length > OUTCOMES_KEPT) data.outcomes.splice(0, data.outcomes.length - OUTCOMES_KEPT);
    await this.deps.outcomes.record({ procedureId, outcome, ...feedback, step, locale: data.locale!, at });
  }

  private remember(data: ConversationData, replies: readonly Reply[], userLines: readonly TranscriptLine[]): void {
    const at = this.now().toISOString();
    data.transcript.push(...userLines, ...replies.map((r) => ({ from: 'bot' as const, ...r.source, at })));
    if (data.transcript.length > TRANSCRIPT_LINES_KEPT) {
      data.transcript.splice(0, data.transcript.length - TRANSCRIPT_LINES_KEPT);
    }
  }
}

/** The message of a turn the user did not start (a welcome, a contact centre's status). */
function noMessage(conversationId: string): UserMessage {
  return { conversationId, text: '', textWasCut: false, attachmentCount: 0, privacyFindings: [] };
}
