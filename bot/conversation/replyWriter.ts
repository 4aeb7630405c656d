import type { ProcedureCatalogue } from '../../dialogs/catalogue';
import { citedArticles, type KnowledgeUnit } from '../../dialogs/knowledge';
import { PRODUCTS, type ProcedureDefinition } from '../../dialogs/procedure';
import type { Choice, MessageKey, MessageParams, StepMeta } from '../../dialogs/types';
import type { OfferedChoice } from '../understanding/understanding';
import { lastSentence } from '../understanding/text';
import type { Turn } from './turn';

/** The id of the "talk to a person" button wherever it is offered. */
export const HUMAN_CHOICE_ID = 'human';

/**
 * Turns message keys into the turn's replies: paragraphs, the current step with its buttons and
 * progress, the menu grouped by product, the conversation's own yes/no questions.
 */
export class ReplyWriter {
  constructor(private readonly catalogue: ProcedureCatalogue) {}

  say(turn: Turn, key: MessageKey, params?: MessageParams): void {
    turn.replies.push({ text: turn.t(key, params), source: { key, ...(params ? { params } : {}) } });
  }

  /** A fact from the articles, then the articles it comes from ("From: … (003)"), so the user can check it. */
  answer(turn: Turn, unit: KnowledgeUnit): void {
    this.say(turn, unit.answerKey);
    const articles = citedArticles(unit).map((id) => turn.t(`sources.article.${id}`));
    this.say(turn, 'common.answer.source', { articles });
  }

  /** "Is it one of these?" (or another question that picks one, `key`): the closest answers and procedures by title, and a person. */
  closest(turn: Turn, options: ReadonlyArray<KnowledgeUnit | ProcedureDefinition>, key: MessageKey = 'common.answer.closest'): void {
    turn.replies.push({
      text: turn.t(key),
      source: { key },
      choices: [...options.map((o) => ({ id: o.id, label: turn.t(o.titleKey) })), this.personChoice(turn)],
      expectsAnswer: true,
    });
  }

  /** A procedure step: its prompt, its buttons (and a person after repeated misses), "step 3 of 6". */
  step(turn: Turn, definition: ProcedureDefinition, position: { readonly meta: StepMeta }, offerPerson: boolean): void {
    const { meta } = position;
    const choices = [...this.offeredChoices(turn, meta.choices), ...(offerPerson ? [this.personChoice(turn)] : [])];
    turn.replies.push({
      text: turn.t(meta.prompt.key, meta.prompt.params),
      source: meta.prompt,
      choices,
      expectsAnswer: true,
      ...(meta.step ? { progress: turn.t('common.procedure.progress', { step: meta.step, total: definition.totalSteps }) } : {}),
    });
  }

  /** A step without progress (the wrap-up's questions). */
  question(turn: Turn, meta: StepMeta): void {
    turn.replies.push({
      text: turn.t(meta.prompt.key, meta.prompt.params),
      source: meta.prompt,
      choices: this.offeredChoices(turn, meta.choices),
      expectsAnswer: true,
    });
  }

  /** A question of the conversation's own (not a procedure step), with Yes and No buttons. */
  yesNoQuestion(turn: Turn, key: MessageKey, params: MessageParams): void {
    turn.replies.push({
      text: turn.t(key, params),
      source: { key, params },
      choices: [
        { id: 'yes', label: turn.t('common.choice.yes') },
        { id: 'no', label: turn.t('common.choice.no') },
      ],
      expectsAnswer: true,
    });
  }

  /** The menu: procedures grouped by product, with buttons, and a way to a person. */
  menu(turn: Turn, introKey: MessageKey): void {
    const all = this.menuChoices(turn);
    const procedures = [...this.catalogue.values()];
    const groups = PRODUCTS.map((product) => ({
      title: turn.t(`common.menu.product.${product}`),
      choices: all.filter((c) => procedures.some((p) => p.id === c.id && p.product === product)),
    })).filter((g) => g.choices.length > 0);
    turn.replies.push({ text: turn.t(introKey), source: { key: introKey }, choices: [...all, this.personChoice(turn)], groups, expectsAnswer: true });
  }

  /** The translator keeps parameter-less strings, so these labels are not re-rendered each turn. */
  menuChoices(turn: Turn): OfferedChoice[] {
    return [...this.catalogue.values()].map((d) => ({ id: d.id, label: turn.t(d.titleKey) }));
  }

  offeredChoices(turn: Turn, choices: readonly Choice[] | undefined): OfferedChoice[] {
    return (choices ?? []).map((c) => ({ id: c.id, label: turn.t(c.labelKey), ...(c.means ? { means: c.means } : {}) }));
  }

  /** A step's question as the user read it: its prompt's last sentence, not the instructions before it. */
  questionAsked(turn: Turn, meta: StepMeta): string {
    return lastSentence(turn.t(meta.prompt.key, meta.prompt.params));
  }

  personChoice(turn: Turn): OfferedChoice {
    return { id: HUMAN_CHOICE_ID, label: turn.t('common.menu.talkToPerson') };
  }
}
