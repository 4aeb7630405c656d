import type { Statements } from './statementSource';

/** Where each sentence of the "Unbind Alipay from a Taobao account" messages comes from. */
export const taobaoUnbindAlipayStatements: Statements = {
  title: 'conversation',
  askCanLogIn: {
    '000': ['La relación vinculante entre la cuenta Alipay y la cuenta Taobao debe cumplir las siguientes condiciones', 'no puede iniciar sesión normalmente'],
  },
  onlyTaobaoServiceCanHelp: {
    '000': [
      'no puede desvincularla usted mismo',
      'comunicarse directamente con el servicio al cliente en línea de Taobao para ayudarlo a desvincular',
      'luego podrá desvincular la cuenta Alipay que desee',
    ],
  },
  offerPerson: 'conversation',
  contactTaobao: {
    '000': [
      'comunicarse directamente con el servicio al cliente en línea de Taobao para ayudarlo a desvincular',
      'luego podrá desvincular la cuenta Alipay que desee',
    ],
  },
  askAccountFrozen: { '000': ['Si la cuenta de Taobao o Alipay no se ha congelado'] },
  askListingsOrShop: {
    '000': ['no ha pasado la autenticación de nombre real de Alipay o ha pasado la autenticación', 'no ha lanzado productos ni creado una tienda'],
  },
  askInventory: { '000': ['No hay tesoros de inventario histórico publicados'] },
  askPendingTransactions: { '000': ['ni transacciones pendientes (incluidas aquellas en espera de pago)'] },
  askAuctionDeposit: { '000': ['no se ha congelado ningún depósito de subasta'] },
  askWithholdingAgreement: { '000': ['no existe un acuerdo de retención de Alipay válido'] },
  askSupplierIdentity: { '000': ['ni una identidad de proveedor contratado'] },
  eligible: { '000': ['la cuenta de Taobao y la cuenta de Alipay pueden solicitar la desvinculación'] },
  notEligible: 'conversation',
  'blockedBy.listingsOrShop': { '000': ['no ha lanzado productos ni creado una tienda'] },
  'blockedBy.inventory': { '000': ['No hay tesoros de inventario histórico publicados'] },
  'blockedBy.pendingTransactions': { '000': ['ni transacciones pendientes (incluidas aquellas en espera de pago)'] },
  'blockedBy.auctionDeposit': { '000': ['no se ha congelado ningún depósito de subasta'] },
  'blockedBy.withholdingAgreement': { '000': ['no existe un acuerdo de retención de Alipay válido'] },
  'blockedBy.supplierIdentity': { '000': ['ni una identidad de proveedor contratado'] },
};
