import { accessAlipayMachine } from './accessAlipay.machine';
import { activateMembershipMachine } from './activateMembership.machine';
import { KNOWLEDGE, type KnowledgeUnit } from './knowledge';
import { bindCardMachine } from './bindCard.machine';
import { feedbackMachine } from './feedback.machine';
import { move1688ToWorldFirstMachine } from './move1688ToWorldFirst.machine';
import type { ProcedureDefinition } from './procedure';
import type { RunnableProcedure } from './runner';
import { registerAlipayMachine } from './registerAlipay.machine';
import { resetLoginPasswordMachine } from './resetLoginPassword.machine';
import { resetPaymentPasswordMachine } from './resetPaymentPassword.machine';
import { smsCodeMachine } from './smsCode.machine';
import { taobaoChangeAlipayMachine } from './taobaoChangeAlipay.machine';
import { taobaoUnbindAlipayMachine } from './taobaoUnbindAlipay.machine';
import { unbindCardMachine } from './unbindCard.machine';
import { withdrawFundsMachine } from './withdrawFunds.machine';

/**
 * Every procedure the bot can run, keyed by its fixed id, in menu order within each product.
 * `sources` quote the articles word for word (checked by test/dialogs/sources.test.ts).
 */
const definitions: readonly ProcedureDefinition[] = [
  {
    id: 'register_alipay',
    product: 'aliexpressAlipay',
    machine: registerAlipayMachine,
    titleKey: 'registerAlipay.title',
    totalSteps: 4,
    sources: {
      '001': ['η εγγραφή στο σύστημα είναι ανοικτό', 'Aliexpress μου', 'Μου Alipay', 'τρεις ερωτήσεις'],
      '002': ["il n'accepte pas les nouveaux clients et l'enregistrement est actuellement fermé"],
    },
  },
  {
    id: 'access_alipay',
    product: 'aliexpressAlipay',
    machine: accessAlipayMachine,
    titleKey: 'accessAlipay.title',
    totalSteps: 3,
    sources: {
      '001': ['μεγάλο μπλε κουμπί στο κέντρο της οθόνης'],
      '002': ['Sélectionnez le dernier menu "mon alipay"'],
      '003': ['"My AliExpress"--"Transaction"--"Alipay International Account"', '"Fund Account Management" function in My Alibaba'],
    },
  },
  {
    id: 'reset_payment_password',
    product: 'aliexpressAlipay',
    machine: resetPaymentPasswordMachine,
    titleKey: 'resetPaymentPassword.title',
    totalSteps: 5,
    sources: {
      '001': ['εισάγετε ένα captcha', 'μυστικές ερωτήσεις', '"Online chat"', 'τα πρώτα 4 και τα τελευταία ψηφία της κάρτας'],
      '002': ['Nous présentons notre e-mail et notre captcha'],
    },
  },
  {
    id: 'reset_login_password',
    product: 'aliexpressAlipay',
    machine: resetLoginPasswordMachine,
    titleKey: 'resetLoginPassword.title',
    totalSteps: 3,
    sources: {
      '001': ['η ανάκτηση πραγματοποιείται μέσω Aliexpress', '"Ξεχάσατε τον κωδικό σας?"'],
      '002': ['«Mot de passe oublié»', 'Cliquez sur le bouton "Obtenir le mot de passe"'],
    },
  },
  {
    id: 'bind_card',
    product: 'aliexpressAlipay',
    machine: bindCardMachine,
    titleKey: 'bindCard.title',
    totalSteps: 3,
    sources: {
      '001': ['κάντε κλικ στο εικονίδιο της τραπεζικής κάρτας', '"Προσθήκη κάρτας"'],
      '002': ["la liaison d'une carte bancaire n'est plus pertinente"],
    },
  },
  {
    id: 'unbind_card',
    product: 'aliexpressAlipay',
    machine: unbindCardMachine,
    titleKey: 'unbindCard.title',
    totalSteps: 4,
    sources: {
      '001': ['"Διαγράφω"'],
      '002': ['«Historique des paiements» et «Mon compte»', '«Édition de cartes»', '«Supprimer la carte»', 'Dans une fenêtre pop -up'],
    },
  },
  {
    id: 'activate_membership',
    product: 'alipayInternationalAccount',
    machine: activateMembershipMachine,
    titleKey: 'activateMembership.title',
    totalSteps: 5,
    sources: { '003': ['Click the “Activate Now” button', 'we recommend that users do not set the same payment password and login password'] },
  },
  {
    id: 'sms_code',
    product: 'alipayInternationalAccount',
    machine: smsCodeMachine,
    titleKey: 'smsCode.title',
    totalSteps: 3,
    sources: { '003': ['The system will send a verification code to the user’s bound mobile phone', 'valid for 30 minutes'] },
  },
  {
    id: 'withdraw_funds',
    product: 'alipayInternationalAccount',
    machine: withdrawFundsMachine,
    titleKey: 'withdrawFunds.title',
    totalSteps: 3,
    sources: {
      '003': [
        'including US dollar accounts and RMB accounts',
        'withdraw all or part of the “withdrawable amount”',
        'only AliExpress (AliExpress) and Alibaba International Station members can use it',
      ],
    },
  },
  {
    id: 'taobao_change_alipay',
    product: 'taobao',
    machine: taobaoChangeAlipayMachine,
    titleKey: 'taobaoChangeAlipay.title',
    totalSteps: 3,
    sources: {
      '000': [
        'vaya a Taobao para cambiar a Alipay',
        'versión para computadora del backend de Taobao Alliance',
        'si Taobao no puede corregir Alipay, Alibaba Alipay tampoco puede cambiar',
        'no admite la desvinculación/cierre de sesión',
      ],
    },
  },
  {
    id: 'taobao_unbind_alipay',
    product: 'taobao',
    machine: taobaoUnbindAlipayMachine,
    titleKey: 'taobaoUnbindAlipay.title',
    totalSteps: 8,
    sources: {
      '000': [
        'no ha lanzado productos ni creado una tienda',
        'inventario histórico',
        'transacciones pendientes (incluidas aquellas en espera de pago)',
        'depósito de subasta',
        'acuerdo de retención de Alipay válido',
        'identidad de proveedor contratado',
        'servicio al cliente en línea de Taobao',
      ],
    },
  },
  {
    id: 'move_1688_to_worldfirst',
    product: 'worldFirst1688',
    machine: move1688ToWorldFirstMachine,
    titleKey: 'move1688ToWorldFirst.title',
    totalSteps: 5,
    sources: {
      '004': [
        'through the original route',
        'overseas bank account with the same name',
        'unlink your 1688 account',
        'choose Cross-border Pay to bind the 1688 account',
        'you must first unlink it from your Alipay Business account',
      ],
    },
  },
];

