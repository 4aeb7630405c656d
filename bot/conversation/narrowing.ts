import type { AnswerCatalogue } from '../../dialogs/catalogue';
import type { IntentResult } from '../understanding/intents/intentClassifier';
import type { QuestionReader } from '../understanding/questionReader';

/**
 * The classifier's reading with each fact that the question's own words narrow read as the narrower one (see
 * KnowledgeUnit.narrower): "a fee to take it out?" read as 1688's unchanged fees is the withdrawal fee. A narrower
 * fact already among the readings keeps its first place only.
 */
export function narrowed(read: IntentResult, answers: AnswerCatalogue, questions: QuestionReader, procedures: { has(id: string): boolean }): IntentResult {
  const nlu = namedProcedure(read, questions, procedures);
  const narrow = (id: string) => {
    const to = answers.get(id)?.narrower;
    return to && questions.narrowsTo(nlu.text, nlu.locale, to.words) ? to.unit : id;
  };
  const [intent, ...rest] = [nlu.intent, ...nlu.alternatives.map((a) => a.intent)].map(narrow);
  const alternatives = nlu.alternatives
    .map((a, i) => ({ ...a, intent: rest[i] }))
    .filter((a, i) => a.intent !== intent && !rest.slice(0, i).includes(a.intent));
  return { ...nlu, intent, alternatives };
}

/**
 * "i forgot my payment password on aliexpress alipay, how do i reset it" read as the login password's procedure: a
 * procedure read while the message names, by its own words, one other procedure and not this one is the named one,
 * when the classifier also leans to it.
 */
function namedProcedure(nlu: IntentResult, questions: QuestionReader, procedures: { has(id: string): boolean }): IntentResult {
  if (!procedures.has(nlu.intent)) return nlu;
  const named = questions.proceduresNamed(nlu.text, nlu.locale);
  const other = named.length === 1 && named[0] !== nlu.intent ? nlu.alternatives.find((a) => a.intent === named[0]) : undefined;
  if (!other) return nlu;
  const alternatives = [{ intent: nlu.intent, score: nlu.score }, ...nlu.alternatives.filter((a) => a !== other)];
  return { ...nlu, intent: other.intent, score: Math.max(other.score, nlu.score), alternatives };
}
