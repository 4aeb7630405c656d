import type { EscalationReason, MessageKey } from '../../dialogs/types';
import type { EscalationPort } from '../contracts/escalationPort';
import type { DeskEvent, HandoffMode, LiveDesk, Unavailable } from '../contracts/liveDesk';
import type { Understanding } from '../understanding/understanding';
import type { EscalationWhere, TranscriptLine } from '../contracts/conversationData';
import type { ReplyWriter } from './replyWriter';
import type { Turn } from './turn';
import type { WrapUpFlow } from './wrapUp';
import { PERSON_HELP_ID } from '../outcomes/outcomeLog';

/** A contact centre's `handoff.status`. */
export type HandoffState = 'accepted' | 'failed' | 'completed';

export interface HandoffFlowDeps {
  readonly mode: HandoffMode;
  readonly desk: LiveDesk | undefined;
  readonly escalation: EscalationPort;
  readonly understanding: Understanding;
  readonly write: ReplyWriter;
  readonly now: () => Date;
  /** "Did this solve your problem?" and a rating, once a person hands the conversation back. */
  readonly wrapUp: WrapUpFlow;
}

/**
 * Everything about handing a conversation to a person, in the three ways a desk can work:
 * - `hub`: the built-in agent hub (a queue, the agent console, a live relay);
 * - `protocol`: a contact centre speaking the Bot Framework handoff protocol;
 * - `record`: a masked ticket a person picks up later.
 * And, when no one can take the conversation, "leave a message" (a ticket).
 */
export class HandoffFlow {
  constructor(private readonly deps: HandoffFlowDeps) {}

  /** Hands the conversation over (the procedures in progress have already been ended). */
  async escalate(turn: Turn, reason: EscalationReason, where: Omit<EscalationWhere, 'reason'>): Promise<void> {
    const at = this.deps.now().toISOString();
    const request = { reason, ...where, locale: turn.data.locale!, transcript: this.transcriptWithMessage(turn, at), userMessages: turn.data.userTurns };
    if (this.deps.mode === 'protocol') {
      turn.data.handoff = { via: 'protocol', reason, ...where, at };
      turn.handoffs.push(request);
      turn.data.escalations.push({ ticketId: 'handoff', reason, ...where, at });
      return this.deps.write.say(turn, 'common.handoff.connecting');
    }
    if (this.deps.mode === 'hub' && this.deps.desk) {
      const result = await this.deps.desk.enqueue({ ...request, conversationId: turn.message.conversationId, address: turn.message.address });
      turn.data.escalations.push({ ticketId: 'queue', reason, ...where, at });
      if (result.kind === 'unavailable') return this.offerToLeaveMessage(turn, result, { reason, ...where });
      turn.data.handoff = { via: 'hub', reason, ...where, at };
      return this.deps.write.say(turn, 'common.handoff.queued', { position: result.position, minutes: result.estimatedMinutes });
    }
    this.deps.write.say(turn, 'common.escalation.recorded', { ticket: await this.fileTicket(turn, reason, where) });
  }

  /**
   * A message while a person has (or is about to have) the conversation. False when the desk no
   * longer knows it (ended while the process was down): the bot answers it as usual.
   */
  async duringHandoff(turn: Turn): Promise<boolean> {
    const { data, message } = turn;
    // A contact centre relays the user's messages itself: the bot only keeps the (masked) record.
    if (data.handoff?.via !== 'hub') return true;
    const desk = this.deps.desk;
    const status = desk ? await desk.status(message.conversationId) : ({ kind: 'unknown' } as const);
    if (!desk || status.kind === 'unknown') {
      data.handoff = undefined;
      return false;
    }
    if (message.privacyFindings.length > 0) this.deps.write.say(turn, 'common.privacy.warning');
    if (status.kind === 'queued' && this.deps.understanding.command(message.text)?.kind === 'cancel') {
      await desk.leave(message.conversationId);
      data.handoff = undefined;
      this.sayThenMenu(turn, 'common.handoff.leftQueue');
      return true;
    }
    if (message.text.trim() !== '') await desk.fromUser(message.conversationId, message.text);
    else if (message.attachmentCount > 0) this.deps.write.say(turn, 'common.handoff.attachmentNotPassed');
    if (status.kind === 'queued') {
      this.deps.write.say(turn, 'common.handoff.stillWaiting', { position: status.position, minutes: status.estimatedMinutes });
    }
    return true;
  }

  /** The agent hub's news for this conversation, sent outside the user's turns. */
  deskEvent(turn: Turn, event: DeskEvent): void {
    const handoff = turn.data.handoff;
    // The user left the queue while this was on its way, or the conversation was reset.
    if (handoff?.via !== 'hub') return;
    const { write } = this.deps;
    switch (event.kind) {
      case 'accepted':
        return write.say(turn, 'common.handoff.agentJoined', { agent: event.agentName });
      case 'agentMessage':
        return write.say(turn, 'common.handoff.agentSays', { agent: event.agentName, text: event.text });
      case 'transferred':
        return write.say(turn, 'common.handoff.transferred', { agent: event.agentName });
      case 'queued':
        return write.say(turn, 'common.handoff.requeued', { position: event.position, minutes: event.estimatedMinutes });
      case 'ended':
        turn.data.handoff = undefined;
        if (event.by === 'userSilence') return this.sayThenMenu(turn, 'common.handoff.endedForSilence');
        write.say(turn, 'common.handoff.agentEnded', { agent: event.agentName ?? '' });
        return this.deps.wrapUp.start(turn, PERSON_HELP_ID, handoff.step ?? 'conversation');
      case 'unavailable':
        turn.data.handoff = undefined;
        return this.offerToLeaveMessage(turn, event, handoff);
    }
  }

