// The French catalogue is the reference: every other catalogue must have the same keys (checked by type).
export const fr = {
  app: {
    name: 'Passerelle',
    tagline: 'Suivi de l’accompagnement des personnes immigrantes et des entreprises',
    ministry: 'Immigration, Francisation et Intégration',
    skipToContent: 'Passer au contenu principal',
    mainNavigation: 'Navigation principale',
  },
  nav: {
    home: 'Accueil',
  },
  locale: {
    switchTo: 'English',
  },
  user: {
    signedInAs: 'Connecté·e : {name}',
    signOut: 'Se déconnecter',
    roles: {
      agent: 'Agente ou agent d’aide à l’intégration',
      adviser: 'Conseillère ou conseiller en immigration régionale',
      manager: 'Gestionnaire',
      admin: 'Administratrice ou administrateur',
    },
  },
  signIn: {
    title: 'Connexion',
    intro: 'Connectez-vous avec votre compte du personnel.',
    email: 'Adresse courriel',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    invalidCredentials: 'Adresse courriel ou mot de passe incorrect.',
    throttled: 'Trop de tentatives. Réessayez dans quelques minutes.',
    errorSummary: 'La connexion n’a pas fonctionné.',
    emailInvalid: 'Entrez une adresse courriel valide.',
    passwordRequired: 'Entrez votre mot de passe.',
    unexpected: 'La connexion est impossible pour le moment. Réessayez dans quelques minutes.',
  },
  home: {
    title: 'Tableau de bord',
    periodHeading: 'Bilan en direct',
    periodSummary: 'Région {region}, du {from} au {to}',
    personsAccompanied: 'Personnes immigrantes accompagnées',
    personsAccompaniedHelp: 'par les agentes et agents d’aide à l’intégration (Accompagnement Québec)',
    businessesAccompanied: 'Entreprises accompagnées',
    businessesAccompaniedHelp: 'par les conseillères et conseillers en immigration régionale',
    agreementsSigned: 'Ententes signées',
    agreementsSignedHelp: 'avec des partenaires, dans le cadre des programmes du ministère',
    filterLegend: 'Changer la période ou la région',
    from: 'Du',
    to: 'Au',
    region: 'Région',
    apply: 'Afficher les résultats',
    invalidFilter: 'Période ou région invalide : les valeurs par défaut sont affichées.',
  },
  errors: {
    notFoundTitle: 'Page introuvable',
    notFoundText: 'Cette page n’existe pas ou vous n’y avez pas accès.',
    backHome: 'Retour à l’accueil',
  },
};

export type Messages = typeof fr;
