import { createCatalogue } from '../../dialogs/catalogue';
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

/**
 * What the last of `lines` began: the key it opened with ("common.procedure.starting" when a procedure began) and the
 * procedure whose step came next, by its message keys' first part ("withdrawFunds.askMember" → withdraw_funds).
 */
export async function procedureBegun(locale: string, lines: readonly string[]): Promise<{ starting?: string; procedure?: string }> {
  const [starting, firstStep] = await keysAfter(locale, lines);
  const procedure = [...createCatalogue().values()].find((d) => firstStep?.startsWith(`${d.titleKey.split('.')[0]}.`))?.id;
  return { starting, procedure };
}
