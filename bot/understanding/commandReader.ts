import type { LanguageVocabulary } from './languageVocabulary';
import { charactersBetween, normalize, wordsBetween, type PhraseMatch } from './text';

export type Command =
  { readonly kind: 'frozen' | 'human' | 'cancel' | 'restart' | 'menu' | 'resume' | 'eraseData' } | { readonly kind: 'language'; readonly locale: string };

/** Where a sentence ends: "delete" and "my data" in two sentences are two things said. */
const SENTENCE_END = /[?？.。!！;；\n]/u;
/** How many words may stand between deleting and what is deleted ("delete my account and all my data", "mis datos, bórralos"). */
const ERASE_OBJECT_AFTER = 5;
const ERASE_OBJECT_BEFORE = 3;
/** Chinese spaces no words: how many characters ("删除我的所有数据", "聊天记录都删掉"; not "删除银行卡以后交易记录"). */
const ERASE_OBJECT_HAN_CHARS = 4;

/** Commands that work at any step, in any language (a user may ask for a person in their own language). */
export function readCommand(text: string, all: readonly LanguageVocabulary[]): Command | undefined {
  const norm = normalize(text);
  if (!norm) return undefined;
  // "Delete my data" first: a privacy request is never read as anything else. Deleting and what the bot keeps
  // must both be said in one sentence ("delete my card" is a procedure, and so is "can I delete the card? I don't
  // want my data there"; "delete my account and all my data" asks), near each other ("eliminar una tarjeta, eso está en
  // 'Historial de pagos'?" deletes a card), and not negated.
  // Korean puts what is deleted before the verb ("내 데이터 삭제해 주세요"): after it, it is another clause ("카드
  // 삭제하면 거래 내역은 남아있나요?").
  const erasesIn = (v: LanguageVocabulary, clause: string) => {
    const ofACard = v.eraseData.cardThings.occursIn(clause);
    const objects = v.eraseData.objects.find(clause).filter((o) => !(ofACard && v.eraseData.vague.isExactly(clause.slice(o.start, o.end))));
    const near = (m: PhraseMatch, o: PhraseMatch): boolean => {
      const after = o.start >= m.end;
      if (v.source.script === 'Han')
        return (after ? charactersBetween(clause, m.end, o.start) : charactersBetween(clause, o.end, m.start)) <= ERASE_OBJECT_HAN_CHARS;
      if (v.source.script === 'Hangul' && after) return false;
      return after ? wordsBetween(clause, m.end, o.start) <= ERASE_OBJECT_AFTER : wordsBetween(clause, o.end, m.start) <= ERASE_OBJECT_BEFORE;
    };
    return v.eraseData.verbs.find(clause).some((m) => objects.some((o) => near(m, o)) && !v.reading.negates(clause, m));
  };
  const asksToErase = (v: LanguageVocabulary): boolean =>
    v.eraseData.phrases.occursIn(norm) || (erasesIn(v, norm) && text.split(SENTENCE_END).some((sentence) => erasesIn(v, normalize(sentence))));
  if (all.some(asksToErase)) return { kind: 'eraseData' };
  // "my account is frozen", but not "no, it isn't frozen" (an answer to "is your account frozen?").
  if (all.some((v) => v.commands.frozen.occursIn(norm)) && !all.some((v) => v.no.occursIn(norm))) return { kind: 'frozen' };
  if (all.some((v) => v.commands.human.occursIn(norm))) return { kind: 'human' };
  const language = all.find((v) => v.selectLanguage.isExactly(norm));
  if (language) return { kind: 'language', locale: language.locale };
  // "cancel", "start over" and "menu" only as the whole message: inside a sentence they usually mean something else.
  for (const kind of ['cancel', 'restart', 'menu', 'resume'] as const) {
    if (all.some((v) => v.commands[kind].isExactly(norm))) return { kind };
  }
  return undefined;
}
