import { ActionTypes, InputHints, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../conversation/reply';

/** Paragraph break between the replies of one turn; Web Chat, Teams and the Emulator render it as markdown. */
export const PARAGRAPH = '\n\n';

/**
 * Turns one turn's replies into a single Bot Framework message: the texts as paragraphs, and the
 * last question's choices as suggested actions (imBack, so a button press arrives as the label
 * text every recognizer reads). One activity per turn means one call to the channel, not several:
 * each is an HTTP round trip, and Teams rate-limits messages per conversation.
 */
export function renderReplies(replies: readonly Reply[]): Partial<Activity>[] {
  if (replies.length === 0) return [];
  const question = [...replies].reverse().find((r) => r.expectsAnswer);
  const activity = MessageFactory.text(
    replies.map((r) => r.text).join(PARAGRAPH),
    undefined,
    question ? InputHints.ExpectingInput : InputHints.AcceptingInput,
  );
  const choices = question?.choices ?? [];
  if (choices.length > 0) {
    activity.suggestedActions = {
      to: [],
      actions: choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.label })),
    };
  }
  return [activity];
}
