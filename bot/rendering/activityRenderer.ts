import { ActionTypes, CardFactory, InputHints, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../conversation/reply';

/** Paragraph break between the replies of one turn; Web Chat, Teams and the Emulator render it as markdown. */
export const PARAGRAPH = '\n\n';

/** Adaptive Cards 1.5: the highest version Teams renders. */
export const CARD_VERSION = '1.5';

export interface ChannelCapabilities {
  /** False for channels that cannot show Adaptive Cards: choices go out as suggested actions. */
  readonly cards: boolean;
}

/** What a card button sends back. Teams posts `msteams.value` as the message text; Web Chat posts the object as `value`. */
export interface CardAnswer {
  readonly msteams: { readonly type: 'imBack'; readonly value: string };
  readonly answer: string;
}

/**
 * Turns one turn's replies into a single Bot Framework message (one call to the channel, not one
 * per paragraph: each is an HTTP round trip, and Teams rate-limits messages per conversation).
 * What the bot tells goes in the text; the question with its choices becomes an Adaptive Card
 * (step hint, one button per choice), or suggested actions on channels without cards. Either
 * way a button press arrives as the label, read by the same recognizer as typed text.
 */
export function renderReplies(replies: readonly Reply[], capabilities: ChannelCapabilities): Partial<Activity>[] {
  if (replies.length === 0) return [];
  const questionIndex = replies.map((r) => Boolean(r.expectsAnswer && r.choices?.length)).lastIndexOf(true);
  const question = questionIndex >= 0 ? replies[questionIndex] : undefined;
  const hint = replies.some((r) => r.expectsAnswer) ? InputHints.ExpectingInput : InputHints.AcceptingInput;

  if (!question || !capabilities.cards) {
    const activity = MessageFactory.text(replies.map((r) => r.text).join(PARAGRAPH), undefined, hint);
    if (question?.choices) {
      activity.suggestedActions = {
        to: [],
        actions: question.choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.label })),
      };
    }
    return [activity];
  }

  const told = replies.filter((_, i) => i !== questionIndex).map((r) => r.text);
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(questionCard(question)), undefined, undefined, hint);
  if (told.length > 0) activity.text = told.join(PARAGRAPH);
  return [activity];
}

/** The card for a question: its text (wrapping, so long Greek or French lines never cut off), the step, the buttons. */
export function questionCard(question: Reply): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    fallbackText: question.text,
    body: [
      ...(question.progress
        ? [{ type: 'TextBlock', text: question.progress, wrap: true, isSubtle: true, size: 'Small', spacing: 'None' }]
        : []),
      { type: 'TextBlock', text: question.text, wrap: true },
    ],
    actions: (question.choices ?? []).map((choice) => ({
      type: 'Action.Submit',
      title: choice.label,
      data: { msteams: { type: 'imBack', value: choice.label }, answer: choice.label } satisfies CardAnswer,
    })),
  };
}
