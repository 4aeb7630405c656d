import type { MessageRef } from '../../dialogs/types';

/** What the bot says, already in the user's language, before any channel formatting. */
export interface Reply {
  readonly text: string;
  /** The message key it was rendered from, for the transcript. */
  readonly source: MessageRef;
  /** Buttons; `label` is what the user sees and what a button sends back as text. */
  readonly choices?: ReadonlyArray<{ readonly id: string; readonly label: string }>;
  /** The same buttons under headings (the menu, by product); choices in no group come after. */
  readonly groups?: ReadonlyArray<{ readonly title: string; readonly choices: ReadonlyArray<{ readonly id: string; readonly label: string }> }>;
  /** Where the user is in the procedure, already rendered ("Step 3 of 6"). */
  readonly progress?: string;
  /** True for a question: channels may show an input hint. */
  readonly expectsAnswer?: boolean;
}
