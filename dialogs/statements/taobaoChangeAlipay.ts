import type { Statements } from './statementSource';

/** Where each sentence of the "Change the Alipay account bound to Taobao Alliance" messages comes from. */
export const taobaoChangeAlipayStatements: Statements = {
  title: 'conversation',
  changeInTaobaoFirst: {
    '000': ['La cuenta Alipay vinculada a Taobao Alliance se puede cambiar', 'si desea cambiar a Alipay, vaya a Taobao para cambiar a Alipay'],
  },
  openAllianceOnComputer: { '000': ['inicie sesión en la versión para computadora del backend de Taobao Alliance', 'La página sincronizará las indicaciones'] },
  followPrompts: { '000': ['podrá actualizar según las indicaciones'] },
  changed: {
    '000': [
      'Una vez que el cambio se haya realizado correctamente',
      'Taobao Alliance no admite la desvinculación/cierre de sesión',
      'ni permite cambiar el inicio de sesión de la cuenta de Taobao',
    ],
  },
  taobaoCannotChange: {
    '000': [
      'si Taobao no puede corregir Alipay, Alibaba Alipay tampoco puede cambiar',
      'Taobao Alliance no admite la desvinculación/cierre de sesión',
      'ni permite cambiar el inicio de sesión de la cuenta de Taobao',
    ],
  },
};
