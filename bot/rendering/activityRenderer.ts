import { ActionTypes, InputHints, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../conversation/reply';

/**
 * Turns channel-neutral replies into Bot Framework activities: text, with the choices as
 * suggested actions (imBack, so a button press arrives as the label text every recognizer reads).
 */
export function renderReplies(replies: readonly Reply[]): Partial<Activity>[] {
  return replies.map((reply) => {
    const activity = MessageFactory.text(reply.text, undefined, reply.expectsAnswer ? InputHints.ExpectingInput : InputHints.AcceptingInput);
    if (reply.choices && reply.choices.length > 0) {
      activity.suggestedActions = {
        to: [],
        actions: reply.choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.label })),
      };
    }
    return activity;
  });
}
