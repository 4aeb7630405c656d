import type { AnswerEvent, StepMeta } from '../../../dialogs/types';
import type { LanguageVocabulary } from '../languageVocabulary';
import { normalize, type PhraseMatch, type PhraseSet } from '../text';
import { forgetsASecret } from './answerParts';
import type { OfferedChoice } from './offeredChoice';
import { failureAtArrival, readScreen } from './screenReport';
import type { StepReading } from './stepReading';

/**
 * What a request says to a step about the user before the step asked (`StepMeta.aboutUser`): the choice its words
 * name ("I'm a seller, how do I get into Alipay?" → seller, "no soy vendedor, solo compro" → buyer) or, asked whether
 * they are a member, buying or selling there ("I sell on AliExpress, how do I withdraw?" → yes; a doubt or a "never"
 * is asked about). A plain yes or no in a request answers nothing ("no sé cómo entrar"), so only these words count;
 * none found, the step is asked.
 */
export function toldBefore(
  text: string,
  v: LanguageVocabulary,
  step: StepMeta,
  choices: readonly OfferedChoice[],
  named: (norm: string, among: readonly OfferedChoice[]) => StepReading | undefined,
): AnswerEvent | undefined {
  const norm = normalize(text);
  // "sí, me llegó hace como una hora": a time said in words ("<number> <unit>"), read exactly; nothing guessed.
  if (step.expects === 'duration') {
    const minutes = v.minutesFromWords(norm);
    return minutes === undefined ? undefined : { type: 'answer.duration', minutes };
  }
  if (step.expects === 'choice') {
    // Two choices named ("I'm a seller, I need to get into My Alipay") is no answer yet: the step asks which.
    const stated = choices.filter((c) => named(norm, [c])?.event);
    const event = stated.length > 1 ? undefined : named(norm, choices)?.event;
    return event?.type === 'answer.choice' ? event : undefined;
  }
  if (step.asks === 'arrival') return arrivalTold(norm, v);
  if (step.about === 'forgottenPassword') return forgottenTold(norm, v);
  if (step.asks !== 'membership') return undefined;
  const r = v.reading;
  // A role's words that name a product ("alipay international", "business") tell what the request is about, not who asks.
  const products = v.productNames.find(norm);
  const roles = [v.choices.get('seller'), v.choices.get('buyer')].flatMap((set) => set?.find(norm) ?? []).filter((m) => !products.some((p) => overlaps(m, p)));
  const sets: Array<PhraseSet | undefined> = [r.memberEvidence, r.member];
  const last = [...sets.flatMap((set) => set?.find(norm) ?? []), ...roles].sort((a, b) => a.start - b.start).at(-1);
  // Only a member's words taken as said: "I never signed up" may be wrong about what counts, so the step asks.
  return last && !r.negates(norm, last) ? { type: 'answer.yes' } : undefined;
}

/** "my sms code never arrives", "me dice caducado": what the request reports of the code's arrival; its plain yes or no is no answer. */
function arrivalTold(norm: string, v: LanguageVocabulary): AnswerEvent | undefined {
  const screen = readScreen(norm, v, 'arrival');
  const failure = v.reading.failed.find(screen.text)[0];
  // "no me llega", "i never received it", "收不到": its coming, negated.
  const coming = v.reading.arrives.find(screen.text).at(-1);
  const arrival = coming && !failure ? (v.reading.negates(screen.text, coming) ? 'no' : undefined) : undefined;
  const polarity = screen.signals.at(-1)?.polarity ?? arrival ?? (failure && failureAtArrival(norm, v, screen));
  return polarity === 'yes' ? { type: 'answer.yes' } : polarity === 'no' ? { type: 'answer.no' } : undefined;
}

/** "I forgot my password", "密码忘了": a password said to be forgotten, the yes of a step asking whether that is the problem. */
function forgottenTold(norm: string, v: LanguageVocabulary): AnswerEvent | undefined {
  const forgets = [...v.reading.unsure.find(norm), ...(v.choices.get('forgot')?.find(norm) ?? [])];
  return forgets.some((m) => forgetsASecret(norm, m, v)) ? { type: 'answer.yes' } : undefined;
}

function overlaps(a: PhraseMatch, b: PhraseMatch): boolean {
  return a.start < b.end && b.start < a.end;
}
