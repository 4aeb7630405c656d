import { ActivityTypes, EventFactory, type Activity, type TurnContext, type Transcript } from 'botbuilder';
import type { Translate } from '../locales/translator';
import { describeForAgent } from '../handoff/forAgent';
import type { HandoffRequest } from '../contracts/liveDesk';

/**
 * The Bot Framework handoff protocol's `handoff.initiate` event, for a contact centre (Omnichannel,
 * LivePerson connectors, Copilot Studio-style hubs): the escalation in `value`, and the
 * conversation so far (already masked by the privacy filter) as the transcript attachment.
 */
export interface HandoffContext {
  readonly reason: string;
  readonly procedureId?: string;
  readonly step?: string;
  readonly locale: string;
  /** For the agent, in the desk's language: why, where, how long. */
  readonly summary: string;
}

export function handoffInitiation(
  context: TurnContext,
  request: HandoffRequest,
  userLanguage: Translate,
  deskLanguage: Translate,
  procedureTitle: (id: string) => string | undefined,
): Partial<Activity> {
  const { summary, lines } = describeForAgent(request, userLanguage, deskLanguage, procedureTitle);
  const value: HandoffContext = {
    reason: request.reason,
    ...(request.procedureId ? { procedureId: request.procedureId, step: request.step } : {}),
    locale: request.locale,
    summary,
  };
  const user = context.activity.from;
  const bot = context.activity.recipient;
  const transcript: Transcript = {
    activities: lines.map((line) => ({
      type: ActivityTypes.Message,
      timestamp: new Date(line.at),
      from: line.from === 'user' ? user : bot,
      recipient: line.from === 'user' ? bot : user,
      conversation: context.activity.conversation,
      channelId: context.activity.channelId,
      text: line.text,
    })) as Activity[],
  };
  return EventFactory.createHandoffInitiation(context, value, transcript);
}

/** The state of a `handoff.status` event, when it is one we know. */
export function handoffStatusOf(activity: Partial<Activity>): 'accepted' | 'failed' | 'completed' | undefined {
  if (activity.type !== ActivityTypes.Event || activity.name !== 'handoff.status') return undefined;
  const state = (activity.value as { state?: unknown } | undefined)?.state;
  return state === 'accepted' || state === 'failed' || state === 'completed' ? state : undefined;
}
