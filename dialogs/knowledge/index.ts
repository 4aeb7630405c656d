import type { ProductId } from '../procedure';
import { ALIEXPRESS_ALIPAY } from './aliexpressAlipay';
import { INTERNATIONAL_ACCOUNT } from './internationalAccount';
import { TAOBAO } from './taobao';
import type { KnowledgeUnit, UnitDraft } from './unit';
import { WORLDFIRST_1688 } from './worldFirst1688';

export { citedArticles, type Detail, type KnowledgeUnit } from './unit';

const inProduct = (product: ProductId, drafts: readonly UnitDraft[]): KnowledgeUnit[] => drafts.map((d) => ({ ...d, product }));

/**
 * The units whose reply says why something is so (a condition that blocks, what a step is for, what changed and so
 * what): the only ones a why-question gets (see `Detail`). The others state a date, a name, a list or a place.
 */
const EXPLAINING: ReadonlySet<string> = new Set([
  'faq_alipay_topup',
  'faq_alipay_still_usable',
  'faq_alipay_registration_open',
  'faq_alipay_register_where',
  'faq_alipay_password_kinds',
  'faq_alipay_payment_password_reset_needs',
  'faq_alipay_security_answers_forgotten',
  'faq_alipay_card_photo',
  'faq_alipay_card_binding',
  'faq_alipay_card_why_save',
  'faq_alipay_card_delete',
  'faq_intl_activation_needed',
  'faq_intl_password_same',
  'faq_intl_phone_verification',
  'faq_intl_withdrawal_rules',
  'faq_taobao_alliance_change_blocked',
  'faq_taobao_alliance_no_unbind',
  'faq_taobao_unbind_conditions',
  'faq_taobao_unbind_real_name',
  'faq_taobao_unbind_inventory',
  'faq_taobao_unbind_pending',
  'faq_taobao_unbind_frozen_account',
  'faq_taobao_unbind_auction_deposit',
  'faq_taobao_unbind_withholding',
  'faq_taobao_unbind_supplier',
  'faq_taobao_unbind_cannot_log_in',
  'faq_1688_deadline',
  'faq_1688_cross_border_pay',
  'faq_1688_balance',
  'faq_1688_withdrawal_fees',
  'faq_1688_account_status',
  'faq_1688_link_blocked',
]);

/** The units whose reply names a condition that blocks unbinding, not how to end it (see `KnowledgeUnit.condition`). */
const CONDITIONS: ReadonlySet<string> = new Set([
  'faq_taobao_unbind_real_name',
  'faq_taobao_unbind_inventory',
  'faq_taobao_unbind_pending',
  'faq_taobao_unbind_auction_deposit',
  'faq_taobao_unbind_withholding',
  'faq_taobao_unbind_supplier',
]);

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
]
  .map((u) => (EXPLAINING.has(u.id) ? { ...u, details: [...(u.details ?? []), 'reason' as const] } : u))
  .map((u) => (CONDITIONS.has(u.id) ? { ...u, condition: true } : u));
