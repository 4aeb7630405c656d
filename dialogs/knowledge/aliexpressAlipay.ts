import { narrowedTo, unit, type UnitDraft } from './unit';

/** Alipay on AliExpress: articles 001 (Greek) and 002 (French), which disagree on registration and cards. */
export const ALIEXPRESS_ALIPAY: readonly UnitDraft[] = [
  unit(
    'faq_what_is_alipay',
    'whatIsAlipay',
    'access_alipay',
    {
      '001': ['κινεζικό σύστημα πληρωμών', 'Holding Alibaba', '14 διαφορετικές νομίσματα'],
      '002': ['système de paiement international créé par Alibaba Group', 'Alipay travaille avec 14 devises', 'Visa et MasterCard'],
    },
    ['count', 'date', 'places'],
  ),
  unit('faq_alipay_who_created', 'alipayWhoCreated', 'access_alipay', {
    '001': ['Ήταν δημιουργήθηκε από τον Holding Alibaba του Ομίλου.η οποία ανήκει και Aliexpress'],
    '002': ['système de paiement international créé par Alibaba Group'],
  }),
  unit(
    'faq_alipay_stores',
    'alipayStores',
    'access_alipay',
    {
      '001': ['σε τέτοια καταστήματα όπως Taobao, Alibaba και, φυσικά, Aliexpress'],
      '002': ['qui ont affiché leurs marchandises sur AliExpress, Taobao, Alibaba'],
    },
    ['places'],
  ),
  unit(
    'faq_alipay_currencies',
    'alipayCurrencies',
    'access_alipay',
    {
      '001': ['Λαμβάνει πληρωμές σε 14 διαφορετικές νομίσματα'],
      '002': ['Alipay travaille avec 14 devises'],
    },
    ['count'],
  ),
  unit(
    'faq_alipay_payment_methods',
    'alipayPaymentMethods',
    'bind_card',
    {
      '001': ['λειτουργεί με κάρτες όλων σχεδόν των συστημάτων πληρωμών', 'ηλεκτρονικών πορτοφόλια, τα μετρητά'],
      '002': [
        'avec Visa et MasterCard Payment Systems, les portefeuilles électroniques les plus populaires',
        "il n'est pas nécessaire d'ouvrir une carte de devise",
      ],
    },
    ['places'],
  ),
  unit(
    'faq_alipay_topup',
    'alipayTopup',
    'access_alipay',
    {
      '001': ['Παλαιότερα, ήταν δυνατό να τροφοδοτεί τον λογαριασμό'],
      '002': ["Il n'est plus possible de le reconstituer", "il n'accepte pas les nouveaux clients"],
    },
    ['date'],
  ),
  unit(
    'faq_alipay_closed_when',
    'alipayClosedWhen',
    'access_alipay',
    {
      '001': ['Δεν έχει εργαστεί για μεγάλο χρονικό διάστημα'],
      '002': ["Depuis le 1er janvier 2017, Alipay a officiellement cessé d'exister"],
    },
    ['date'],
  ),
  unit(
    'faq_alipay_still_usable',
    'alipayStillUsable',
    'access_alipay',
    {
      '001': ['υπάρχει μόνο ένα μήνυμα ότι δεν μπορείτε να το χρησιμοποιήσετε', 'μπορείτε να διαχειριστείτε τις τραπεζικές κάρτες σας εδώ'],
      '002': ['si vous pouvez payer les achats sur le compte Alipay, ainsi que de vous retirer sur votre carte'],
    },
    ['date'],
  ),
  unit(
    'faq_alipay_balance_use',
    'alipayBalanceUse',
    'access_alipay',
    {
      '002': ['si vous pouvez payer les achats sur le compte Alipay, ainsi que de vous retirer sur votre carte via le compte personnel Alipay'],
    },
    ['date', 'places'],
  ),
  unit(
    'faq_alipay_registration_open',
    'alipayRegistrationOpen',
    'register_alipay',
    {
      '001': ['η εγγραφή στο σύστημα είναι ανοικτό'],
      '002': ["il n'accepte pas les nouveaux clients et l'enregistrement est actuellement fermé"],
    },
    ['date'],
  ),
  unit('faq_alipay_auto_registration', 'alipayAutoRegistration', 'register_alipay', {
    '001': ['αρκετά για να κάνετε την πρώτη παραγγελία στην ιστοσελίδα για να γίνει το χρήστη Aliperey'],
    '002': ['vous vous inscrivez automatiquement en Alipay'],
  }),
  unit('faq_alipay_register_where', 'alipayRegisterWhere', 'register_alipay', {
    '001': [
      'Κόψτε το ποντίκι στο κουμπί "Aliexpress μου"',
      'κάνετε κλικ στο «Μου Alipay»',
      'αλλά κανένα κουμπί για την εγγραφή',
      'κάνετε κλικ στο «Πηγαίνετε στο Alipay μου»',
    ],
  }),
  unit('faq_alipay_register_email', 'alipayRegisterEmail', 'register_alipay', {
    '001': ['το σύστημα θα ζητήσει επιβεβαίωση e-mail', 'το ταχυδρομείο που χρησιμοποιείτε για Aliexpress', 'κάντε κλικ στο κουμπί εκ νέου αποστολή'],
  }),
  unit(
    'faq_alipay_register_questionnaire',
    'alipayRegisterQuestionnaire',
    'register_alipay',
    {
      '001': [
        'ένα μεγάλο ερωτηματολόγιο',
        'πιπιλίζουν δύο φορές',
        'επιλέξτε τρεις ερωτήσεις και απαντήσεις κάνουν',
        'αν ξαφνικά ξεχάσετε τον κωδικό πρόσβασης',
      ],
    },
    ['count'],
  ),
  unit('faq_alipay_login_where', 'alipayLoginWhere', 'access_alipay', {
    '001': ['Η είσοδος μπορεί να γίνει μόνο μέσα από αυτό', 'κάντε κλικ στο μεγάλο μπλε κουμπί στο κέντρο της οθόνης'],
    '002': ['entrez simplement votre compte AliExpress', 'Sélectionnez le dernier menu "mon alipay"'],
  }),
  unit(
    'faq_alipay_password_kinds',
    'alipayPasswordKinds',
    'reset_payment_password',
    {
      '001': ['η ανάκτηση πραγματοποιείται μέσω Aliexpress', 'ανάκαμψη της θα πραγματοποιηθεί στον ίδιο χώρο Alipay', 'θα πρέπει να επιβεβαιώσετε την πληρωμή'],
    },
    ['count'],
  ),
  unit('faq_alipay_payment_password_reset_needs', 'alipayPaymentPasswordResetNeeds', 'reset_payment_password', {
    '001': ['εισάγετε ένα captcha', 'θα λάβετε ένα μήνυμα ηλεκτρονικού ταχυδρομείου για την ανάκτηση δεδομένων', 'δίνουν απαντήσεις στις μυστικές ερωτήσεις'],
    '002': ['Nous présentons notre e-mail et notre captcha'],
  }),
  unit(
    'faq_alipay_security_answers_forgotten',
    'alipaySecurityAnswersForgotten',
    'reset_payment_password',
    {
      '001': [
        'μπορείτε να επαναφέρετε τον πληρωτέο κωδικό πρόσβασης, απλά θα είναι λίγο πιο δύσκολο',
        '"Online chat"',
        'να στείλουν έγγραφα για να επιβεβαιώσουν την προσωπικότητα',
      ],
    },
    ['count'],
  ),
  unit(
    'faq_alipay_card_photo',
    'alipayCardPhoto',
    'reset_payment_password',
    {
      '001': ['Το τελευταίο δεν πρέπει να σταλεί με τον πλήρη αριθμό', 'τα πρώτα 4 και τα τελευταία ψηφία της κάρτας'],
    },
    ['count'],
  ),
  unit('faq_alipay_card_binding', 'alipayCardBinding', 'bind_card', {
    '001': ['κάντε κλικ στο εικονίδιο της τραπεζικής κάρτας', '"Προσθήκη κάρτας"'],
    '002': ["la liaison d'une carte bancaire n'est plus pertinente", "Vous pouvez maintenant utiliser n'importe quel portefeuille de carte ou électronique"],
  }),
  unit('faq_alipay_card_why_save', 'alipayCardWhySave', 'bind_card', {
    '001': ['ώστε να μην χρειάζεται να εισαγάγετε τα στοιχεία του κάθε φορά που αγοράζετε'],
    '002': ["la liaison d'une carte bancaire n'est plus pertinente"],
  }),
  // "I removed my card, can I put it back?" asks whether a card can be added.
  narrowedTo(
    'faq_alipay_card_binding',
    'addingBack',
    unit('faq_alipay_card_delete', 'alipayCardDelete', 'unbind_card', {
      '001': ['κάντε κλικ στην επιλογή "Διαγράφω"'],
      '002': ["le système est fermé et n'a aucun sens de stocker davantage ses données", '«Supprimer la carte»'],
    }),
  ),
  unit(
    'faq_alipay_personal_account_menus',
    'alipayPersonalAccountMenus',
    'unbind_card',
    {
      '002': ['Le compte personnel ne se compose que de deux menu: «Historique des paiements» et «Mon compte»'],
    },
    ['count'],
  ),
];
