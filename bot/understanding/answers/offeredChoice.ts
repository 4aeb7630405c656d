/** A button as the user saw it, so typed labels match too. */
export interface OfferedChoice {
  readonly id: string;
  readonly label: string;
  readonly means?: 'yes' | 'no';
}

/** A yes/no step's two answers, as choices. */
export const YES_NO: readonly OfferedChoice[] = [
  { id: 'yes', label: '', means: 'yes' },
  { id: 'no', label: '', means: 'no' },
];

/** The choice offered when the user does not know: never inferred by ruling the others out. */
export const NOT_SURE_CHOICE = 'notSure';
