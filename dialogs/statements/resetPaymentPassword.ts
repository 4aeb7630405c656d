import type { Statements } from './statementSource';

/** Where each sentence of the "Reset the Alipay payment password" messages comes from. */
export const resetPaymentPasswordStatements: Statements = {
  title: 'conversation',
  openRecoveryPage: {
    '001': [
      'θα πρέπει να επιβεβαιώσετε την πληρωμή',
      'ανάκαμψη της θα πραγματοποιηθεί στον ίδιο χώρο Alipay',
      'Στην πρώτη περίπτωση, η ανάκτηση πραγματοποιείται μέσω Aliexpress',
      'Εδώ θα είναι ανοικτή για το παράθυρο ανάκτησης δεδομένων',
    ],
  },
  findRecoveryPageAgain: {
    '002': ['Nous allons sur le site officiel pour lien', '«Mot de passe oublié», qui est situé sous les fenêtres de la connexion et du mot de passe'],
  },
  enterEmailAndCaptcha: {
    '001': [
      'γράψετε ένα κιβώτιο ηλεκτρονικού ταχυδρομείου',
      'εισάγετε ένα captcha (πολλές επιστολές από την εικόνα)',
      'Ελέγξτε την ορθότητα των συγκεκριμένων πληροφοριών και να πάει παραπέρα',
    ],
    '002': ['Nous présentons notre e-mail et notre captcha'],
  },
  takeYourTime: 'conversation',
  openEmailLink: { '001': ['Τώρα θα λάβετε ένα μήνυμα ηλεκτρονικού ταχυδρομείου για την ανάκτηση δεδομένων', 'Ανοίξτε το σύνδεσμο στο γράμμα'] },
  // rewritten: no article mentions a spam folder or requesting the recovery email again.
  emailNotArrived: { '001': ['Ελέγξτε την ορθότητα των συγκεκριμένων πληροφοριών'] },
  answerSecurityQuestions: {
    '001': ['Ανοίξτε το σύνδεσμο στο γράμμα και στο νέο παράθυρο, δίνουν απαντήσεις στις μυστικές ερωτήσεις', 'που σας ήρθε με ακόμη κατά την εγγραφή'],
  },
  // rewritten: the article says "a little more difficult", not "a little longer".
  forgotSecurityAnswers: {
    '001': [
      'μπορείτε να επαναφέρετε τον πληρωτέο κωδικό πρόσβασης, απλά θα είναι λίγο πιο δύσκολο',
      'Αυτή είναι μια συνομιλία υπηρεσίας υποστήριξης Aliexpress',
      'κάντε κλικ στο κουμπί. "Online chat"',
      'να στείλουν έγγραφα για να επιβεβαιώσουν την προσωπικότητα, καθώς και μια τραπεζική κάρτα',
      'Το τελευταίο δεν πρέπει να σταλεί με τον πλήρη αριθμό',
      'Μπορείτε να ζωγραφίσετε τους αριθμούς στη μέση',
      'τα πρώτα 4 και τα τελευταία ψηφία της κάρτας',
    ],
  },
  useOnlineChat: {
    '001': [
      'κάντε κλικ στο κουμπί. "Online chat"',
      'να στείλουν έγγραφα για να επιβεβαιώσουν την προσωπικότητα, καθώς και μια τραπεζική κάρτα',
      'τα πρώτα 4 και τα τελευταία ψηφία της κάρτας',
    ],
  },
  // 003's advice against reusing the login password is the only article that states it (for the Alipay payment password).
  createNewPassword: {
    '001': ['Όταν όλες οι απαντήσεις που έχουν γραφεί, πηγαίνετε στο', 'θα εμφανιστεί μια φόρμα για να δημιουργήσετε ένα νέο κωδικό πρόσβασης'],
    '003': ['we recommend that users do not set the same payment password and login password'],
  },
  passwordReset: 'conversation',
  'choice.remember': 'conversation',
  'choice.forgot': 'conversation',
};
