import type { ProductId } from '../procedure';
import { ALIEXPRESS_ALIPAY } from './aliexpressAlipay';
import { INTERNATIONAL_ACCOUNT } from './internationalAccount';
import { TAOBAO } from './taobao';
import type { KnowledgeUnit, UnitDraft } from './unit';
import { WORLDFIRST_1688 } from './worldFirst1688';

export { citedArticles, type Detail, type KnowledgeUnit } from './unit';

const inProduct = (product: ProductId, drafts: readonly UnitDraft[]): KnowledgeUnit[] => drafts.map((d) => ({ ...d, product }));

/**
 * Every fact the five articles state that a customer could ask about, one answer each, grouped by
 * product. Adding one: a `unit(...)` here with its quotes, its `title` and `answer` in every
 * `locales/<lng>/answers.json`, its phrasings in every `locales/<lng>/utterances.json`.
 */
export const KNOWLEDGE: readonly KnowledgeUnit[] = [
  ...inProduct('aliexpressAlipay', ALIEXPRESS_ALIPAY),
  ...inProduct('alipayInternationalAccount', INTERNATIONAL_ACCOUNT),
  ...inProduct('taobao', TAOBAO),
  ...inProduct('worldFirst1688', WORLDFIRST_1688),
];
