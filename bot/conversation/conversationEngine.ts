import type { AnswerCatalogue, ProcedureCatalogue } from '../../dialogs/catalogue';
import type { MessageKey } from '../../dialogs/types';
import type { EscalationPort } from '../contracts/escalationPort';
import type { DeskEvent, HandoffMode, HandoffRequest, LiveDesk } from '../contracts/liveDesk';
import type { OutcomeLog } from '../outcomes/outcomeLog';
import type { Translator } from '../locales/translator';
import { symbolAnswer } from '../understanding/answers/punctuation';
import { hasStars } from '../understanding/answers/ratingReader';
import { hasLettersOrDigits, isPictographicOnly } from '../understanding/text';
import type { Understanding } from '../understanding/understanding';
import { Commands } from './commands';
import { TRANSCRIPT_LINES_KEPT, takeOffer, type ConversationData, type TranscriptLine } from '../contracts/conversationData';
import { chooseInitialLocale } from './conversationLocale';
import { HandoffFlow, type HandoffState } from './handoffFlow';
import { Offers } from './offers';
import { OutcomeRecorder } from './outcomeRecorder';
import { ProcedureStack } from './procedureStack';
import type { Reply } from '../contracts/reply';
import { ReplyWriter } from './replyWriter';
import { MessageRoutes } from './routes';
import { TopicReader } from './topics';
import type { ReminderDue, Turn } from './turn';
import { MAX_MESSAGE_CHARS, type UserMessage } from '../contracts/userMessage';
import { WrapUpFlow } from './wrapUp';

export interface EngineDeps {
  readonly catalogue: ProcedureCatalogue;
  readonly answers: AnswerCatalogue;
  readonly understanding: Understanding;
  readonly translator: Translator;
  readonly escalation: EscalationPort;
  readonly outcomes: OutcomeLog;
  /** Conversations whose runs stay out of the desk lead's figures (the server's own warm-up). */
  readonly uncounted?: ReadonlySet<string>;
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
  /** The user confirmed "delete my data": the bot layer deletes every record of the conversation after this turn. */
  readonly eraseData?: boolean;
  /** Reminders to schedule once the turn is saved (see `reminderDue`). */
  readonly reminders?: readonly ReminderDue[];
  /** Nothing to store: the stored conversation stays as it is (and is not written again). */
  readonly unchanged?: boolean;
}

/**
 * One turn of the conversation, independent of any channel: given the stored conversation and a
 * message, decide what to say and what to store. The botbuilder layer loads, calls this, renders,
 * saves. A message goes: the handoff gate (a person has the conversation) → stale progress → the
 * offer it may answer → input that holds no words → a message being left for the desk → the
 * signals read in it → the first of the routes (`MessageRoutes.inOrder`) that takes it.
 */
export class ConversationEngine {
  private readonly now: () => Date;
  private readonly handoff: HandoffFlow;
  private readonly stack: ProcedureStack;
  private readonly routes: MessageRoutes;
  private readonly write: ReplyWriter;

  constructor(private readonly deps: EngineDeps) {
    this.now = deps.now ?? (() => new Date());
    const { catalogue, answers, understanding, translator } = deps;
    const write = new ReplyWriter(catalogue);
    const record = new OutcomeRecorder(deps.outcomes, this.now, deps.uncounted);
    const wrapUp = new WrapUpFlow(write, understanding, record);
    this.handoff = new HandoffFlow({
      mode: deps.handoffMode ?? 'record',
      desk: deps.desk,
      escalation: deps.escalation,
      understanding,
      write,
      now: this.now,
      wrapUp,
    });
    this.stack = new ProcedureStack(catalogue, write, record, wrapUp, this.handoff, understanding, this.now);
    const commands = new Commands(this.stack, wrapUp, this.handoff, write, translator, understanding);
    const offers = new Offers(this.stack, commands, understanding, write);
    const topics = new TopicReader(catalogue, answers, understanding, translator, write);
    this.routes = new MessageRoutes({ catalogue, understanding, topics, stack: this.stack, wrapUp, offers, commands, handoff: this.handoff, write });
    this.write = write;
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
    return { data, replies: turn.replies, handoffs: turn.handoffs, reminders: turn.reminders, ...(turn.eraseData ? { eraseData: true } : {}) };
  }

