import type { DetailsAsked } from './answers/detailQuestions';
import { blank } from './answers/readingVocabulary';
import { clausesOf, type Clause } from './clauses';
import type { LanguageVocabulary } from './languageVocabulary';
import { asksWhatNext } from './answers/answerParts';
import { HAN, normalize, severalWords, withoutVerbNotVerb, type PhraseMatch } from './text';

/** Fewer words than these ("right?", "vraiment ?", "对吧？", "真的吗？") ask for no fact of their own beside an answer. */
const FACT_QUESTION_MIN_WORDS = 2;
const FACT_QUESTION_MIN_HAN = 4;

/** Details a wish told beside a question asks for as surely as the question itself. */
const ASKED_AS_WISH: readonly string[] = ['closing', 'update'];

/**
 * What a message asks, in the conversation's language: whether it is a question at all, whether it asks why, or
 * whether, when and which (a fact) rather than how (a procedure), and which details it asks for.
 */
export class QuestionReader {
  constructor(private readonly vocabularies: ReadonlyMap<string, LanguageVocabulary>) {}

  /** Whether the text opens with a contrast ("but one is still in transit", "근데 하나 남았어요"): it qualifies what came before. */
  opensWithContrast(text: string, locale: string): boolean {
    return this.vocabularies.get(locale)?.reading.contrasts.find(normalize(text))[0]?.start === 0;
  }

  /** Whether the message opens by taking back what came before ("enfin si", "wait, actually", "不对"): a change of mind. */
  opensWithCorrection(text: string, locale: string): boolean {
    return this.vocabularies.get(locale)?.reading.corrections.find(normalize(text))[0]?.start === 0;
  }

  /** Whether the message tells a task or a problem, or asks for help with one ("quiero sacar…", "can you help me…"). */
  tellsTask(text: string, locale: string): boolean {
    const v = this.vocabularies.get(locale);
    const norm = normalize(text);
    return v !== undefined && (v.taskCues.occursIn(norm) || v.asksForHelp(norm));
  }

  /** Whether the message uses the words that narrow a fact (`withdrawal`: "take it out", "提现"): see KnowledgeUnit.narrower. */
  narrowsTo(text: string, locale: string, words: string): boolean {
    return this.vocabularies.get(locale)?.reading.narrowing.get(words)?.occursIn(normalize(text)) ?? false;
  }

  /**
   * Whether the message asks for something besides declining ("non, je veux réinitialiser…", "不用了，我要删除银行卡"): a
   * wish and words left beyond it, the no and the politeness ("no thanks, please" asks for nothing).
   */
  asksForMore(text: string, locale: string): boolean {
    const v = this.vocabularies.get(locale);
    const norm = normalize(text);
    if (!v || !v.reading.asksFor.occursIn(norm)) return false;
    const said = [v.reading.asksFor, v.no, v.reading.thanks, v.reading.declines].reduce((rest, set) => set.find(rest).reduce(blank, rest), norm);
    return said.trim() !== '';
  }

  /**
   * The procedures the message names by their own words ("payment password", "login password"), not negated ("not login
   * password"); words holding a product's name ("my alipay") name the product, not a procedure, and a single word
   * ("등록", register) is too common to name one.
   */
  proceduresNamed(text: string, locale: string): string[] {
    const v = this.vocabularies.get(locale);
    const norm = normalize(text);
    if (!v) return [];
    const products = v.productNames.find(norm);
    const own = (m: PhraseMatch) =>
      !v.reading.negates(norm, m) && !products.some((p) => p.start < m.end && m.start < p.end) && severalWords(norm.slice(m.start, m.end));
    return [...v.procedureTopics].filter(([, words]) => words.find(norm).some(own)).map(([id]) => id);
  }

  /** Whether the message asks something ("…可以重新发送吗？", "¿cuánto tarda?"): a question is not small talk. */
  asksQuestion(text: string, locale: string): boolean {
    const v = this.vocabularies.get(locale);
    return v !== undefined && clausesAsked(text, v).some((c) => c.question);
  }

  /** The clauses of a message that asks nothing (by a mark or by its words: "…提现要收手续费不"), normalized. */
  statedClauses(text: string, locale: string): string[] | undefined {
    const v = this.vocabularies.get(locale);
    const clauses = v ? clausesAsked(text, v) : [];
    return clauses.length > 0 && !clauses.some((c) => c.question) ? clauses.map((c) => c.text) : undefined;
  }

  /** Whether a question of the message asks why ("por qué no me deja…?", "为什么…绑定不了", "how come…"). */
  asksWhy(text: string, locale: string): boolean {
    const v = this.vocabularies.get(locale);
    return v !== undefined && clausesAsked(text, v).some((c) => c.question && v.reading.whyWords.occursIn(c.text));
  }

  /** A wish told ("quiero", "我想", "싶어요"): what the user means to do. */
  tellsWish(text: string, locale: string): boolean {
    return this.vocabularies.get(locale)?.reading.wishes.occursIn(normalize(text)) ?? false;
  }

  /** A problem told ("forgot", "expired", "忘了"; not the "不能" of "能不能"): with no sure answer to its question, the walkthrough is the help. */
  tellsProblem(text: string, locale: string): boolean {
    return this.vocabularies.get(locale)?.problemCues.occursIn(withoutVerbNotVerb(normalize(text))) ?? false;
  }

