import { clausesOf } from '../clauses';
import type { LanguageVocabulary } from '../languageVocabulary';
import { isShort } from '../shortMessage';
import { normalize, UNSPACED_SCRIPT, type PhraseMatch, type PhraseSet } from '../text';

/** How many words either side of a report word say what it was done to ("abrí el enlace", "새 비밀번호 만들었어요"). */
const AROUND_WORDS = 3;

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
  // A report word that is itself a yes ("好了", "c'est bon") is the yes; something said not done opens no report ("ναι, δεν
  // έγραψα κανέναν κωδικό πάντως": yes, I typed no code anyway).
  const reports = [...reported(text, v, [r.done]).filter((m) => !m.negated), ...reported(text, v, [r.failed, r.present, r.gone, r.absent])];
  return reports.every((m) => v.yes.isExactly(m.words));
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

/**
 * Whether the message says something was done or came ("abrí el enlace", "llegó el correo", "设好了"), not only what is
 * in front of the user ("화면 떠 있어요", the screen is up; "je vois le bouton") unless `seen`, and not negated; done to what `doneTo`
 * looks for, in the few words around it ("abrí *el enlace*", "*새 비밀번호* 만들었어요"), not further off ("lo tengo justo
 * debajo de donde se pone la contraseña": found, below the password field); `words`: the report's own ("clicked confirm").
 */
export function reportsDoing(text: string, v: LanguageVocabulary, doneTo: (around: string, words: string) => boolean, seen = false): boolean {
  const [r, norm] = [v.reading, normalize(text)];
  // "un message d'erreur quand je valide": something went wrong, whatever was done; "my friend did it": not the user.
  if (r.failed.occursIn(norm) || r.elsewhere.occursIn(norm)) return false;
  const shown = reported(text, v, [r.present, r.shows]);
  const done = reported(text, v, [r.done]).filter((m) => !shown.some((s) => s.words.includes(m.words) || m.words.includes(s.words)));
  // `seen`: what is in front of the user counts too ("找到卡片图标了", "there's an Activate Now button"), where that proves a step done.
  const inFront = seen ? [...shown, ...reported(text, v, [r.exists])] : [];
  return [...done, ...reported(text, v, [r.arrives]), ...inFront].some((m) => !m.negated && doneTo(m.around, m.words));
}

/**
 * Whether a told clause says the goal of one of `procedures` is reached ("entered it and it says activated", "收到了！激活
 * 成功"), not negated, with no failure, wish or someone else's doing in the message ("I want it activated").
 */
export function reportsGoal(text: string, v: LanguageVocabulary, procedures: readonly string[]): boolean {
  const [r, norm] = [v.reading, normalize(text)];
  if (r.failed.occursIn(norm) || r.elsewhere.occursIn(norm) || r.asksFor.occursIn(norm)) return false;
  const goals = procedures.flatMap((id) => v.goalsReached.get(id) ?? []);
  return reported(text, v, goals).some((m) => !m.negated);
}

/** The report words of the message's told clauses: a question's words are what it asks about ("can I put money in it?"). */
function reported(text: string, v: LanguageVocabulary, sets: readonly PhraseSet[]): { words: string; negated: boolean; around: string }[] {
  const told = clausesOf(text, v.reading).filter((c) => !c.question);
  // The words beside a report word, itself aside ("ahora sí" says nothing of what was done).
  const around = (clause: string, m: PhraseMatch) =>
    [...wordsBefore(clause, m.start), ...clause.slice(m.end).trim().split(' ').slice(0, AROUND_WORDS)].join(' ');
  return told.flatMap((c) =>
    sets.flatMap((set) =>
      set.find(c.text).map((m) => ({ words: c.text.slice(m.start, m.end), negated: v.reading.negates(c.text, m), around: around(c.text, m) })),
    ),
  );
}

/** Before it only where the object comes first (Korean, Chinese: "새 비밀번호 만들었어요"); elsewhere that is the subject ("ahora sí"). */
function wordsBefore(clause: string, at: number): string[] {
  const before = clause.slice(0, at).trim();
  return UNSPACED_SCRIPT.test(clause.slice(at)) ? before.split(' ').slice(-AROUND_WORDS) : [];
}
