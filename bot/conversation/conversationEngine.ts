import type { ProcedureCatalogue } from '../../dialogs/catalogue';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import {
  procedurePosition,
  sendToProcedure,
  startProcedure,
  type EscalationNeeded,
  type ProcedurePosition,
  type ProcedureTurn,
} from '../../dialogs/runner';
import type { Choice, EscalationReason, ProcedureEvent, ProcedureOutcome } from '../../dialogs/types';
import type { EscalationPort } from '../escalation/escalationPort';
import type { Translate, Translator } from '../rendering/translator';
import { hasLettersOrDigits, isPictographicOnly } from '../understanding/text';
import type { Command, OfferedChoice, Understanding } from '../understanding/understanding';
import {
  OUTCOMES_KEPT,
  TRANSCRIPT_LINES_KEPT,
  type ConversationData,
  type TranscriptLine,
} from './conversationData';
import type { Reply } from './reply';
import { MAX_MESSAGE_CHARS, type UserMessage } from './userMessage';

/**
 * One turn of the conversation, independent of any channel: given the stored conversation and a
 * message, decide what to say and what to store. The botbuilder layer loads, calls this, renders, saves.
 */
export interface EngineDeps {
  readonly catalogue: ProcedureCatalogue;
  readonly understanding: Understanding;
  readonly translator: Translator;
  readonly escalation: EscalationPort;
  readonly defaultLocale: string;
  readonly now?: () => Date;
}

export interface EngineResult {
  readonly data: ConversationData;
  readonly replies: readonly Reply[];
}

/** After this many messages in a row it did not understand, the bot offers a person. */
const MISSES_BEFORE_OFFERING_PERSON = 3;
const HUMAN_CHOICE_ID = 'human';

/** Mutable working state of one turn. */
interface Turn {
  readonly data: ConversationData;
  readonly message: UserMessage;
  readonly replies: Reply[];
  t: Translate;
}

type CommandHandler = (turn: Turn, command: Command) => Promise<void>;

export class ConversationEngine {
  private readonly now: () => Date;
  private readonly commandHandlers: Readonly<Record<Command['kind'], CommandHandler>>;

  constructor(private readonly deps: EngineDeps) {
    this.now = deps.now ?? (() => new Date());
    this.commandHandlers = {
      frozen: (turn) => this.onAccountFrozen(turn),
      human: (turn) => this.escalate(turn, 'user_asked', this.currentStep(turn)),
      language: async (turn, command) => this.onSwitchLanguage(turn, command),
      cancel: async (turn) => this.onCancel(turn),
      restart: async (turn) => this.onRestart(turn),
      menu: async (turn) => this.showMenu(turn, 'common.menu.help'),
    };
  }

  /** First contact: greet and show what the bot can do. */
  welcome(stored: ConversationData, channelLocale: string | undefined): EngineResult {
    const data = structuredClone(stored);
    if (!data.locale) this.chooseInitialLocale(data, channelLocale, undefined);
    const turn = this.turnFor(data, { conversationId: '', text: '', textWasCut: false, attachmentCount: 0, privacyFindings: [] });
    this.showMenu(turn, 'common.welcome');
    this.remember(data, turn.replies, []);
    return { data, replies: turn.replies };
  }

  async handleMessage(stored: ConversationData, message: UserMessage): Promise<EngineResult> {
    const data = structuredClone(stored);
    this.chooseInitialLocale(data, message.channelLocale, message.text);
    data.userTurns += 1;
    const turn = this.turnFor(data, message);
    await this.respond(turn);
    this.remember(data, turn.replies, [{ from: 'user', text: message.text, at: this.now().toISOString() }]);
    return { data, replies: turn.replies };
  }

