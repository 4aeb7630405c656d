import { NONE_INTENT, type IntentResult } from '../understanding/intents/intentClassifier';
import { sentencesOf } from '../understanding/text';
import type { Understanding } from '../understanding/understanding';

/** Intents a sentence of a longer message may read as without saying what the message is about ("hi.", "can you help?"). */
const NO_TOPIC = new Set([NONE_INTENT, 'greeting', 'help', 'cancel']);

/**
 * The task a message of several sentences asks for, when read whole it reads as nothing sure: "Soy vendedor en
 * AliExpress. Quiero sacar el dinero de la cuenta internacional, pero solo una parte" is a withdrawal whose context
 * sentence pulled the whole below the threshold. Only a procedure asked for in a task's words ("quiero…", "help me…"), and
 * only when no other sentence reads as another topic and none asks a question: a fact read from one sentence of a question the
 * articles are silent on ("which currencies does alipay take exactly? is polish zloty one of them") states what was not asked.
 */
export async function taskOfSentences(
  text: string,
  whole: IntentResult,
  understanding: Understanding,
  procedures: { has(intent: string): boolean },
): Promise<IntentResult | undefined> {
  const [sentences, { locale }] = [sentencesOf(text), whole];
  if (whole.intent !== NONE_INTENT || sentences.length < 2) return undefined;
  // "Ο κωδικός SMS μου έληξε πάλι. Πόσες φορές…;": a problem told as the context of a question asks the question; a
  // question whose whole reads as nothing sure may be one the articles are silent on ("怎么知道能不能解绑？之前开过店").
  if (sentences.some((sentence) => understanding.questions.asksQuestion(sentence, locale))) return undefined;
  const readings = await Promise.all(sentences.map(async (sentence) => ({ sentence, nlu: await understanding.classify(sentence, locale) })));
  const topics = readings.filter((r) => !NO_TOPIC.has(r.nlu.intent));
  const [task] = topics;
  const one = topics.every((r) => r.nlu.intent === task?.nlu.intent);
  return one && task && procedures.has(task.nlu.intent) && understanding.questions.tellsTask(task.sentence, locale) ? task.nlu : undefined;
}
