/**
 * The contract between procedures (pure XState machines) and whoever drives them.
 * Nothing here knows about channels, botbuilder or any language: machines speak in
 * message keys, parameters and choice ids; the bot layer turns those into text.
 */

import type { MessageKey } from '../locales/messageKeys';

export type { MessageKey };

/** What the current step is waiting for, so the bot knows how to read the user's next message. */
export type Expectation = 'yesNo' | 'choice' | 'duration' | 'number' | 'text' | 'procedure';

/** Lists are formatted by the translator (`{{articles, list(type: conjunction)}}`). */
export type MessageParams = Readonly<Record<string, string | number | readonly string[]>>;

export interface MessageRef {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** A button the step offers. The label is a message key; the id is what `answer.choice` carries back. */
export interface Choice {
  readonly id: string;
  readonly labelKey: MessageKey;
  /** The choice a plain "yes" or "no" picks ("Do you remember the answers?" → no → I forgot them). */
  readonly means?: 'yes' | 'no';
}

/** Attached as `meta` to every state that waits for the user. */
export interface StepMeta {
  readonly prompt: MessageRef;
  readonly expects: Expectation;
  readonly choices?: readonly Choice[];
  /** Position in the happy path, for a "step 3 of 6" hint. */
  readonly step?: number;
  /**
   * With `expects: 'procedure'`: the step is another whole procedure (the SMS code inside the
   * activation). The driver runs it, then sends `procedure.finished` with how it ended.
   */
  readonly procedureId?: string;
  /**
   * What kind of question it is, when that changes how words answer it. `existence`: "is there
   * still…?" (a blocking condition): "there is one" is yes; "nothing", "all completed" is no.
   * `presence`: "do you see it?": "it's on the page" is yes, "the list is empty" no.
   * `arrival`: "has it arrived?", presence for a code or an email: "it came but it's expired" is yes, "no me llega" no.
   * `removal`: "is it gone?": "it's still there" is no, "it no longer shows" yes.
   * `firstTime`: "is this your first visit?": "I've used it before" is no, "never been before" yes.
   * `settled`: "are they all completed?", existence turned around: "nothing pending" is yes, "three are still on their way" no.
   * `offer`: "would you like me to…?": "I'm good", "c'est bon merci", "괜찮아요" decline it.
   * `membership`: "are you a member?": "I sell on AliExpress", "我是买家" say yes; "I've never signed up" no.
   * `history`: "has it ever…?", existence in the past: "j'avais ouvert une boutique", "以前开过个小店" say yes; "never" no.
   */
  readonly asks?: 'existence' | 'presence' | 'arrival' | 'removal' | 'firstTime' | 'settled' | 'offer' | 'membership' | 'history';
  /**
   * The step asks about this itself ("Is your account frozen?"), so saying it answers the step
   * ("yes it's frozen" → yes, "not frozen" → no) instead of starting an escalation. `solved`:
   * "did this solve your problem?", where thanks and "solved" are yes. `forgottenPassword`: "is the problem a forgotten
   * password?", where "I don't remember my password" is yes (elsewhere it is a no: the user cannot do the step).
   * `frozenFunds`: frozen money ("Is there a frozen auction deposit?"), answered as `frozen` is, but an account said to be
   * frozen there is a frozen account ("没有保证金。不过支付宝账户被冻结了").
   */
  readonly about?: 'frozen' | 'frozenFunds' | 'solved' | 'forgottenPassword';
  /**
   * The step asks who the user is (a buyer or a seller, a member): said in the request that started the procedure
   * ("I'm a seller, how do I get into Alipay?", "I sell on AliExpress, how do I withdraw?"), it is taken, not asked again.
   */
  readonly aboutUser?: boolean;
}

/** Normalized answers: the bot layer recognizes text in any language and sends one of these. */
export type AnswerEvent =
  | { readonly type: 'answer.yes' }
  | { readonly type: 'answer.no' }
  | { readonly type: 'answer.choice'; readonly choice: string }
  | { readonly type: 'answer.number'; readonly value: number }
  | { readonly type: 'answer.duration'; readonly minutes: number }
  | { readonly type: 'answer.text'; readonly text: string };

/** Things the user can say at any step that every procedure must react to. */
export type UserEvent = { readonly type: 'user.accountFrozen' };

/** A procedure run as one step of another has ended. */
export type SubProcedureEvent = { readonly type: 'procedure.finished'; readonly outcome: ProcedureOutcome };

export type ProcedureEvent = AnswerEvent | UserEvent | SubProcedureEvent;

export type EscalationReason = 'account_frozen' | 'forgot_security_answers' | 'cannot_log_in' | 'repeated_failure' | 'user_asked';

/**
 * A message a procedure asks to be said later, outside the user's turns: only if the user is then
 * still at one of `whileAt` in the same run, and once. When is the bot's to decide (configuration):
 * the procedure says how long ago what it reminds about began (a code's arrival).
 */
export interface ReminderRequest extends MessageRef {
  readonly kind: 'smsCodeExpiry';
  readonly startedMinutesAgo: number;
  readonly whileAt: readonly string[];
}

/** Emitted by machines (XState `emit`) while they move between steps. */
export type ProcedureEmitted =
  ({ readonly type: 'say' } & MessageRef) | { readonly type: 'escalate'; readonly reason: EscalationReason } | ({ readonly type: 'remind' } & ReminderRequest);

/**
 * `blocked`: the procedure ended at a condition only the user (or another service) can clear
 * (an unbinding condition, a Taobao account only Taobao's customer service can handle).
 */
export type ProcedureOutcome = 'solved' | 'escalated' | 'abandoned' | 'blocked';

/**
 * How a run is recorded: its outcome, or `continued` when it ended by starting another procedure
 * (cannot sign in → recover the login password).
 */
export type RecordedOutcome = ProcedureOutcome | 'continued';

/** Attached as `meta` to every final state: how the procedure ended and what to say last. */
export interface FinalMeta {
  readonly outcome: ProcedureOutcome;
  readonly closing?: MessageRef;
  /** Another procedure to start right away (signing in fails → recover the login password). */
  readonly continueWith?: string;
  /** What ended it, for the desk lead: the blocking condition (`pendingTransactions`), when there is one. */
  readonly reason?: string;
}