  private async respond(turn: Turn): Promise<void> {
    const { message } = turn;
    if (message.privacyFindings.length > 0) this.say(turn, 'common.privacy.warning');

    if (message.textWasCut) return this.reask(turn, 'common.input.tooLong', { max: MAX_MESSAGE_CHARS });
    if (!hasLettersOrDigits(message.text)) {
      if (message.privacyFindings.length > 0) return this.reask(turn);
      if (message.attachmentCount > 0) return this.reask(turn, 'common.input.attachmentOnly');
      if (isPictographicOnly(message.text)) return this.reask(turn, 'common.input.emojiOnly');
      if (message.text.trim() === '') return this.reask(turn, 'common.input.empty');
      return this.notUnderstood(turn);
    }

    const command = this.deps.understanding.command(message.text) ?? this.pressedHumanButton(turn);
    if (command) {
      turn.data.misses = 0;
      return this.commandHandlers[command.kind](turn, command);
    }
    if (turn.data.procedure) return this.continueProcedure(turn);
    return this.routeFreeText(turn);
  }

  // --- procedures -------------------------------------------------------------------------

  private async continueProcedure(turn: Turn): Promise<void> {
    const stored = turn.data.procedure!;
    const definition = this.definition(stored.procedureId);
    const position = procedurePosition(definition, stored);
    if (position.status !== 'waiting') return this.finishProcedure(turn, definition, position, []);

    const choices = this.offeredChoices(turn, position.meta.choices);
    const event = this.deps.understanding.answer(turn.message.text, turn.data.locale!, position.meta, choices);
    const result = event ? sendToProcedure(definition, stored, event) : undefined;
    if (result?.accepted) {
      turn.data.misses = 0;
      return this.applyProcedureTurn(turn, definition, result);
    }
    // Not an answer to this step: maybe the user picked something else from the menu.
    const other = this.procedureChosen(turn);
    if (other && other !== definition.id) {
      this.recordOutcome(turn.data, definition.id, 'abandoned');
      return this.beginProcedure(turn, this.definition(other));
    }
    return this.notUnderstood(turn);
  }

  private async beginProcedure(turn: Turn, definition: ProcedureDefinition): Promise<void> {
    turn.data.misses = 0;
    turn.data.procedure = undefined;
    this.say(turn, 'common.procedure.starting', { title: turn.t(definition.titleKey) });
    return this.applyProcedureTurn(turn, definition, startProcedure(definition));
  }

  private async applyProcedureTurn(turn: Turn, definition: ProcedureDefinition, result: ProcedureTurn): Promise<void> {
    turn.data.procedure = { ...result.persisted, startedAt: turn.data.procedure?.startedAt ?? this.now().toISOString() };
    for (const message of result.messages) this.say(turn, message.key, message.params);
    if (result.position.status === 'done') return this.finishProcedure(turn, definition, result.position, result.escalations);
    this.askStep(turn, definition, result.position);
  }

  private async finishProcedure(
    turn: Turn,
    definition: ProcedureDefinition,
    position: Extract<ProcedurePosition, { status: 'done' }>,
    escalations: readonly EscalationNeeded[],
  ): Promise<void> {
    turn.data.procedure = undefined;
    this.recordOutcome(turn.data, definition.id, position.meta.outcome);
    if (position.meta.closing) this.say(turn, position.meta.closing.key, position.meta.closing.params);
    for (const e of escalations) await this.recordEscalation(turn, e.reason, e);
    if (escalations.length === 0) this.showMenu(turn, 'common.procedure.anythingElse');
  }

  private askStep(turn: Turn, definition: ProcedureDefinition, position: Extract<ProcedurePosition, { status: 'waiting' }>): void {
    const { meta } = position;
    const choices = [...this.offeredChoices(turn, meta.choices)];
    if (turn.data.misses >= MISSES_BEFORE_OFFERING_PERSON) {
      choices.push({ id: HUMAN_CHOICE_ID, label: turn.t('common.menu.talkToPerson') });
    }
    turn.replies.push({
      text: turn.t(meta.prompt.key, meta.prompt.params),
      source: meta.prompt,
      choices,
      expectsAnswer: true,
      ...(meta.step ? { progress: turn.t('common.procedure.progress', { step: meta.step, total: definition.totalSteps }) } : {}),
    });
  }

  // --- outside a procedure ----------------------------------------------------------------

  private async routeFreeText(turn: Turn): Promise<void> {
    const procedureId = this.procedureChosen(turn);
    if (procedureId) return this.beginProcedure(turn, this.definition(procedureId));
    if (this.deps.understanding.isGreeting(turn.message.text)) {
      turn.data.misses = 0;
      return this.showMenu(turn, 'common.greeting');
    }
    // "No" to "anything else?" (the menu) ends the exchange politely.
    if (this.deps.understanding.yesNo(turn.message.text, turn.data.locale!) === false) {
      turn.data.misses = 0;
      return this.say(turn, 'common.goodbye');
    }
    return this.notUnderstood(turn);
  }

