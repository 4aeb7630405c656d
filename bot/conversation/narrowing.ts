import type { AnswerCatalogue } from '../../dialogs/catalogue';
import type { IntentResult } from '../understanding/intents/intentClassifier';
import type { QuestionReader } from '../understanding/questionReader';

/**
 * The classifier's reading with each fact that the question's own words narrow read as the narrower one (see
 * KnowledgeUnit.narrower): "a fee to take it out?" read as 1688's unchanged fees is the withdrawal fee. A narrower
 * fact already among the readings keeps its first place only.
 */
export function narrowed(nlu: IntentResult, answers: AnswerCatalogue, questions: QuestionReader): IntentResult {
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
