import type { SourceQuotes } from '../sources';

/**
 * Where a sentence the bot says comes from:
 * - quotes from the articles that state what it says (checked word for word against the seeds);
 * - `conversation`: the bot's own talk (a question, an acknowledgement, its queue, its privacy
 *   rules), which states nothing about the products;
 * - `general guidance`: ordinary web advice no article states, each one listed and reviewed in
 *   the README's "General guidance" table (a test keeps the two in step).
 */
export type StatementSource = SourceQuotes | 'conversation' | 'general guidance';

/** A message file's sentences by key (`choice.justNow` for nested keys). */
export type Statements = Readonly<Record<string, StatementSource>>;
