import type { Translate } from '../locales/translator';
import type { HandoffRequest } from '../contracts/liveDesk';

/** One line of a conversation as a person reads it: the bot's keys rendered in the user's language. */
export interface ReadableLine {
  readonly from: 'user' | 'bot' | 'agent';
  readonly text: string;
  readonly at: string;
  /** Which agent wrote it (`from: 'agent'`). */
  readonly agent?: string;
}

export interface ForAgent {
  /** Why, where, how long, in the desk's language. */
  readonly summary: string;
  /** What the user saw, in their language (already masked: the transcript is kept masked). */
  readonly lines: readonly ReadableLine[];
}

/** Renders what a person taking over needs; shared by the contact centre's handoff event and the agent hub. */
export function describeForAgent(
  request: HandoffRequest,
  userLanguage: Translate,
  deskLanguage: Translate,
  procedureTitle: (id: string) => string | undefined,
): ForAgent {
  const title = request.procedureId ? procedureTitle(request.procedureId) : undefined;
  const summary = deskLanguage('common.handoff.summary', {
    reason: request.reason,
    procedure: title ? `${title} (${request.procedureId}, ${request.step})` : '—',
    messages: request.transcript.filter((l) => l.from === 'user').length,
  });
  const lines = request.transcript.map((line): ReadableLine =>
    line.from === 'user' ? { from: 'user', text: line.text, at: line.at } : { from: 'bot', text: userLanguage(line.key, line.params), at: line.at },
  );
  return { summary, lines };
}
