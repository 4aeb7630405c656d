import { NONE_INTENT } from '../understanding/intents/intentClassifier';
import type { KnowledgeUnit } from '../../dialogs/knowledge';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import type { MessageKey } from '../../dialogs/types';
import type { RouteParts } from './routeParts';
import type { Turn } from './turn';

/**
 * A message outside any procedure, once the classifier has read it: a procedure to begin, a question to answer, a
 * goodbye, a greeting, or an unclear question (the closest answers, or "the articles don't say").
 */
export class FreeText {
  constructor(private readonly parts: RouteParts) {}

  /** Outside a procedure: a procedure or a question, a goodbye, a greeting, or an unclear question. */
  async read(turn: Turn): Promise<void> {
    const { understanding, topics, stack, offers, commands, write } = this.parts;
    // "gracias, eso es todo": a goodbye, before the classifier reads "eso es" as a question.
    if (understanding.isClosing(turn.message.text, turn.data.locale!, true)) return commands.farewell(turn);
    const topic = topics.topicOf(turn);
    const pressed = topics.menuButtonPressed(turn);
    const askedAbout = topic?.kind === 'procedure' && !pressed && topics.asksAboutProcedure(turn);
    if (topic?.kind === 'procedure' && !askedAbout) {
      // A request typed tells the procedure's steps about the user ("I'm a seller, …"); a menu button tells nothing.
      if (!pressed) [turn.told, turn.toldInRequest] = [turn.message.text, true];
      // "olvidé la contraseña de alipay": which password is asked first; the articles recover each in a different place.
      const open = pressed ? [] : understanding.passwordKinds(turn.message.text, turn.data.locale!).open;
      if (open.includes(topic.definition.id)) {
        const kinds = open.map((id) => stack.definition(id));
        return this.suggest(turn, kinds, 'common.answer.whichPassword');
      }
      return topics.asksWhatNoProcedureDoes(turn) ? offers.offerPerson(turn) : stack.begin(turn, topic.definition);
    }
    const answer = topic?.kind === 'answer' ? topic.answer : askedAbout ? topics.answerAskedAbout(turn) : undefined;
    // "is there a fee for that?" after an answer: about that answer's topic, not the closest reading of its words.
    const followUp = await topics.followUp(turn);
    if (followUp) return offers.answerQuestion(turn, followUp);
    // "The sms code expired, can I get a new one?": no sure answer to the question, and the problem told is the procedure's.
    if (askedAbout && !answer && understanding.questions.tellsProblem(turn.message.text, turn.data.locale!)) {
      [turn.told, turn.toldInRequest] = [turn.message.text, true];
      return stack.begin(turn, topic.definition);
    }
    // "How many days…?" read as an answer that gives no duration: the articles are silent on it.
    if (answer) return topics.detailNotStated(turn, answer) ? offers.offerPerson(turn) : offers.answerQuestion(turn, answer);
    // A short "no" to "anything else?" (the menu) ends the exchange politely; a sentence holding a
    // "no" ("desde cuándo ya no acepta clientes?", "je sais pas si…") is a question, not a goodbye.
    const { text } = turn.message;
    // A question is never small talk: "…没收到，可以重新发送吗？" is no goodbye, "您好，请问…吗？" more than a hello.
    const asks = understanding.questions.asksQuestion(text, turn.data.locale!);
    if (!asks && understanding.declines(text, turn.data.locale!) && !understanding.mentionsProduct(text)) {
      turn.data.misses = 0;
      return write.say(turn, 'common.goodbye');
    }
    const intent = turn.nlu?.intent ?? NONE_INTENT;
    if ((intent === 'greeting' || understanding.isGreeting(text)) && (!asks || understanding.isShort(text))) {
      turn.data.misses = 0;
      return write.menu(turn, 'common.greeting');
    }
    if (intent === 'help') return write.menu(turn, 'common.menu.help');
    // "αν την ακυρώσω μετά γίνεται;" (if I cancel the order, can I then?) asks about cancelling: no command.
    if (intent === 'cancel' && !asks) return commands.cancel(turn);
    return this.unclearQuestion(turn, askedAbout);
  }

  /** A question that picks one of `options` (their titles as buttons); a title typed or a place ("the second") picks it. */
  private suggest(turn: Turn, options: ReadonlyArray<KnowledgeUnit | ProcedureDefinition>, key?: MessageKey): void {
    turn.data.misses = 0;
    turn.data.suggested = options.map((o) => o.id);
    this.parts.write.closest(turn, options, key);
  }

  /**
   * Nothing scored above the threshold. Never a guessed fact: the closest answers and procedures when the model leans
   * to some; "the articles don't say" and a person when the text is about the products; else "I didn't understand".
   */
  private async unclearQuestion(turn: Turn, answersFirst = false): Promise<void> {
    const closest = this.parts.topics.closest(turn, answersFirst);
    if (closest.length > 0) return this.suggest(turn, closest);
    if (this.parts.understanding.mentionsProduct(turn.message.text)) return this.parts.offers.offerPerson(turn);
    return this.parts.stack.notUnderstood(turn);
  }
}
