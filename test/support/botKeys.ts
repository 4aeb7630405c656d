import { testConversation } from './fixtures';

/**
 * The message keys the bot said in reply to the last of `lines`, each line sent in turn in a new conversation through
 * the production middleware: what a conversation test asserts, independent of the wording.
 */
export async function keysAfter(locale: string, lines: readonly string[]): Promise<string[]> {
  const chat = testConversation(locale);
  for (const line of lines.slice(0, -1)) await chat.say(line);
  const before = lines.length > 1 ? (await chat.storedState()).support.transcript.length : 0;
  await chat.say(lines.at(-1)!);
  const data = (await chat.storedState()).support;
  return data.transcript.slice(before).flatMap((l) => (l.from === 'bot' && 'key' in l && l.key ? [l.key] : []));
}
