import { FEEDBACK, type AnswerCatalogue, type ProcedureCatalogue } from '../../dialogs/catalogue';
import type { FeedbackOutput } from '../../dialogs/feedback.machine';
import type { KnowledgeUnit } from '../../dialogs/knowledge';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import {
  procedurePosition,
  sendToProcedure,
  startProcedure,
  type EscalationNeeded,
  type PersistedProcedure,
  type ProcedurePosition,
  type ProcedureTurn,
} from '../../dialogs/runner';
import type { EscalationReason, ProcedureEvent, ProcedureOutcome, RecordedOutcome, StepMeta } from '../../dialogs/types';
import type { EscalationPort } from '../escalation/escalationPort';
import type { DeskEvent, HandoffMode, HandoffRequest, LiveDesk } from '../handoff/liveDesk';
import type { OutcomeLog } from '../outcomes/outcomeLog';
import type { Translator } from '../rendering/translator';
import { hasLettersOrDigits, isPictographicOnly, normalize } from '../understanding/text';
import { NONE_INTENT, type IntentResult } from '../understanding/intents/intentClassifier';
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

/** What the user already said in a wrap-up that ends early ("yes", then no rating): kept, not dropped. */
function feedbackSoFar(persisted: PersistedProcedure): FeedbackOutput {
  const context = (persisted.snapshot as { context?: Partial<FeedbackOutput> } | undefined)?.context;
  return { solved: context?.solved ?? null, rating: context?.rating ?? null };
}

/** Intents this likely (combined score) are offered as "is it one of these?" when no reading is sure. */
const CLOSEST_MIN_SCORE = 0.25;
const MAX_CLOSEST = 3;

/**
 * A fact is stated from this combined score, or from the threshold when both models agree
 * (chosen on the dev sets with npm run eval:knowledge: no more than 1% wrong facts).
 */
const FACT_MIN_SCORE = 0.55;


/** `ConversationData.offer` after "the articles don't say": a "yes" goes to a person. */
const PERSON_OFFER = 'person';

/** After this many messages in a row it did not understand, the bot offers a person. */
const MISSES_BEFORE_OFFERING_PERSON = 3;

/**
 * The classifier must be this sure before it sends someone to a person on its own reading (the
 * keyword routes catch the clear cases): "I sell on AliExpress" is not a request for an agent.
 */