  /**
   * The contact centre's `handoff.status`: accepted → stay silent; failed → say so and offer to
   * leave a message; completed → the bot is back and asks how the help was.
   */
  contactCentreStatus(turn: Turn, state: HandoffState): void {
    const handoff = turn.data.handoff;
    // Only about a handoff the bot gave a contact centre (older state has no `via`): a status
    // during a chat with the built-in hub is not the contact centre's to end.
    if (!handoff || handoff.via === 'hub') return;
    // Accepted: nothing changes for the bot, which already stays silent.
    if (state === 'accepted') return;
    if (state === 'failed') {
      turn.data.handoff = undefined;
      this.deps.write.say(turn, 'common.handoff.failed');
      this.offerMessage(turn, handoff);
    } else {
      turn.data.handoff = undefined;
      this.deps.write.say(turn, 'common.handoff.completed');
      this.deps.wrapUp.start(turn, PERSON_HELP_ID, handoff.step ?? 'conversation');
    }
  }

  /** "Leave a message?" → the message → a ticket a person picks up. False when the message is no answer to it. */
  async continueLeaveMessage(turn: Turn): Promise<boolean> {
    const pending = turn.data.leaveMessage!;
    turn.data.leaveMessage = undefined;
    if (pending.stage === 'offered') {
      const yes = this.deps.understanding.yesNo(turn.message.text, turn.data.locale!, 'offer');
      if (yes === undefined) return false;
      if (!yes) {
        this.deps.write.menu(turn, 'common.procedure.anythingElse');
        return true;
      }
      turn.data.leaveMessage = { ...pending, stage: 'writing' };
      this.deps.write.say(turn, 'common.handoff.writeMessage');
      return true;
    }
    const { reason, ...where } = pending.escalation;
    this.deps.write.say(turn, 'common.handoff.messageLeft', { ticket: await this.fileTicket(turn, reason, where, turn.message.text) });
    return true;
  }

  /** Why no one can come, then "leave a message?". */
  private offerToLeaveMessage(turn: Turn, why: Unavailable, escalation: EscalationWhere): void {
    const { write } = this.deps;
    if (why.why === 'closed' && why.opensAt) {
      const opens = new Intl.DateTimeFormat(turn.data.locale, {
        weekday: 'long',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: why.timeZone,
        timeZoneName: 'short',
      }).format(new Date(why.opensAt));
      write.say(turn, 'common.handoff.closed', { opens });
    } else {
      const key = { queueTimeout: 'common.handoff.queueTimeout', queueFull: 'common.handoff.queueFull', nobodyOnline: 'common.handoff.nobodyOnline' } as const;
      write.say(turn, why.why === 'closed' ? key.nobodyOnline : key[why.why]);
    }
    this.offerMessage(turn, escalation);
  }

  private offerMessage(turn: Turn, escalation: EscalationWhere): void {
    turn.data.leaveMessage = { stage: 'offered', escalation: { reason: escalation.reason, procedureId: escalation.procedureId, step: escalation.step } };
    this.deps.write.yesNoQuestion(turn, 'common.handoff.offerMessage', {});
  }

  private sayThenMenu(turn: Turn, key: MessageKey): void {
    this.deps.write.say(turn, key);
    this.deps.write.menu(turn, 'common.menu.prompt');
  }

  /** A masked request a person picks up (the escalation port); returns its reference. */
  private async fileTicket(turn: Turn, reason: EscalationReason, where: Omit<EscalationWhere, 'reason'>, messageLeft?: string): Promise<string> {
    const at = this.deps.now().toISOString();
    const ticket = await this.deps.escalation.escalate({
      conversationId: turn.message.conversationId,
      reason,
      ...(where.procedureId ? { procedureId: where.procedureId, step: where.step } : {}),
      ...(where.stepsDone?.length ? { stepsDone: where.stepsDone } : {}),
      locale: turn.data.locale!,
      // A message left is the ticket's own field, not a line of the conversation before it.
      ...(messageLeft ? { transcript: [...turn.data.transcript], messageLeft } : { transcript: this.transcriptWithMessage(turn, at) }),
      requestedAt: at,
    });
    turn.data.escalations.push({ ticketId: ticket.id, reason, ...where, at });
    return ticket.id;
  }

  /** The conversation so far with this turn's message, which the engine has not added yet. */
  private transcriptWithMessage(turn: Turn, at: string): TranscriptLine[] {
    return turn.message.text ? [...turn.data.transcript, { from: 'user', text: turn.message.text, at }] : [...turn.data.transcript];
  }
}
