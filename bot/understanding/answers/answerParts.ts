/** The parts of an answer that do not answer (a reason given for it, what a correction takes back, a wait), and which part does. */
import type { LanguageVocabulary } from '../languageVocabulary';
import { normalize, PhraseSet, UNSPACED_SCRIPT, withoutVerbNotVerb, wordsBetween, type PhraseMatch } from '../text';
import { isPlainYesNo, opensWith, type Polarity, type Signal } from './screenReport';

/**
 * "bueno sí, porque la verdad no me acuerdo de la contra": a reason given after an answer explains it, up to the next
 * clause ("…cause it got stuck but 2nd time it worked"); it does not answer. After no answer ("lo pregunto porque ya la
 * he desvinculado") it is the answer.
 */
export function withoutReason(norm: string, v: LanguageVocabulary): string {
  const r = v.reading;
  const reason = r.because.find(norm).find((m) => wordsBetween(norm, 0, m.start) >= 1);
  if (!reason) return norm;
  const before = norm.slice(0, reason.start);
  if (![v.yes, v.no, r.done, r.failed].some((set) => set.occursIn(before))) return norm;
  const resume = r.clauseBreaks.find(norm).find((b) => b.start >= reason.end)?.start ?? norm.length;
  return (before + ' '.repeat(resume - reason.start) + norm.slice(resume)).trimEnd();
}

/**
 * "there's just an activate now button and nothing else": a "nothing else" closing a message that said something
 * restricts it to that; it is no absence. Alone, or after a bare yes or no ("no, nothing else"), it still answers.
 */
export function withoutClosingRestriction(norm: string, v: LanguageVocabulary): string {
  const closing = v.reading.nothingElse.find(norm).find((m) => norm.slice(m.end).trim() === '');
  if (!closing) return norm;
  const before = v.reading.clauseBreaks.remove(norm.slice(0, closing.start)).trim();
  if (before === '' || v.yes.isExactly(before) || v.no.isExactly(before)) return norm;
  return norm.slice(0, closing.start).trimEnd();
}

/**
 * The text cut where the user corrects themself (see ReadingVocabulary.segments). A marker that says yes is the answer
 * it corrects to ("no… ah si"); so is one that ends in a no ("oui… ah non attendez"), and a closing no ("…绑的是旧号
 * 不对"), but not one inside a verb-not-verb question ("不确定对不对"); "no wait" takes back what came before. A no
 * answers only where no is an answer (`noAnswers`): before a named choice it would negate it ("vendeur, euh non acheteur").
 */
export function correctionSegments(norm: string, v: LanguageVocabulary, noAnswers: boolean): string[] {
  const closingNo = (marker: string, last: boolean) => last && v.no.isExactly(marker) && withoutVerbNotVerb(norm) === norm;
  const endsInNo = (marker: string) => {
    const words = marker.split(' ');
    return words.length > 1 && v.no.isExactly(words.at(-1)!) && !v.no.isExactly(words[0]);
  };
  const answersNo = (marker: string, last: boolean) => noAnswers && (endsInNo(marker) || closingNo(marker, last));
  return v.reading.segments(norm, (marker, last) => (v.yes.occursIn(marker) && !v.no.occursIn(marker)) || answersNo(marker, last));
}

/**
 * "ok, one sec" still holds: only a real answer beside the waiting counts. "safari wont load it, switching to chrome,
 * one min": a hold said last is what the user does next, and a failure reported before it explains it ("done, one sec"
 * is done; a doubt before it still doubts: "not sure, let me check"; on an offer, "no thanks, I'll try myself" declines).
 */
export function holdsOn(signals: readonly Signal[], holding: readonly PhraseMatch[], offer: boolean, hesitations: readonly Signal[] = []): boolean {
  const lastHold = holding.at(-1);
  // "euh je l'ai pas encore fait": a sound of hesitation before the wait is a pause.
  signals = signals.filter((s) => !(hesitations.includes(s) && s.at < (lastHold?.start ?? 0)));
  // An offer taken up while asking to wait ("네 해볼게요", "yes, one sec") is taken up.
  if (!lastHold || (offer && signals.some((s) => s.plain && s.polarity === 'yes'))) return false;
  const explained = (s: Signal) => !offer && !s.plain && s.polarity === 'no' && s.at < lastHold.start;
  return signals.every((s) => (s.plain && s.polarity === 'yes') || explained(s));
}

/**
 * Which of the signals read in an answer is the answer: a plain yes or no opening it, else a doubt, else the last one
 * stated ("I thought so… not done").
 */
