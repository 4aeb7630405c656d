import type { Statements } from './statementSource';

/** Where each sentence of the "Register for Alipay on AliExpress" messages comes from. */
export const registerAlipayStatements: Statements = {
  title: 'conversation',
  sourcesDisagree: {
    '001': ['η εγγραφή στο σύστημα είναι ανοικτό', 'αρκετά για να κάνετε την πρώτη παραγγελία στην ιστοσελίδα για να γίνει το χρήστη Aliperey'],
    '002': [
      'Depuis le 1er janvier 2017',
      "il n'accepte pas les nouveaux clients et l'enregistrement est actuellement fermé",
      'vous vous inscrivez automatiquement en Alipay',
    ],
  },
  openMyAlipay: {
    '001': [
      'στην κεντρική σελίδα Aliexpress Κόψτε το ποντίκι στο κουμπί "Aliexpress μου"',
      'κάνετε κλικ στο «Μου Alipay»',
      'κάνετε κλικ στο «Πηγαίνετε στο Alipay μου»',
      'στην σελίδα εισόδου Aliexpress',
      'Καθορίστε το όνομα χρήστη και τον κωδικό πρόσβασής σας',
    ],
  },
  confirmEmail: {
    '001': [
      'Από τη στιγμή που είναι νέοι χρήστες',
      'Πρώτον, το σύστημα θα ζητήσει επιβεβαίωση e-mail',
      'η προεπιλογή είναι συνήθως το ταχυδρομείο που χρησιμοποιείτε για Aliexpress',
      'πρώτη επεξεργαστείτε το e-γραμματοκιβώτιο',
      'κάντε κλικ στο κουμπί «Στείλτε ένα e-mail για να επιβεβαιώσετε την»',
      'κάντε κλικ στο σύνδεσμο στην επιστολή',
    ],
  },
  resendConfirmation: { '001': ['ενώ η επιβεβαίωση δεν πληρούται, το σύστημα δεν θα χάσετε περισσότερο', 'κάντε κλικ στο κουμπί εκ νέου αποστολή'] },
  // 003's advice against reusing the login password is the only article that states it (for the Alipay payment password).
  fillQuestionnaire: {
    '001': [
      'Μετά τη μετάβαση στο σύνδεσμο, θα δείτε ένα μεγάλο ερωτηματολόγιο',
      'κωδικό πρόσβασης που θα χρησιμοποιήσετε για τις επιχειρήσεις και πιπιλίζουν δύο φορές',
      'επιλέξτε τρεις ερωτήσεις και απαντήσεις κάνουν',
      'δίνουν απαντήσεις στις μυστικές ερωτήσεις που σας ήρθε με ακόμη κατά την εγγραφή',
    ],
    '003': ['we recommend that users do not set the same payment password and login password'],
  },
  takeYourTime: 'conversation',
  registered: {
    '001': [
      'η εγγραφή σας ολοκληρώθηκε με επιτυχία',
      'κάντε κλικ "Πήγαινε στο Ο Λογαριασμός Μου"',
      'να πληρώνουν για τις παραγγελίες για Aliexpress',
      'τώρα υπάρχει μόνο ένα μήνυμα ότι δεν μπορείτε να το χρησιμοποιήσετε',
      'μπορείτε να διαχειριστείτε τις τραπεζικές κάρτες σας εδώ',
    ],
  },
  payWithoutRegistering: { '002': ["Vous pouvez maintenant utiliser n'importe quel portefeuille de carte ou électronique pour payer AliExpress"] },
};