const URGENT_MIN_SCORE = 0.8;

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
    turn.offer = data.offer;
    data.offer = undefined;
    turn.suggested = data.suggested;
    data.suggested = undefined;
    if (message.privacyFindings.length > 0) this.write.say(turn, 'common.privacy.warning');

    if (message.textWasCut) return this.reask(turn, 'common.input.tooLong', { max: MAX_MESSAGE_CHARS });
    if (!hasLettersOrDigits(message.text) && !/[★⭐🌟]/u.test(message.text)) {
      if (message.privacyFindings.length > 0) return this.reask(turn);
      if (message.attachmentCount > 0) return this.reask(turn, 'common.input.attachmentOnly');
      if (isPictographicOnly(message.text)) return this.reask(turn, 'common.input.emojiOnly');
      if (message.text.trim() === '') return this.reask(turn, 'common.input.empty');
      return this.notUnderstood(turn);
    }

    // A message being left for the support team is taken as written, whatever words it holds ("my frozen account…").
    if (data.leaveMessage?.stage === 'writing') return void (await this.handoff.continueLeaveMessage(turn));
    turn.signals = this.deps.understanding.signals(message.text, this.questionOnTheTable(turn));
    for (const route of this.routes) if (await route(turn)) return;
  }

  /**
   * What a message is, in the order it is considered: the first route that takes it answers it.
   * Clear requests come before the step's answer ("yes, but my account is frozen" reaches a
   * person); each is read negation-aware, so "it's not frozen" or "I don't need an agent" falls
   * through to the answer. Short words that are commands only when alone ("cancel", "menu") come
   * after it, so "不用了" answers "would you like a person?" instead of cancelling.
   */
  private readonly routes: ReadonlyArray<(turn: Turn) => Promise<boolean> | boolean> = [
    (turn) => this.pickedSuggestion(turn),
    (turn) => this.askedForLanguage(turn),
    (turn) => this.statedFrozenAccount(turn),
    (turn) => this.askedForPerson(turn),
    (turn) => this.askedToStop(turn),
    (turn) => this.answersLeaveMessageOffer(turn),
    (turn) => this.pressedMenuItem(turn),
    (turn) => this.answersTheQuestion(turn),
    (turn) => this.typedCommand(turn),
    (turn) => this.saysNotSure(turn),
    (turn) => this.readByClassifier(turn),
  ];

  /** A language other than the one spoken ("is there an app in Greek?" asked in Greek is not a request). */
  private askedForLanguage(turn: Turn): boolean {
    const locale = turn.signals?.language;
    if (!locale || locale === turn.data.locale) return false;
    this.onSwitchLanguage(turn, { kind: 'language', locale });
    return true;
  }

  private async statedFrozenAccount(turn: Turn): Promise<boolean> {
    if (!turn.signals?.frozen) return false;
    await this.onAccountFrozen(turn);
    return true;
  }

  private async askedForPerson(turn: Turn): Promise<boolean> {
    if (!turn.signals?.person && !this.pressedHumanButton(turn)) return false;
    turn.data.misses = 0;
    await this.escalate(turn, 'user_asked');
    return true;
  }

  /** Only with something to stop: "does a withholding agreement stop unbinding?" is a question, not a command. */
  private async askedToStop(turn: Turn): Promise<boolean> {
    const { procedure, wrapUp } = turn.data;
    if (!turn.signals?.stop || (!procedure && !wrapUp)) return false;
    await this.onCancel(turn);
    return true;
  }

  private async answersLeaveMessageOffer(turn: Turn): Promise<boolean> {
    return turn.data.leaveMessage ? this.handoff.continueLeaveMessage(turn) : false;
  }

  /**
   * A title from "is it one of these?", pressed or typed: that answer, before any signal (a title
   * such as "Can I unbind if an account is frozen?" asks about a freeze, it does not report one).
   * A procedure's title is a menu item (its own route).
   */
  private pickedSuggestion(turn: Turn): boolean {
    const text = normalize(turn.message.text);
    const unit = (turn.suggested ?? []).map((id) => this.deps.answers.get(id)).find((u) => u && normalize(turn.t(u.titleKey)) === text);
    if (!unit) return false;
    this.answerQuestion(turn, unit);
    return true;
  }

  /** A menu button, pressed or typed exactly: unmistakable, even mid-step ("Reset the payment password"). */
  private async pressedMenuItem(turn: Turn): Promise<boolean> {
    const text = normalize(turn.message.text);
    const item = this.write.menuChoices(turn).find((c) => normalize(c.label) === text);
    const definition = item ? this.deps.catalogue.get(item.id) : undefined;
    if (!definition) return false;
    turn.data.switchOffer = undefined;
    turn.data.stopOffer = undefined;
    if (turn.data.wrapUp) await this.endWrapUp(turn, feedbackSoFar(turn.data.wrapUp.persisted));
    const active = turn.data.procedure?.procedureId;
    if (active === definition.id) this.onWhereWasI(turn);
    else if (active) await this.switchTo(turn, definition);
    else await this.beginProcedure(turn, definition);
    return true;
  }

  /** The question on the table, whichever asked it: stop?, switch?, the wrap-up, the step, an offer. */
  private async answersTheQuestion(turn: Turn): Promise<boolean> {
    const { data } = turn;
    if (data.stopOffer && (await this.answerStopOffer(turn))) return true;
    if (data.switchOffer && (await this.answerSwitchOffer(turn))) return true;
    if (data.wrapUp) return this.continueWrapUp(turn);
    if (data.procedure) return this.continueProcedure(turn);
    return turn.offer ? this.answerOffer(turn, turn.offer) : false;
  }

  /** "cancel", "start over", "menu", "where was I?" typed as the whole message. */
  private async typedCommand(turn: Turn): Promise<boolean> {
    const command = this.deps.understanding.command(turn.message.text);
    if (!command || command.kind === 'frozen' || command.kind === 'human') return false;
    turn.data.misses = 0;
    turn.data.switchOffer = undefined;
    await this.commandHandlers[command.kind](turn, command);
    return true;
  }

  /** "I don't know" where the step has no such choice: no branch is taken; a person is offered. */
  private saysNotSure(turn: Turn): boolean {
    if (!turn.reading?.unsure || (!turn.data.procedure && !turn.data.wrapUp)) return false;
    turn.data.misses = 0;
    this.write.say(turn, turn.data.procedure ? 'common.procedure.notSure' : 'common.procedure.notSureWrapUp');
    this.reaskStep(turn, turn.data.procedure !== undefined);
    return true;
  }

  private async readByClassifier(turn: Turn): Promise<boolean> {
    await this.classify(turn);
    if (turn.data.procedure) await this.routeMidProcedure(turn);
    else await this.routeFreeText(turn);
    return true;
  }

  /** The classifier's reading, once per turn; a message clearly in another language moves the conversation there. */
  private async classify(turn: Turn): Promise<void> {
    const { data, message } = turn;
    if (turn.nlu) return;
    turn.nlu = await this.deps.understanding.classify(message.text, data.locale);
    if (followsLanguage(data, turn.nlu.locale, message.text, this.deps.understanding)) {
      data.locale = turn.nlu.locale;
      data.localeChosenBy = 'text';
      turn.t = this.deps.translator.forLocale(turn.nlu.locale);
    }
  }

  /** The step's meta (or the wrap-up's) when one waits for the user's answer. */
  private questionOnTheTable(turn: Turn): StepMeta | undefined {
    const { procedure, wrapUp } = turn.data;
    const stored = wrapUp?.persisted ?? procedure;
    if (!stored) return undefined;
    const position = procedurePosition(wrapUp ? FEEDBACK : this.definition(stored.procedureId), stored);
    return position.status === 'waiting' ? position.meta : undefined;
  }

  private async continueProcedure(turn: Turn): Promise<boolean> {
    const stored = turn.data.procedure!;
    const definition = this.definition(stored.procedureId);
    const position = procedurePosition(definition, stored);
    if (position.status !== 'waiting') {
      await this.finishProcedure(turn, definition, position, []);
      return true;
    }
    const choices = this.write.offeredChoices(turn, position.meta.choices);
    turn.reading = this.deps.understanding.read(turn.message.text, turn.data.locale!, position.meta, choices);
    const event = turn.reading.event;
    const result = event ? sendToProcedure(definition, stored, event) : undefined;
    if (!result?.accepted) return false;
    turn.data.misses = 0;
    const question = await this.sideQuestion(turn);
    await this.applyProcedureTurn(turn, definition, result);
    if (question) this.answerBeforeNextStep(turn, question);
    return true;
  }

  /**
   * A question asked beside an answer ("yes, and will the fees change?"): answered after the answer
   * is taken. The answer comes first, so the question is looked for after it, from the end ("oui je
   * vois le formulaire" must not be read as a question about the registration form).
   */
  private async sideQuestion(turn: Turn): Promise<KnowledgeUnit | undefined> {
    const pieces = turn.message.text.split(/[?？.。!！,，;；]|\s(?:but|and|y|pero|et|mais|και|αλλά|그런데|근데)\s|但是|还有/u).filter((p) => p.trim().length > 0);
    if (pieces.length < 2) return undefined;
    for (const piece of pieces.slice(1).reverse()) {
      const result = await this.deps.understanding.classify(piece, turn.data.locale);
      const answer = result.locale === turn.data.locale ? this.sureFact(result) : undefined;
      if (answer) return answer;
    }
    return undefined;
  }

  /** Puts the side question's answer before the next step's question, which stays last. */
  private answerBeforeNextStep(turn: Turn, answer: KnowledgeUnit): void {
    const last = turn.replies.at(-1);
    const step = last?.expectsAnswer ? turn.replies.pop() : undefined;
    this.write.answer(turn, answer);
    if (step) turn.replies.push(step);
  }

  /** Not an answer to the step: a question on the side, another procedure, or a command in words. */
  private async routeMidProcedure(turn: Turn): Promise<void> {
    const definition = this.definition(turn.data.procedure!.procedureId);
    if (await this.urgentIntent(turn)) return;
    const pressed = this.menuButtonPressed(turn);
    if (pressed && pressed.id !== definition.id) return this.switchTo(turn, pressed);
    const topic = pressed ? { kind: 'procedure' as const, definition: pressed } : this.topicOf(turn);
    if (topic?.kind === 'answer') return this.answerQuestion(turn, topic.answer);
    if (topic?.kind === 'procedure' && topic.definition.id === definition.id) return this.onWhereWasI(turn);
    if (topic?.kind === 'procedure') return this.offerSwitch(turn, topic.definition);
    switch (turn.nlu?.intent) {
      case 'cancel':
        // Never a silent cancel: only a clear request stops a procedure; a guess asks first.
        return this.offerStop(turn);
      case 'help':
        return this.write.menu(turn, 'common.menu.help');
      case 'greeting':
        return this.reask(turn, 'common.greeting');
      default:
        return this.notUnderstood(turn);
    }
  }

  /** "Do you want to stop X?": a yes stops it, a no goes back to the step. */
  private offerStop(turn: Turn): void {
    const current = this.definition(turn.data.procedure!.procedureId);
    turn.data.stopOffer = true;
    this.write.yesNoQuestion(turn, 'common.procedure.stopOffer', { title: turn.t(current.titleKey) });
  }

  /** False when the message neither confirms nor declines: the offer lapses. */
  private async answerStopOffer(turn: Turn): Promise<boolean> {
    turn.data.stopOffer = undefined;
    const yes = this.deps.understanding.yesNo(turn.message.text, turn.data.locale!);
    if (yes === undefined || !turn.data.procedure) return false;
    if (yes) await this.onCancel(turn);
    else this.reask(turn, 'common.procedure.continuing');
    return true;
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

  /**
   * The wrap-up's answer. What it cannot read is not dropped: it is asked again once, and a
   * "solved" already given stays. Another topic (a procedure, a question) ends the wrap-up with
   * what the user said so far, and the message goes on to be read as that topic.
   */
  private async continueWrapUp(turn: Turn): Promise<boolean> {
    const wrapUp = turn.data.wrapUp!;
    const position = procedurePosition(FEEDBACK, wrapUp.persisted);
    if (position.status !== 'waiting') return false;
    turn.reading = this.deps.understanding.read(turn.message.text, turn.data.locale!, position.meta, this.write.offeredChoices(turn, position.meta.choices));
    const event = turn.reading.event;
    const result = event ? sendToProcedure(FEEDBACK, wrapUp.persisted, event) : undefined;
    if (!result?.accepted) {
      if (turn.reading.unsure) return false;
      await this.classify(turn);
      const movesOn = this.topicOf(turn) !== undefined || this.menuButtonPressed(turn) !== undefined || this.deps.understanding.command(turn.message.text) !== undefined;
      if (!movesOn && !wrapUp.askedAgain) {
        turn.data.wrapUp = { ...wrapUp, askedAgain: true };
        this.write.say(turn, position.meta.expects === 'number' ? 'feedback.ratingNotUnderstood' : 'common.procedure.notUnderstood');
        this.write.question(turn, position.meta);
        return true;
      }
      await this.endWrapUp(turn, feedbackSoFar(wrapUp.persisted));
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
  private answerQuestion(turn: Turn, answer: KnowledgeUnit): void {
    turn.data.misses = 0;
    this.write.answer(turn, answer);
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
    if (yes && procedureId === PERSON_OFFER) await this.escalate(turn, 'user_asked');
    else if (yes) await this.beginProcedure(turn, this.definition(procedureId));
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
    // A short "no" to "anything else?" (the menu) ends the exchange politely; a sentence holding a
    // "no" ("desde cuándo ya no acepta clientes?", "je sais pas si…") is a question, not a goodbye.
    const { understanding } = this.deps;
    if (understanding.isShort(turn.message.text) && understanding.yesNo(turn.message.text, turn.data.locale!) === false && !understanding.mentionsProduct(turn.message.text)) {
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
    return this.unclearQuestion(turn);
  }

  /**
   * Nothing scored above the threshold. Never a guessed fact: the closest answers and procedures
   * when the model leans to some ("is it one of these?"); "the articles don't say" and a person
   * when the text is about the products; otherwise "I didn't understand" and the menu.
   */
  private unclearQuestion(turn: Turn): void {
    const read = turn.nlu && turn.nlu.intent !== NONE_INTENT ? [{ intent: turn.nlu.intent, score: turn.nlu.score }] : [];
    const closest = [...read, ...(turn.nlu?.alternatives ?? [])].slice(0, MAX_CLOSEST).filter((a) => a.score >= CLOSEST_MIN_SCORE && (this.deps.answers.has(a.intent) || this.deps.catalogue.has(a.intent)));
    if (closest.length > 0) {
      turn.data.misses = 0;
      turn.data.suggested = closest.map((a) => a.intent);
      return this.write.closest(turn, closest.map((a) => this.deps.answers.get(a.intent) ?? this.definition(a.intent)));
    }
    if (this.deps.understanding.mentionsProduct(turn.message.text)) {
      turn.data.misses = 0;
      turn.data.offer = PERSON_OFFER;
      return this.write.yesNoQuestion(turn, 'common.answer.unknown', {});
    }
    return this.notUnderstood(turn);
  }

  /**
   * A frozen account or a request for a person, read by the classifier, wins over everything but
   * an answer the current step takes ("about an hour ago" is an answer, whatever the model thinks).
   * The same words as keywords win even over that (see `Understanding.command`).
   */
  private async urgentIntent(turn: Turn): Promise<boolean> {
    const urgent = turn.nlu && turn.nlu.networkScore >= URGENT_MIN_SCORE ? URGENT_INTENTS[turn.nlu.intent] : undefined;
    if (!urgent) return false;
    // The words were there and read as negated or hedged ("not frozen", "whether it is frozen"): not urgent.
    if (urgent.kind === 'frozen' && turn.signals?.frozenMentioned) return false;
    if (urgent.kind === 'human' && turn.signals?.personMentioned) return false;
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
  private topicOf(turn: Turn): { kind: 'procedure'; definition: ProcedureDefinition } | { kind: 'answer'; answer: KnowledgeUnit } | undefined {
    const id = turn.nlu?.intent;
    if (!id) return undefined;
    const definition = this.deps.catalogue.get(id);
    if (definition) return { kind: 'procedure', definition };
    const answer = this.sureFact(turn.nlu!);
    return answer ? { kind: 'answer', answer } : undefined;
  }

  /**
   * The unit the classifier read, when sure enough to state its fact: a wrong fact misleads, a
   * wrong procedure is one "no" away. Otherwise `unclearQuestion` offers it among the closest.
   */
  private sureFact(nlu: IntentResult): KnowledgeUnit | undefined {
    const unit = this.deps.answers.get(nlu.intent);
    return unit && (nlu.score >= FACT_MIN_SCORE || nlu.agreed) ? unit : undefined;
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
      await this.endWrapUp(turn, feedbackSoFar(data.wrapUp.persisted));
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
    if (data.wrapUp) await this.endWrapUp(turn, feedbackSoFar(data.wrapUp.persisted));
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

  private reaskStep(turn: Turn, offerPerson = false): void {
    const { wrapUp, procedure } = turn.data;
    if (wrapUp) {
      const position = procedurePosition(FEEDBACK, wrapUp.persisted);
      if (position.status === 'waiting') this.write.question(turn, position.meta);
      return;
    }
    if (!procedure) return;
    const definition = this.definition(procedure.procedureId);
    const position = procedurePosition(definition, procedure);
    if (position.status === 'waiting') this.write.step(turn, definition, position, offerPerson || this.offersPerson(turn));
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
