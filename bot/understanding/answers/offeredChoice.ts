/** A button as the user saw it, so typed labels match too. */
export interface OfferedChoice {
  readonly id: string;
  readonly label: string;
  readonly means?: 'yes' | 'no';
}