export type ProcedureCatalogue = ReadonlyMap<string, ProcedureDefinition>;
/** The knowledge units by id (`faq_…`, also their intent names). */
export type AnswerCatalogue = ReadonlyMap<string, KnowledgeUnit>;

export function createCatalogue(list: readonly ProcedureDefinition[] = definitions): ProcedureCatalogue {
  return new Map(list.map((definition) => [definition.id, definition]));
}

export function createAnswerCatalogue(list: readonly KnowledgeUnit[] = KNOWLEDGE): AnswerCatalogue {
  return new Map(list.map((answer) => [answer.id, answer]));
}

/** A state node as far as proceduresAlong reads it: its meta and its child states. */
interface NodeSeen {
  readonly meta?: { readonly procedureId?: string; readonly continueWith?: string };
  readonly states: Readonly<Record<string, NodeSeen>>;
}

/** The procedures one runs on the way or hands over to (the SMS code inside the activation): their facts are its own too. */
export function proceduresAlong(definition: ProcedureDefinition): string[] {
  const found = new Set<string>();
  const walk = (node: NodeSeen): void => {
    for (const id of [node.meta?.procedureId, node.meta?.continueWith]) if (id && id !== definition.id) found.add(id);
    Object.values(node.states).forEach(walk);
  };
  walk(definition.machine.root);
  return [...found];
}

/** The wrap-up every finished procedure ends with; run by the conversation, not offered in the menu. */
export const FEEDBACK: RunnableProcedure = { id: 'feedback', machine: feedbackMachine };
