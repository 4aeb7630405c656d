import { clausesOf } from '../clauses';
import type { LanguageVocabulary } from '../languageVocabulary';
import { isShort } from '../shortMessage';
import { normalize, type PhraseSet } from '../text';

/**
 * Whether a yes takes an offer ("would you like a person?", "shall I pause X?"): said in a few words, with a wish or a
 * request, or with a question ("yeah I want to add the new one", "oui je veux l'ajouter. ça marche avec une mastercard
 * ?"), not opening a report of the user's own ("ok done, the sms code came", "ok unbound. now do I just log in?", "找到了
 * 在右边。点了删除它弹出一个确认框"): those go on with their own business, and taking them for a yes hands a user who is
 * getting on fine to a person, or to another procedure.
 */
export function takesOffer(text: string, v: LanguageVocabulary): boolean {
  const norm = normalize(text);
  const r = v.reading;
  if (isShort(norm) || r.asksFor.occursIn(norm)) return true;
  // A report word that is itself a yes ("好了", "c'est bon") is the yes.
  return reported(text, v, [r.done, r.failed, r.present, r.gone, r.absent]).every((m) => v.yes.isExactly(m.words));
}

/**
 * Whether the message reports that something went right, however short ("found it", "το βρηκα", "哦找到了 删了"): after
 * "would you like a person?", the user got there after all. Something seen or found counts even where it is also a
 * yes word ("found it"); a done word only where it is not ("ok", "好了" and "c'est bon" may take the offer), or where
 * the message turns around what was said before ("it worked after all", "现在好了", "이제 됐어요"). Asked for a person or
 * negated ("still haven't found it"), it is no report.
 */
export function reportsProgress(text: string, v: LanguageVocabulary): boolean {
  const r = v.reading;
  const norm = normalize(text);
  if (r.asksFor.occursIn(norm)) return false;
  const turnedAround = r.afterAll.occursIn(norm);
  const reports = [...reported(text, v, [r.present]), ...reported(text, v, [r.done]).filter((m) => turnedAround || !v.yes.isExactly(m.words))];
  return reports.some((m) => !m.negated);
}

/** The report words of the message's told clauses: a question's words are what it asks about ("can I put money in it?"). */
function reported(text: string, v: LanguageVocabulary, sets: readonly PhraseSet[]): { words: string; negated: boolean }[] {
  const told = clausesOf(text, v.reading).filter((c) => !c.question);
  return told.flatMap((c) =>
    sets.flatMap((set) => set.find(c.text).map((m) => ({ words: c.text.slice(m.start, m.end), negated: v.reading.negates(c.text, m) }))),
  );
}
