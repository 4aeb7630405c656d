import type { PersistedProcedure } from '../../dialogs/runner';
import type { EscalationReason, MessageKey, MessageParams, RecordedOutcome } from '../../dialogs/types';

/**
 * One run of a procedure as the desk lead sees it: which steps it reached and how many answers
 * the bot could not read on the way. Optional: state saved by older versions has none.
 */
export interface RunTrace {
  readonly run?: string;
  /** The procedure's own steps reached, in order (a step asked again in a row counts once; generic person offers are left out). */
  readonly path?: readonly string[];
  readonly misunderstood?: number;
  /** A rating given before it was asked ("thanks! 5 stars" mid-procedure): recorded with the run, not asked for again. */
  readonly rating?: number;
}

export type ActiveProcedure = PersistedProcedure & RunTrace & { readonly startedAt: string };

/**
 * A procedure waiting under the active one: it runs the active one as a step (`subProcedure`,
 * the SMS code inside the activation), or the user switched away mid-way (`interrupted`).
 */
export type PausedProcedure = ActiveProcedure & { readonly why: 'subProcedure' | 'interrupted' };

/** Why and from where a conversation went to a person. */
export interface EscalationWhere {
  readonly reason: EscalationReason;
  readonly procedureId?: string;
  readonly step?: string;
  /** The procedure's steps the user went through before `step`, for the person taking over. */
  readonly stepsDone?: readonly string[];
}

/** Which way the conversation went to a person, and why. Whether it is waiting or live is the desk's to know (the hub, the contact centre). */
export interface LiveHandoff extends EscalationWhere {
  /** The built-in agent hub, or a contact centre speaking the handoff protocol (older state: protocol). */
  readonly via?: 'hub' | 'protocol';
  readonly at: string;
}

/** "Did this solve your problem?" and the rating, after a procedure ran to its end. */
export interface WrapUp {
  readonly procedureId: string;
  /** The step the procedure ended on, for the record and for an escalation. */
  readonly finalStep: string;
  readonly persisted: PersistedProcedure;
  /** The last question was not understood and asked again: the next unreadable answer ends the wrap-up. */
  readonly askedAgain?: boolean;
  /** The run being wrapped up, recorded with the answers. */
  readonly trace?: RunTrace & { readonly startedAt?: string };
}

/**
 * A yes/no offer of the conversation's own: start the procedure an answer relates to, a person
 * after "the articles don't say", and mid-procedure, stop it (the classifier read a wish to stop:
 * never a silent cancel) or switch to another one (the words sounded like it).
 */
export type Offer =
  /**
   * `told`: the question it answered, read by the procedure's steps about the user if a yes starts it (StepMeta.aboutUser).
   * `answered`: the answer just given, what a follow-up question's "that" is ("is there a fee for that?").
   */
  | { readonly kind: 'procedure'; readonly procedureId: string; readonly told?: string; readonly answered?: string }
  /** `reason`: why the person is offered, when not only asked for (a frozen account the articles send elsewhere). */
  | { readonly kind: 'person'; readonly reason?: 'account_frozen' }
  | { readonly kind: 'stop' }
  | { readonly kind: 'switch'; readonly procedureId: string }
  /** "Delete my data?": a yes deletes the conversation's every record after this turn. */
  | { readonly kind: 'eraseData' };

/**
 * A reminder scheduled for later: said when due only if this is still the conversation's reminder
 * (a later one replaces it) and the user is still at one of `whileAt` in the same run.
 */
export interface PendingReminder {
  readonly id: string;
  readonly procedureId: string;
  readonly run: string;
  readonly key: MessageKey;
  readonly params?: MessageParams;
  readonly whileAt: readonly string[];
}

/** Everything the bot keeps about one conversation, saved once per turn. Plain JSON. */
export interface ConversationData {
  locale?: string;
  /** Who chose the locale: an explicit user choice always sticks. */
  localeChosenBy?: 'channel' | 'text' | 'user' | 'default';
  userTurns: number;
  procedure?: ActiveProcedure;
  /** Procedures waiting under the active one, innermost last. */
  paused?: PausedProcedure[];
  wrapUp?: WrapUp;
  /** What the last reply offered with Yes and No: the next message answers it or it lapses. */
  offer?: Offer;
  /** "Is it one of these?": the answers and procedures just offered when a question was unclear; a title picks one. */
  suggested?: string[];
  /** A person has the conversation, or it waits for one: the bot stays out until it is handed back. */
  handoff?: LiveHandoff;
  /** When no one could take the conversation: offered to leave a message, or waiting for it. */
  leaveMessage?: { readonly stage: 'offered' | 'writing'; readonly escalation: EscalationWhere };
  /** The reminder the active procedure asked for (an SMS code about to expire), until it is due. */
  reminder?: PendingReminder;
  /** Messages in a row the bot did not understand. */
  misses: number;
  outcomes: Array<{
    readonly procedureId: string;
    readonly outcome: RecordedOutcome;
    readonly solved?: boolean | null;
    readonly rating?: number | null;
    /** The state it ended in and the run's id in the outcome log: a rating given later amends that run. */
    readonly step?: string;
    readonly run?: string;
    readonly at: string;
  }>;
  escalations: Array<{
    readonly ticketId: string;
    readonly reason: EscalationReason;
    readonly procedureId?: string;
    readonly step?: string;
    readonly at: string;
  }>;
  /** The recent conversation, masked, handed to a person on escalation. */
  transcript: TranscriptLine[];
}

/**
 * The user's words (masked), and the bot's as message keys: a tenth of the size of rendered text in
 * state that is read, cloned and written every turn, and a person can read them in their own language.
 */
export type TranscriptLine =
  | { readonly from: 'user'; readonly text: string; readonly at: string }
  | { readonly from: 'bot'; readonly key: MessageKey; readonly params?: MessageParams; readonly at: string };

export const TRANSCRIPT_LINES_KEPT = 40;
export const OUTCOMES_KEPT = 20;

export function emptyConversationData(): ConversationData {
  return { userTurns: 0, misses: 0, outcomes: [], escalations: [], transcript: [] };
}

/**
 * The offer stored with the conversation, also as an older version kept it (`offer` a procedure
 * id or "person", `switchOffer`, `stopOffer`), so a restart across versions loses no answer.
 */
export function takeOffer(data: ConversationData): Offer | undefined {
  const legacy = data as { offer?: Offer | string; switchOffer?: string; stopOffer?: boolean };
  const { offer, switchOffer, stopOffer } = legacy;
  delete legacy.offer;
  delete legacy.switchOffer;
  delete legacy.stopOffer;
  if (typeof offer === 'object') return offer;
  if (offer === 'person') return { kind: 'person' };
  if (offer) return { kind: 'procedure', procedureId: offer };
  if (switchOffer) return { kind: 'switch', procedureId: switchOffer };
  return stopOffer ? { kind: 'stop' } : undefined;
}
