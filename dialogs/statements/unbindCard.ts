import type { Statements } from './statementSource';

/** Where each sentence of the "Delete a bank card from Alipay" messages comes from. */
export const unbindCardStatements: Statements = {
  title: 'conversation',
  signIn: { '002': ['entrez votre e-mail et votre mot de passe depuis Alipay ou AliExpress'] },
  askSignInHelp: 'conversation',
  openMyAccount: {
    '002': ['Le compte personnel ne se compose que de deux menu', '«Historique des paiements» et «Mon compte», nous avons besoin de «mon compte»'],
  },
  openEditCards: {
    '002': [
      "sur le panneau supérieur, nous trouvons l'icône de la carte en plastique",
      'lorsque nous le planons, nous lisons «Édition de cartes», cliquez',
      'vous trouverez toutes les cartes liées au compte',
    ],
  },
  deleteCard: {
    '001': ['κάντε κλικ στην επιλογή "Διαγράφω"'],
    '002': ['sur le côté droit, le bouton «Supprimer la carte»', 'Dans une fenêtre pop -up, appuyez sur la confirmation de la suppression de la carte'],
  },
  cardDeleted: 'conversation',
  noCardLinked: { '002': ['vous trouverez toutes les cartes liées au compte'] },
  recoverLoginPassword: 'conversation',
};