export function lastAnswer(signals: Signal[], norm: string, v: LanguageVocabulary, hesitations: readonly Signal[], question?: boolean): Polarity | undefined {
  signals.sort((a, b) => a.at - b.at);
  // "No, no quiero abandonar… ya me llegó": a no said against stopping is about stopping; what follows answers.
  const notStopping = v.reading.stop.find(norm).find((m) => v.reading.negates(norm, m));
  if (notStopping && signals.some((s) => s.at >= notStopping.end))
    signals.splice(0, signals.length, ...signals.filter((s) => !(s.plain && s.at < notStopping.end)));
  // A plain yes or no that opens the answer is the answer ("no, neither of them is frozen");
  // otherwise the last thing stated wins ("I thought so… not done").
  // An opening yes before a doubt is a filler ("嗯…我也不知道要不要", "yeah idk").
  const first = signals[0];
  const filler = first.polarity === 'yes' && signals.some((s) => s.polarity === 'unsure');
  if (first.polarity !== 'unsure' && !filler && opensWith(norm, first) && isPlainYesNo(norm, first.at, v)) return first.polarity;
  // "No idea, I haven't logged in for months": what follows the doubt explains it, it does not
  // answer (a change of mind is a correction, read as its own segment).
  const pause = (s: Signal) => hesitations.includes(s) && signals.some((o) => o.polarity !== 'unsure' && o.at > s.at);
  if (signals.some((s) => s.polarity === 'unsure' && !pause(s))) return 'unsure';
  const last = signals.at(-1)!;
  // A question that only reports ("the code I got is …, do I type it here?") does not answer.
  if (question && !last.plain && last.polarity !== 'unsure') return undefined;
  return last.polarity;
}

/**
 * Asked what is left ("any pending transactions?", "is there a balance?"), an "ok" opening a report of none ("vale, no
 * tengo ninguna", "ok, none", "d'accord, j'en ai aucune") acknowledges the question: the report answers. Only when all
 * that follows says no: "yes, there's one that isn't paid yet" is a yes.
 */
export function withoutAcknowledgement(signals: readonly Signal[]): Signal[] {
  const [first, ...after] = [...signals].sort((a, b) => a.at - b.at);
  const acknowledges = first?.plain && first.polarity === 'yes' && after.length > 0 && after.every((s) => s.polarity === 'no');
  return acknowledges ? after : [...signals];
}

/** How far after "I don't remember" the thing forgotten may be named ("no me acuerdo de la contraseña", "je me souviens plus du mot de passe"). */
const FORGOTTEN_WITHIN_WORDS = 4;
const secretWords = new WeakMap<LanguageVocabulary, PhraseSet>();

/** "I don't remember my password", "no me acuerdo de la contraseña", "密码不记得了": a doubt word that names a password. */
export function forgetsASecret(text: string, m: PhraseMatch, v: LanguageVocabulary): boolean {
  let words = secretWords.get(v);
  if (!words) secretWords.set(v, (words = new PhraseSet(v.source.passwordWords)));
  const after = text.slice(m.end).trim().split(' ').slice(0, FORGOTTEN_WITHIN_WORDS).join(' ');
  return words.occursIn(after) || (UNSPACED_SCRIPT.test(text) && words.occursIn(text.slice(Math.max(0, m.start - FORGOTTEN_WITHIN_WORDS * 2), m.start)));
}

/**
 * How a doubt word reads at a yes/no step: doubt, or a password forgotten, which is no doubt about the answer. The user
 * cannot do the step (asked "are you signed in?", a no), or it is the yes of a step about a forgotten password. Among
 * named choices ("do you remember the security answers?") a password is not what was asked: still doubt.
 */
export function doubtOrForgotten(
  text: string,
  v: LanguageVocabulary,
  step: { readonly about?: string; readonly expects?: string },
): (negated: boolean, m: PhraseMatch) => Polarity {
  const forgotten: Polarity = step.about === 'forgottenPassword' ? 'yes' : 'no';
  return (_negated, m) => (step.expects === 'choice' || !forgetsASecret(text, m, v) ? 'unsure' : forgotten);
}

/** "ok", "vale", "好的 谢谢": taking in what was said, with thanks at most ("got it" may say a code came: not one of them). */
export function okayAlone(norm: string, r: LanguageVocabulary['reading']): boolean {
  const rest = r.thanks.remove(norm).trim();
  return rest !== '' && r.okays.isExactly(rest);
}

/** "and now?", "¿y ahora qué?", "然后呢？": a question that asks only for the next step (a word or two around it at most). */
export function asksWhatNext(question: string | undefined, r: LanguageVocabulary['reading']): boolean {
  const norm = normalize(question ?? '');
  return r.whatNext.occursIn(norm) && r.whatNext.remove(norm).split(' ').filter(Boolean).length <= 2;
}

/**
 * To "did this solve it?", the no of "it worked, no rating thanks" is the rating's, and "nothing else, thanks. 4/5" says
 * there is nothing more to solve: a declined rating and "nothing else" are taken out, neither is a no to the question.
 */
export function withoutSolvedAsides(norm: string, v: LanguageVocabulary): string {
  return v.reading.nothingElse.remove(v.reading.ratingDeclined.remove(norm));
}