  /**
   * A question about whether, when, which or why ("Ajouter ma CB sur Alipay, c'est faisable ?", "카드 정보 지워도
   * 돼요?"), not how or where to do something and not a task: it asks for a fact, even in a procedure's words. A
   * problem told beside it is its context ("J'ai oublié mon mot de passe, c'est sur alipay ou sur aliexpress qu'on le
   * récupère ?"); a wish told beside it is a task ("je veux délier alipay, c'est possible ?").
   */
  asksWhetherNotHow(text: string, locale: string): boolean {
    const v = this.vocabularies.get(locale);
    if (!v) return false;
    // A need asked about ("necesito activar la membresía?") asks; a problem told, or asked the reason of ("为什么…绑定不了？"), is context.
    const asked = (c: Clause) => (v.reading.whyWords.occursIn(c.text) ? v.problemCues : v.needCues).remove(v.needCues.remove(c.text));
    // A verb-not-verb ("能不能", "行不行") asks; its "不能" tells neither a problem nor a task.
    const clauses = clausesAsked(text, v).map((c) => ({ ...c, text: withoutVerbNotVerb(c.text) }));
    // A need asked about makes a wish told beside it its context: "Θέλω να πληρώσω… Χρειάζεται να κάνω πρώτα εγγραφή;".
    const told = clauses.some((c) => c.question && v.reading.needQuestions.occursIn(c.text)) ? v.taskCues : v.problemCues;
    // A figure asked for ("短信验证码多久过期？", "the code expired? how long is it valid?") is a fact, whatever task its questions name.
    const figure = clauses.some((c) => c.question && v.reading.asksForFigure(c.text));
    // Help asked with something ("μπορείς να με βοηθήσεις να βγάλω τα χρήματα;") asks to be walked through it.
    const task = (c: Clause) => !(c.question && figure) && (v.asksForHelp(c.text) || v.taskCues.occursIn(c.question ? asked(c) : told.remove(c.text)));
    const howOrTask = (c: Clause) => v.reading.howAskedAt(c.text) !== undefined || task(c);
    return clauses.some((c) => c.question) && !clauses.some(howOrTask);
  }

  /**
   * Whether `question`, asked beside an answer in `text`, surely asks for a fact in words of its own: whether, when or
   * why (see asksWhetherNotHow), not a one-word "right?" ("and now?" is no side question: SideQuestions.alone leaves it
   * out). Surely: with a question mark or a question's ending ("…正常吗", "…되나요"); a word that may open a question
   * ("parece q ya está") is not enough to say a question went unanswered.
   */
  asksFactBeside(question: string, text: string, locale: string): boolean {
    const v = this.vocabularies.get(locale);
    const norm = normalize(question);
    const enough = HAN.test(norm) ? norm.replace(/\s/g, '').length >= FACT_QUESTION_MIN_HAN : norm.split(' ').length >= FACT_QUESTION_MIN_WORDS;
    const sure = v !== undefined && (clausesOf(text, v.reading).some((c) => c.marked) || v.reading.questionEndings.some((e) => norm.endsWith(e)));
    return sure && enough && this.asksWhetherNotHow(text, locale);
  }

  /** "and now?", "et maintenant ?", "然后呢？": asks for the next step only, which the next step's question tells. */
  asksOnlyWhatNext(question: string, locale: string): boolean {
    const v = this.vocabularies.get(locale);
    return v !== undefined && asksWhatNext(question, v.reading);
  }

  /** The details its questions ask for ("how many days…", "多久", "手续费", "combien"), not what it tells: see TopicReader.detailNotStated. */
  detailsAsked(text: string, locale: string): DetailsAsked | undefined {
    const v = this.vocabularies.get(locale);
    const asked = v ? clausesAsked(text, v).filter((c) => c.question) : [];
    const inQuestions = v?.reading.detailsAsked(asked.length > 0 ? asked.map((c) => c.text).join(' ') : normalize(text));
    // A wish told before "how?" asks it ("quiero eliminar mi cuenta, ¿cómo lo hago?"): closing an account, changing a contact detail.
    const wished = v && asked.length > 0 ? v.reading.detailsAsked(normalize(text)).details.filter((d) => ASKED_AS_WISH.includes(d)) : [];
    const details = inQuestions && { ...inQuestions, details: [...new Set([...inQuestions.details, ...wished])] };
    // "what % is the fee?", "手续费多少%": the sign asks for an amount in every language, and normalizing drops it.
    const percent =
      details && text.includes('%') && !details.details.includes('amount') ? { details: [...details.details, 'amount' as const], figure: false } : details;
    // "why did Alipay on AliExpress close?": a reason is asked for.
    const why = v !== undefined && asked.some((c) => v.reading.whyWords.occursIn(c.text));
    return percent && why ? { ...percent, details: [...percent.details, 'reason' as const] } : percent;
  }
}

/** The clauses of a message, without those that only greet: "hi, how are you today?" asks nothing the articles answer. */
function clausesAsked(text: string, v: LanguageVocabulary): Clause[] {
  return clausesOf(text, v.reading).filter((c) => v.smallTalk.remove(v.greetings.remove(c.text)) !== '');
}
