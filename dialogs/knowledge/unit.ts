import type { ProductId } from '../procedure';
import type { SeedId, SourceQuotes } from '../sources';
import type { MessageKey } from '../types';

/** The name of an answer in answers.json (`answers.<name>.title`): a unit can only name one that exists. */
export type AnswerName = MessageKey extends infer K ? (K extends `answers.${infer Name}.title` ? Name : never) : never;

/**
 * One fact the articles state, answered in one reply: what a customer asks ("how long is the SMS
 * code valid?"), not what they want done. Its words live in `locales/<lng>/answers.json` under
 * `key` (`title`, `answer`); its phrasings in `locales/<lng>/utterances.json` under `id`.
 */
export interface KnowledgeUnit {
  readonly id: string;
  readonly product: ProductId;
  /** Message key of the unit's name (buttons, "did you mean…?", the transcript). */
  readonly titleKey: `answers.${AnswerName}.title`;
  /** Message key of the reply. */
  readonly answerKey: `answers.${AnswerName}.answer`;
  /** The procedure that acts on the fact, offered after the answer. */
  readonly relatedProcedure: string;
  /** The articles that state it, quoted word for word (checked by test/dialogs/sources.test.ts). */
  readonly sources: SourceQuotes;
  /**
   * The details the reply gives ("30 minutes": a duration; "three security questions": a count;
   * "withdrawals carry fees": a fee). A question asking for another ("how much is the fee?", "how
   * many days does it take?", "do they charge a fee?") is one the articles leave unanswered,
   * however close its topic; see TopicReader.detailNotStated.
   */
  readonly details?: readonly Detail[];
  /**
   * The reply says what the articles say of a frozen account (who can help): a user who states a
   * freeze and asks this gets the answer and the offer of a person, not a hand-off on the spot.
   */
  readonly aboutFrozenAccount?: boolean;
  /**
   * A narrower unit a question read as this one belongs to when it uses the vocabulary's `reading.narrowing` words
   * named `words`: "a fee to withdraw it?" read as 1688's unchanged fees asks for the withdrawal fee.
   */
  readonly narrower?: { readonly unit: string; readonly words: string };
  /**
   * The reply names a condition that blocks a step (a withholding agreement, a contracted-supplier identity, a frozen
   * deposit), not how to end it: "how do I cancel the agreement?" is a question the articles leave unanswered.
   */
  readonly condition?: boolean;
}

/**
 * A detail a customer can ask for: how long, how much money, how many, which date, support's phone number or hours,
 * whether a fee is charged, a least amount or lower limit (no article gives one: "is there a minimum withdrawal?").
 * `places`: the reply names where or with what it works (stores, cards, wallets, banks). A question naming another
 * store, wallet or bank (`elsewhere`: "can I pay on Temu?", "카카오페이로 돼요?") is one such a reply leaves unanswered.
 * `reason`: the reply says why; a why-question read as a unit that only states a date, a name or a fact ("why did
 * Alipay on AliExpress close?") is one the articles leave unanswered.
 *
 * Asked of a reply that does not give it, each of these is a question the articles leave unanswered: `device`, which
 * device or app it works on ("from my phone?"); `exchange`, converting between currencies; `currency`, a currency no
 * article names (euros, won); `tax`, taxes and invoices; `documents`, a particular identity or business document ("a
 * passport?"); `several`, more than one account linked together; `closing`, closing or deleting a whole account;
 * `update`, changing a registered email, phone number or security questions; `clearing`, how to end a condition that
 * a reply only names as blocking a step (see `KnowledgeUnit.condition`).
 */
export type Detail =
  | 'duration'
  | 'amount'
  | 'count'
  | 'date'
  | 'contact'
  | 'fee'
  | 'minimum'
  | 'places'
  | 'elsewhere'
  | 'reason'
  | 'device'
  | 'exchange'
  | 'currency'
  | 'tax'
  | 'documents'
  | 'several'
  | 'closing'
  | 'update'
  | 'clearing';

/** The articles a unit cites, in their order: what its source line names. */
export function citedArticles(unit: Pick<KnowledgeUnit, 'sources'>): SeedId[] {
  return (Object.keys(unit.sources) as SeedId[]).sort();
}

/** A unit before its product is set by the list it belongs to (one list per product). */
export type UnitDraft = Omit<KnowledgeUnit, 'product'>;

/** A unit whose locale keys sit under `answers.<key>`. */
export function unit(id: string, key: AnswerName, relatedProcedure: string, sources: SourceQuotes, details?: readonly Detail[]): UnitDraft {
  return { id, titleKey: `answers.${key}.title`, answerKey: `answers.${key}.answer`, relatedProcedure, sources, ...(details ? { details } : {}) };
}

/** Marks a unit whose reply is what the articles say of a frozen account (see `KnowledgeUnit.aboutFrozenAccount`). */
export function aboutFrozenAccount(draft: UnitDraft): UnitDraft {
  return { ...draft, aboutFrozenAccount: true };
}

/** Marks a unit whose questions using the `words` narrowing words belong to a narrower unit (see `KnowledgeUnit.narrower`). */
export function narrowedTo(unit: string, words: string, draft: UnitDraft): UnitDraft {
  return { ...draft, narrower: { unit, words } };
}
