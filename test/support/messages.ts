import type { MessageTree } from '../../bot/locales/localeCatalog';

/**
 * The locale tests' view of a language's messages: every string with its dotted key
 * (`common.handoff.queued`), and i18next's plural suffixes, as the message-key type strips them.
 */
// Plain JavaScript (it runs before TypeScript in the build): the one definition of the suffixes.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const PLURAL_SUFFIX = (require('../../tools/i18n/writeMessageKeys.cjs') as { PLURAL_SUFFIX: RegExp }).PLURAL_SUFFIX;

export function messageEntries(tree: MessageTree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : messageEntries(value, `${prefix}${key}.`),
  );
}
