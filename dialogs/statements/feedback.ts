import type { Statements } from './statementSource';

/** Where each sentence of the "feedback (did it help? rating)" messages comes from. */
export const feedbackStatements: Statements = {
  askSolved: 'conversation',
  askRating: 'conversation',
  offerPerson: 'conversation',
  thanks: 'conversation',
  thanksWithoutRating: 'conversation',
  sorry: 'conversation',
  'rating.1': 'conversation',
  'rating.2': 'conversation',
  'rating.3': 'conversation',
  'rating.4': 'conversation',
  'rating.5': 'conversation',
  'choice.skip': 'conversation',
  ratingNotUnderstood: 'conversation',
  ratingKept: 'conversation',
};
