import { assign, setup } from 'xstate';
import { askChoice, askWhetherWanted, askYesNo, ending, escalationActions } from './steps';
import type { Choice, ProcedureEmitted, ProcedureEvent, StepMeta } from './types';

/**
 * The wrap-up after any procedure that ran to its end: did it solve the problem? "No" offers a
 * person; "yes" asks for a rating from 1 to 5. Run by the conversation, not chosen from the menu;
 * its output is what gets recorded against the procedure.
 */

export const RATINGS = [1, 2, 3, 4, 5] as const;

const ratingChoices: readonly Choice[] = [
  ...RATINGS.map((n) => ({ id: String(n), labelKey: `feedback.rating.${n}` as const })),
  { id: 'skip', labelKey: 'feedback.choice.skip' },
];

/** A rating is typed as a number ("4", "cuatro") or pressed as a button. */
const askRating: StepMeta = { ...askChoice('feedback.askRating', ratingChoices), expects: 'number' };

export interface FeedbackContext {
  solved: boolean | null;
  rating: number | null;
}

export interface FeedbackOutput {
  readonly solved: boolean | null;
  readonly rating: number | null;
}

const isRating = (n: number): boolean => Number.isInteger(n) && n >= RATINGS[0] && n <= RATINGS[RATINGS.length - 1];

export const feedbackMachine = setup({
  types: {
    context: {} as FeedbackContext,
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
    output: {} as FeedbackOutput,
  },
  actions: {
    ...escalationActions,
    markSolved: assign({ solved: true }),
    markNotSolved: assign({ solved: false }),
    rememberRating: assign({
      rating: ({ event }) => (event.type === 'answer.number' ? event.value : event.type === 'answer.choice' ? Number(event.choice) : null),
    }),
  },
  guards: {
    isRatingNumber: ({ event }) => event.type === 'answer.number' && isRating(event.value),
    pressedRating: ({ event }) => event.type === 'answer.choice' && isRating(Number(event.choice)),
    skippedRating: ({ event }) => event.type === 'answer.choice' && (event.choice === 'skip' || event.choice === 'no'),
  },
}).createMachine({
  id: 'feedback',
  initial: 'askSolved',
  context: { solved: null, rating: null },
  output: ({ context }) => ({ solved: context.solved, rating: context.rating }),
  states: {
    askSolved: {
      meta: { ...askYesNo('feedback.askSolved'), about: 'solved' },
      on: {
        'answer.yes': { target: 'askRating', actions: 'markSolved' },
        'answer.no': { target: 'offerPerson', actions: 'markNotSolved' },
      },
    },
    askRating: {
      meta: askRating,
      on: {
        'answer.number': { guard: 'isRatingNumber', target: 'thanked', actions: 'rememberRating' },
        'answer.choice': [
          { guard: 'pressedRating', target: 'thanked', actions: 'rememberRating' },
          { guard: 'skippedRating', target: 'notRated' },
        ],
      },
    },
    offerPerson: {
      meta: askWhetherWanted('feedback.offerPerson'),
      on: {
        'answer.yes': { target: 'handedToPerson', actions: 'escalateUserAsked' },
        'answer.no': 'leftUnsolved',
      },
    },
    thanked: { type: 'final', meta: ending('solved', 'feedback.thanks') },
    notRated: { type: 'final', meta: ending('solved', 'feedback.thanksWithoutRating') },
    leftUnsolved: { type: 'final', meta: ending('abandoned', 'feedback.sorry') },
    handedToPerson: { type: 'final', meta: ending('escalated') },
  },
});
