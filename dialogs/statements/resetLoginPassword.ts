import type { Statements } from './statementSource';

/** Where each sentence of the "Recover the login password" messages comes from. */
export const resetLoginPasswordStatements: Statements = {
  title: 'conversation',
  clickForgotPassword: {
    '001': ['η ανάκτηση πραγματοποιείται μέσω Aliexpress', 'η είσοδος στο σύστημα γίνεται μέσα από αυτό', 'Κάντε κλικ στο κουμπί "Ξεχάσατε τον κωδικό σας?"'],
    '002': ['«Mot de passe oublié», qui est situé sous les fenêtres de la connexion et du mot de passe'],
  },
  findLinkAgain: {
    '001': ['Κάντε κλικ στο κουμπί "Ξεχάσατε τον κωδικό σας?"'],
    '002': ['Nous allons sur le site officiel pour lien', 'qui est situé sous les fenêtres de la connexion et du mot de passe'],
  },
  enterEmailAndCaptcha: { '002': ['Nous présentons notre e-mail et notre captcha', 'Cliquez sur le bouton "Obtenir le mot de passe"'] },
  takeYourTime: 'conversation',
  followEmailLink: { '002': ['Nous allons au courrier et suivons le lien de la lettre reçue', 'Nous restaurons le mot de passe'] },
  // rewritten: no article mentions a spam folder or requesting the recovery email again.
  emailProblem: { '001': ['η ανάκτηση πραγματοποιείται μέσω Aliexpress', 'η άδεια χρησιμοποιεί δεδομένα από Aliexpress'] },
  // why: a memorable password kept to oneself is ordinary password hygiene; 002 only hints at it ("nous nous souvenons qu'à l'avenir").
  loggedIn: 'general guidance',
};