  /** A reminder's time came: said if it is still the conversation's and the user is still where it was asked for; once. */
  async reminderDue(stored: ConversationData, id: string, conversationId: string): Promise<EngineResult> {
    // Replaced by a later one, said already, or the conversation deleted since: nothing to say or store.
    if (stored.reminder?.id !== id) return { data: stored, replies: [], unchanged: true };
    return this.outsideTurn(stored, conversationId, (turn) => {
      const { data } = turn;
      const pending = data.reminder!;
      data.reminder = undefined;
      const active = data.procedure;
      if (data.handoff || active?.procedureId !== pending.procedureId || active.run !== pending.run) return;
      if (pending.whileAt.includes(this.stack.stepOf(active))) this.write.say(turn, pending.key, pending.params);
    });
  }

  /** The contact centre's `handoff.status` (handoff protocol). */
  async handoffStatus(stored: ConversationData, state: HandoffState, conversationId: string): Promise<EngineResult> {
    return this.outsideTurn(stored, conversationId, (turn) => this.handoff.contactCentreStatus(turn, state));
  }

  /** The agent hub's news (accepted, an agent's message, ended…), written to the user outside their turns. */
  async deskEvent(stored: ConversationData, event: DeskEvent, conversationId: string): Promise<EngineResult> {
    return this.outsideTurn(stored, conversationId, (turn) => this.handoff.deskEvent(turn, event));
  }

  private async respond(turn: Turn): Promise<void> {
    const { message, data } = turn;
    // The message answered a step that is gone: show where to go from here instead of guessing.
    if (this.stack.discardStaleProgress(turn)) return this.write.menu(turn, 'common.menu.prompt');
    // An offer stands for one message only: whatever comes next answers it or moves on.
    turn.offer = takeOffer(data);
    turn.suggested = data.suggested;
    data.suggested = undefined;
    if (message.privacyFindings.length > 0) this.write.say(turn, 'common.privacy.warning');
    if (await this.unreadable(turn)) return;
    // A message being left for the support team is taken as written, whatever words it holds ("my frozen account…").
    if (data.leaveMessage?.stage === 'writing') return void (await this.handoff.continueLeaveMessage(turn));
    turn.signals = this.deps.understanding.signals(message.text, this.stack.questionOnTheTable(turn), data.locale, data.procedure?.procedureId);
    for (const route of this.routes.inOrder) if (await route(turn)) return;
  }

  /** Input with no words to read (too long, empty, emoji, an attachment alone): said so, and the question asked again. */
  private async unreadable(turn: Turn): Promise<boolean> {
    const { message } = turn;
    if (message.textWasCut) return this.reask(turn, 'common.input.tooLong', { max: MAX_MESSAGE_CHARS });
    if (hasLettersOrDigits(message.text) || hasStars(message.text)) return false;
    // "👍" to a question on the table is an answer (see symbolAnswer); alone after nothing, it is just an emoji.
    if ((turn.data.procedure || turn.data.wrapUp || turn.offer) && symbolAnswer(message.text)) return false;
    if (message.privacyFindings.length > 0) return this.reask(turn);
    if (message.attachmentCount > 0) return this.reask(turn, 'common.input.attachmentOnly');
    if (isPictographicOnly(message.text)) return this.reask(turn, 'common.input.emojiOnly');
    if (message.text.trim() === '') return this.reask(turn, 'common.input.empty');
    await this.stack.notUnderstood(turn);
    return true;
  }

  private reask(turn: Turn, key?: MessageKey, params?: Record<string, string | number>): true {
    this.stack.reask(turn, key, params);
    return true;
  }

  private outsideTurn(stored: ConversationData, conversationId: string, work: (turn: Turn) => void): EngineResult {
    const data = structuredClone(stored);
    const turn = this.turnFor(data, noMessage(conversationId));
    work(turn);
    this.remember(data, turn.replies, []);
    return { data, replies: turn.replies };
  }

  private turnFor(data: ConversationData, message: UserMessage): Turn {
    return { data, message, replies: [], handoffs: [], reminders: [], t: this.deps.translator.forLocale(data.locale ?? this.deps.defaultLocale) };
  }

  /** The transcript a person reads on escalation: the user's words (masked) and the bot's message keys. */
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