  private procedureChosen(turn: Turn): string | undefined {
    const { understanding } = this.deps;
    const menu = this.menuChoices(turn);
    const id =
      understanding.matchChoice(turn.message.text, turn.data.locale!, menu) ??
      understanding.procedureMentioned(turn.message.text, turn.data.locale!);
    return id && this.deps.catalogue.has(id) ? id : undefined;
  }

  private notUnderstood(turn: Turn): void {
    turn.data.misses += 1;
    const offerPerson = turn.data.misses >= MISSES_BEFORE_OFFERING_PERSON;
    if (turn.data.procedure) {
      this.say(turn, offerPerson ? 'common.procedure.stillNotUnderstood' : 'common.procedure.notUnderstood');
      const definition = this.definition(turn.data.procedure.procedureId);
      const position = procedurePosition(definition, turn.data.procedure);
      if (position.status === 'waiting') this.askStep(turn, definition, position);
      return;
    }
    this.showMenu(turn, offerPerson ? 'common.notUnderstoodOfferPerson' : 'common.notUnderstood');
  }

  // --- commands -----------------------------------------------------------------------------

  private async onAccountFrozen(turn: Turn): Promise<void> {
    const stored = turn.data.procedure;
    if (stored) {
      const definition = this.definition(stored.procedureId);
      const result = sendToProcedure(definition, stored, { type: 'user.accountFrozen' } satisfies ProcedureEvent);
      if (result.accepted && result.escalations.length > 0) {
        this.say(turn, 'common.escalation.frozen');
        return this.applyProcedureTurn(turn, definition, result);
      }
    }
    this.say(turn, 'common.escalation.frozen');
    return this.escalate(turn, 'account_frozen', this.currentStep(turn));
  }

  private async escalate(turn: Turn, reason: EscalationReason, where: { procedureId?: string; step?: string }): Promise<void> {
    if (turn.data.procedure) {
      this.recordOutcome(turn.data, turn.data.procedure.procedureId, 'escalated');
      turn.data.procedure = undefined;
    }
    await this.recordEscalation(turn, reason, where);
  }

  private async recordEscalation(turn: Turn, reason: EscalationReason, where: { procedureId?: string; step?: string }): Promise<void> {
    const at = this.now().toISOString();
    const ticket = await this.deps.escalation.escalate({
      conversationId: turn.message.conversationId,
      reason,
      ...(where.procedureId ? { procedureId: where.procedureId, step: where.step } : {}),
      locale: turn.data.locale!,
      transcript: [...turn.data.transcript, { from: 'user', text: turn.message.text, at }],
      requestedAt: at,
    });
    turn.data.escalations.push({ ticketId: ticket.id, reason, ...where, at });
    this.say(turn, 'common.escalation.recorded', { ticket: ticket.id });
  }

  private onSwitchLanguage(turn: Turn, command: Command): void {
    if (command.kind !== 'language') return;
    turn.data.locale = command.locale;
    turn.data.localeChosenBy = 'user';
    turn.t = this.deps.translator.forLocale(command.locale);
    this.reask(turn, 'common.language.switched');
  }

  private onCancel(turn: Turn): void {
    const stored = turn.data.procedure;
    if (!stored) return this.showMenu(turn, 'common.procedure.nothingToCancel');
    this.recordOutcome(turn.data, stored.procedureId, 'abandoned');
    turn.data.procedure = undefined;
    this.showMenu(turn, 'common.procedure.cancelled');
  }

  private onRestart(turn: Turn): Promise<void> | void {
    const stored = turn.data.procedure;
    if (!stored) return this.showMenu(turn, 'common.menu.help');
    this.recordOutcome(turn.data, stored.procedureId, 'abandoned');
    return this.beginProcedure(turn, this.definition(stored.procedureId));
  }

  // --- shared helpers -----------------------------------------------------------------------

