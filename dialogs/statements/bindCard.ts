import type { Statements } from './statementSource';

/** Where each sentence of the "Add a bank card to Alipay" messages comes from. */
export const bindCardStatements: Statements = {
  title: 'conversation',
  noLongerNeeded: {
    '001': ['ώστε να μην χρειάζεται να εισαγάγετε τα στοιχεία του κάθε φορά που αγοράζετε'],
    '002': [
      'la fermeture du système de paiement Alipay',
      "la liaison d'une carte bancaire n'est plus pertinente",
      "Vous pouvez maintenant utiliser n'importe quel portefeuille de carte ou électronique pour payer AliExpress",
    ],
  },
  openCardList: {
    '001': [
      'κάντε κλικ στο εικονίδιο της τραπεζικής κάρτας',
      'Το νέο παράθυρο θα επισημάνει τη λίστα με τους διαθέσιμους χάρτες',
      'Εάν δεν έχετε αποθηκεύσει τίποτα ακόμα, θα είναι άδειο εδώ',
      'Κάντε κλικ "Προσθήκη κάρτας"',
      'Το ερωτηματολόγιο θα φορτωθεί περαιτέρω για να υποδείξει λεπτομέρειες',
    ],
  },
  fillCardForm: { '001': ['Συμπληρώστε το όπως υποδεικνύεται στο δείγμα μας και εξοικονομήστε το αποτέλεσμα'] },
  cardAdded: 'conversation',
  payDirectly: { '002': ["Vous pouvez maintenant utiliser n'importe quel portefeuille de carte ou électronique pour payer AliExpress"] },
};
