import { sendToProcedure } from '../../dialogs/runner';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import type { RouteParts } from './routeParts';
import type { Turn } from './turn';

/** A message's sentences, cut after their closing mark ("네. 근데 스페인어로 해도 돼요?" → two; the Greek question mark is ";"). */
const SENTENCE_END = /(?<=[.。!！?？;])\s*/u;

type Parts = Pick<RouteParts, 'understanding' | 'stack' | 'write' | 'commands' | 'catalogue'>;

/**
 * Goes on in `locale`, taking the answer said in a sentence of its own beside the request ("네. 근데 스페인어로 해도
 * 돼요?", "Switch back to Korean please. Yes, done") to the step or to the offer of a walkthrough, read in the language
 * spoken so far or in the one asked for; otherwise the step is asked again in the new language. An answer in the
 * request's own sentence ("no, in English please") is no answer: its no may be said of the language; nor is a
 * sentence after it that does not open with a yes or a no (the request's reason: "my English isn't great"). Where no
 * procedure runs, a task asked for beside the request ("on peut parler anglais ? I want to unbind alipay from taobao")
 * begins in the new language.
 */
export async function switchLanguageTaking(turn: Turn, locale: string, parts: Parts): Promise<void> {
  const spoken = turn.data.locale;
  const languages = spoken ? [spoken, locale] : [];
  const sentences = turn.message.text.split(SENTENCE_END).filter((s) => s.trim() !== '');
  const asks = (s: string) => parts.understanding.signals(s, undefined, spoken).language !== undefined;
  const at = sentences.findIndex(asks);
  // Said before the request, or after it opening with a yes or a no ("네 했어요"); not its reason ("my English isn't great").
  const opensWithAnswer = (s: string) => languages.some((lng) => parts.understanding.yesNo(s.trim().split(/\s+/)[0], lng) !== undefined);
  const rest = (at > 0 ? sentences.slice(0, at) : sentences.slice(at + 1).filter((s) => !asks(s) && opensWithAnswer(s))).join(' ');
  const answer = at >= 0 && rest ? await answerIn(turn, rest, languages, parts) : undefined;
  const besides = sentences.filter((_s, i) => i !== at).join(' ');
  const task = at >= 0 && !answer && !turn.data.procedure && besides ? await taskIn(besides, locale, parts) : undefined;
  parts.commands.switchLanguage(turn, locale, answer !== undefined || task !== undefined);
  await answer?.();
  if (!task) return;
  [turn.told, turn.toldInRequest] = [besides, true];
  await parts.stack.begin(turn, task);
}

/** The procedure the sentences beside a language request ask for, when the classifier is sure of one. */
async function taskIn(text: string, locale: string, { understanding, catalogue }: Parts): Promise<ProcedureDefinition | undefined> {
  return catalogue.get((await understanding.classify(text, locale)).intent);
}

/** What the rest of the message answers, to run once the language is switched; undefined when it answers nothing. */
async function answerIn(
  turn: Turn,
  rest: string,
  languages: readonly string[],
  { understanding, stack, write }: Parts,
): Promise<(() => Promise<void>) | undefined> {
  const step = turn.data.procedure && !turn.data.wrapUp ? await stack.waitingStep(turn) : undefined;
  const offer = turn.offer;
  for (const lng of languages) {
    if (step) {
      const reading = understanding.read(rest, lng, step.meta, write.offeredChoices(turn, step.meta.choices));
      const result = reading.event ? sendToProcedure(step.definition, turn.data.procedure!, reading.event) : undefined;
      if (result?.accepted) return () => stack.apply(turn, step.definition, result);
    } else if (offer?.kind === 'procedure' && understanding.yesNo(rest, lng, 'offer') === true) {
      return () => stack.begin(turn, stack.definition(offer.procedureId));
    }
  }
  return undefined;
}
