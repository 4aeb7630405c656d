import { ActionTypes, CardFactory, InputHints, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../contracts/reply';

/** Paragraph break between the replies of one turn; Web Chat, Teams and the Emulator render it as markdown. */
export const PARAGRAPH = '\n\n';

/** Adaptive Cards 1.5: the highest version Teams renders. */
export const CARD_VERSION = '1.5';

/** Hosts show at most this many buttons in one row of actions (the Adaptive Cards default host config). */
export const MAX_ACTIONS_PER_SET = 5;

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

/**
 * The card for a question: its text (wrapping, so long Greek or French lines never cut off), the
 * step, the buttons. Grouped choices (the menu, by product) go under headings in the body; the
 * others stay at the bottom.
 */
export function questionCard(question: Reply): Record<string, unknown> {
  const grouped = new Set((question.groups ?? []).flatMap((g) => g.choices.map((c) => c.id)));
  const ungrouped = (question.choices ?? []).filter((c) => !grouped.has(c.id));
  // More buttons than a row holds (a rating from 1 to 5 and "Skip") go into the body, in rows.
  const bottomRow = ungrouped.length <= MAX_ACTIONS_PER_SET ? ungrouped : [];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    fallbackText: question.text,
    body: [
      ...(question.progress ? [{ type: 'TextBlock', text: question.progress, wrap: true, isSubtle: true, size: 'Small', spacing: 'None' }] : []),
      { type: 'TextBlock', text: question.text, wrap: true },
      ...(question.groups ?? []).flatMap((group) => [
        { type: 'TextBlock', text: group.title, wrap: true, weight: 'Bolder', spacing: 'Medium' },
        ...actionRows(group.choices),
      ]),
      ...(bottomRow.length === ungrouped.length ? [] : actionRows(ungrouped)),
    ],
    actions: bottomRow.map(submitAction),
  };
}

function actionRows(choices: ReadonlyArray<{ readonly label: string }>): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < choices.length; i += MAX_ACTIONS_PER_SET) {
    rows.push({ type: 'ActionSet', actions: choices.slice(i, i + MAX_ACTIONS_PER_SET).map(submitAction) });
  }
  return rows;
}

function submitAction(choice: { readonly label: string }): Record<string, unknown> {
  return {
    type: 'Action.Submit',
    title: choice.label,
    data: { msteams: { type: 'imBack', value: choice.label }, answer: choice.label } satisfies CardAnswer,
  };
}