  /** Says `key` (if given), then asks the current step again, or shows the menu when no procedure runs. */
  private reask(turn: Turn, key?: string, params?: Record<string, string | number>): void {
    if (key) this.say(turn, key, params);
    const stored = turn.data.procedure;
    if (!stored) return this.showMenu(turn, 'common.menu.prompt');
    const definition = this.definition(stored.procedureId);
    const position = procedurePosition(definition, stored);
    if (position.status === 'waiting') this.askStep(turn, definition, position);
  }

  private showMenu(turn: Turn, introKey: string): void {
    const choices = [...this.menuChoices(turn), { id: HUMAN_CHOICE_ID, label: turn.t('common.menu.talkToPerson') }];
    turn.replies.push({ text: turn.t(introKey), source: { key: introKey }, choices, expectsAnswer: true });
  }

  /** The translator keeps parameter-less strings, so these labels are not re-rendered each turn. */
  private menuChoices(turn: Turn): OfferedChoice[] {
    return [...this.deps.catalogue.values()].map((d) => ({ id: d.id, label: turn.t(d.titleKey) }));
  }

  private offeredChoices(turn: Turn, choices: readonly Choice[] | undefined): OfferedChoice[] {
    return (choices ?? []).map((c) => ({ id: c.id, label: turn.t(c.labelKey) }));
  }

  private pressedHumanButton(turn: Turn): Command | undefined {
    const human = [{ id: HUMAN_CHOICE_ID, label: turn.t('common.menu.talkToPerson') }];
    return this.deps.understanding.matchChoice(turn.message.text, turn.data.locale!, human) ? { kind: 'human' } : undefined;
  }

  private say(turn: Turn, key: string, params?: Readonly<Record<string, string | number>>): void {
    turn.replies.push({ text: turn.t(key, params), source: { key, ...(params ? { params } : {}) } });
  }

  private currentStep(turn: Turn): { procedureId?: string; step?: string } {
    const stored = turn.data.procedure;
    if (!stored) return {};
    return { procedureId: stored.procedureId, step: procedurePosition(this.definition(stored.procedureId), stored).stepId };
  }

  private definition(id: string): ProcedureDefinition {
    const definition = this.deps.catalogue.get(id);
    if (!definition) throw new Error(`Unknown procedure "${id}" in stored conversation state.`);
    return definition;
  }

  private turnFor(data: ConversationData, message: UserMessage): Turn {
    return { data, message, replies: [], t: this.deps.translator.forLocale(data.locale ?? this.deps.defaultLocale) };
  }

  /**
   * The channel's locale wins when it sent one; otherwise the text's language. Until the user has
   * said anything, an unmistakable language in their first message overrides the channel's (an
   * English browser, a Chinese user). An explicit switch always sticks.
   */
  private chooseInitialLocale(data: ConversationData, channelLocale: string | undefined, text: string | undefined): void {
    const { understanding, defaultLocale } = this.deps;
    if (data.localeChosenBy === 'user') return;
    const fromText = text ? understanding.detectLanguage(text) : undefined;
    if (data.userTurns === 0 && fromText) {
      data.locale = fromText;
      data.localeChosenBy = 'text';
      return;
    }
    if (data.locale) return;
    const fromChannel = understanding.supportedLocale(channelLocale);
    data.locale = fromChannel ?? defaultLocale;
    data.localeChosenBy = fromChannel ? 'channel' : 'default';
  }

  private recordOutcome(data: ConversationData, procedureId: string, outcome: ProcedureOutcome): void {
    data.outcomes.push({ procedureId, outcome, at: this.now().toISOString() });
    if (data.outcomes.length > OUTCOMES_KEPT) data.outcomes.splice(0, data.outcomes.length - OUTCOMES_KEPT);
  }

  private remember(data: ConversationData, replies: readonly Reply[], userLines: readonly TranscriptLine[]): void {
    const at = this.now().toISOString();
    data.transcript.push(...userLines, ...replies.map((r) => ({ from: 'bot' as const, ...r.source, at })));
    if (data.transcript.length > TRANSCRIPT_LINES_KEPT) {
      data.transcript.splice(0, data.transcript.length - TRANSCRIPT_LINES_KEPT);
    }
  }
}
