import { clausesOf } from '../clauses';
import type { LanguageVocabulary } from '../languageVocabulary';
import { isShort } from '../shortMessage';
import { normalize } from '../text';

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
  // Words of a question are what it asks about ("can I put money in it?"), not a report.
  const told = clausesOf(text, r).filter((c) => !c.question);
  // A report word that is itself a yes ("好了", "c'est bon") is the yes.
  const reports = told.flatMap((c) =>
    [r.done, r.failed, r.present, r.gone, r.absent].flatMap((set) => set.find(c.text).map((m) => c.text.slice(m.start, m.end))),
  );
  return reports.every((words) => v.yes.isExactly(words));
}
