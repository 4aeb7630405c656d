import type { StepMeta } from '../../dialogs/types';
import type { IntentResult } from '../understanding/intents/intentClassifier';
import type { MessageSignals, StepReading } from '../understanding/understanding';
import type { Translate } from '../locales/translator';
import type { HandoffRequest } from '../contracts/liveDesk';
import type { ConversationData, Offer } from '../contracts/conversationData';
import type { Reply } from '../contracts/reply';
import type { UserMessage } from '../contracts/userMessage';

export interface ReminderDue {
  readonly id: string;
  readonly startedMinutesAgo: number;
  /** The conversation's earlier reminder, now replaced: its job can go (one per conversation). */
  readonly replaces?: string;
}

/** Mutable working state of one turn, shared by the engine and the reply writer. */
export interface Turn {
  readonly data: ConversationData;
  readonly message: UserMessage;
  readonly replies: Reply[];
  readonly handoffs: HandoffRequest[];
  /** Reminders to schedule once the turn is saved: the conversation's `reminder`, and how long ago what it reminds about began. */
  readonly reminders: ReminderDue[];
  t: Translate;
  /** What the classifier made of the message (set once the message is known to be text). */
  nlu?: IntentResult;
  /** Frozen account, a person, a language, a stop, read in the message before anything else. */
  signals?: MessageSignals;
  /** What the message gave the question on the table (an answer, or "not sure"). */
  reading?: StepReading;
  /** What the previous reply offered with Yes and No (it stands for this message only). */
  offer?: Offer;
  /** The user confirmed "delete my data": everything about the conversation goes once this turn's replies are out. */
  eraseData?: boolean;
  /**
   * The request that starts a procedure this turn, or the answer that moves it on, as typed: the next step reads it when
   * it is about the user (StepMeta.aboutUser) or a choice its words may name ("yes I'm there, it asks me to activate").
   */
  told?: string;
  /** `told` is the request that started the procedure, not a step's answer: it also answers a first "has it arrived?". */
  toldInRequest?: boolean;
  /** `told` is what a report said past the clauses that answered this step (see reportAhead): the next steps take their parts. */
  toldPast?: StepMeta;
  /** The answers and procedures the previous reply offered as "is it one of these?" (this message only). */
  suggested?: readonly string[];
}
