import { aboutFrozenAccount, unit, type UnitDraft } from './unit';

/** Taobao Alliance and unbinding Alipay from Taobao: article 000 (Spanish). */
export const TAOBAO: readonly UnitDraft[] = [
  unit(
    'faq_taobao_alliance_change',
    'taobaoAllianceChange',
    'taobao_change_alipay',
    {
      '000': [
        'La cuenta Alipay vinculada a Taobao Alliance se puede cambiar',
        'vaya a Taobao para cambiar a Alipay',
        'versión para computadora del backend de Taobao Alliance',
        'La página sincronizará las indicaciones',
      ],
    },
    ['device'],
  ),
  unit('faq_taobao_alliance_change_blocked', 'taobaoAllianceChangeBlocked', 'taobao_change_alipay', {
    '000': ['si Taobao no puede corregir Alipay, Alibaba Alipay tampoco puede cambiar'],
  }),
  unit(
    'faq_taobao_alliance_no_unbind',
    'taobaoAllianceNoUnbind',
    'taobao_change_alipay',
    {
      '000': ['Taobao Alliance no admite la desvinculación/cierre de sesión, ni permite cambiar el inicio de sesión de la cuenta de Taobao'],
    },
    ['closing'],
  ),
  unit('faq_taobao_alliance_promotion', 'taobaoAlliancePromotion', 'taobao_change_alipay', {
    '000': [
      'inicia sesión en tu cuenta de la alianza Taobao',
      'Selecciona la gestión de promociones',
      'Elige el método de promoción',
      'Añade contenido de promoción y selecciona posiciones de promoción',
    ],
  }),
  unit('faq_taobao_unbind_conditions', 'taobaoUnbindConditions', 'taobao_unbind_alipay', {
    '000': [
      'no ha lanzado productos ni creado una tienda',
      'inventario histórico',
      'transacciones pendientes (incluidas aquellas en espera de pago)',
      'depósito de subasta',
      'acuerdo de retención de Alipay válido',
      'identidad de proveedor contratado',
    ],
  }),
  unit('faq_taobao_unbind_real_name', 'taobaoUnbindRealName', 'taobao_unbind_alipay', {
    '000': ['no ha pasado la autenticación de nombre real de Alipay o ha pasado la autenticación, y no ha lanzado productos ni creado una tienda'],
  }),
  unit('faq_taobao_unbind_inventory', 'taobaoUnbindInventory', 'taobao_unbind_alipay', {
    '000': ['No hay tesoros de inventario histórico publicados'],
  }),
  unit('faq_taobao_unbind_pending', 'taobaoUnbindPending', 'taobao_unbind_alipay', {
    '000': ['ni transacciones pendientes (incluidas aquellas en espera de pago)'],
  }),
  aboutFrozenAccount(
    unit('faq_taobao_unbind_frozen_account', 'taobaoUnbindFrozenAccount', 'taobao_unbind_alipay', {
      '000': ['Si la cuenta de Taobao o Alipay no se ha congelado'],
    }),
  ),
  unit('faq_taobao_unbind_auction_deposit', 'taobaoUnbindAuctionDeposit', 'taobao_unbind_alipay', {
    '000': ['no se ha congelado ningún depósito de subasta'],
  }),
  unit('faq_taobao_unbind_withholding', 'taobaoUnbindWithholding', 'taobao_unbind_alipay', {
    '000': ['no existe un acuerdo de retención de Alipay válido'],
  }),
  unit('faq_taobao_unbind_supplier', 'taobaoUnbindSupplier', 'taobao_unbind_alipay', {
    '000': ['ni una identidad de proveedor contratado'],
  }),
  aboutFrozenAccount(
    unit('faq_taobao_unbind_cannot_log_in', 'taobaoUnbindCannotLogIn', 'taobao_unbind_alipay', {
      '000': [
        'Si su cuenta de Taobao está congelada o no puede iniciar sesión normalmente, no puede desvincularla usted mismo',
        'servicio al cliente en línea de Taobao',
      ],
    }),
  ),
];
