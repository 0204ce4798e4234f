import type { Messages } from './fr';

export const en: Messages = {
  app: {
    name: 'Passerelle',
    tagline: 'Tracking the support given to immigrants and businesses',
    ministry: 'Immigration, Francization and Integration',
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main navigation',
  },
  nav: {
    home: 'Home',
  },
  locale: {
    switchTo: 'Français',
  },
  user: {
    signedInAs: 'Signed in: {name}',
    signOut: 'Sign out',
    roles: {
      agent: 'Integration agent',
      adviser: 'Regional immigration adviser',
      manager: 'Manager',
      admin: 'Administrator',
    },
  },
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with your staff account.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    invalidCredentials: 'Incorrect e-mail address or password.',
    throttled: 'Too many attempts. Try again in a few minutes.',
    errorSummary: 'Sign-in did not work.',
    emailInvalid: 'Enter a valid e-mail address.',
    passwordRequired: 'Enter your password.',
    unexpected: 'Sign-in is not possible right now. Try again in a few minutes.',
  },
  home: {
    title: 'Dashboard',
    periodHeading: 'Live report',
    periodSummary: 'Region {region}, from {from} to {to}',
    personsAccompanied: 'Immigrants accompanied',
    personsAccompaniedHelp: 'by integration agents (Accompagnement Québec)',
    businessesAccompanied: 'Businesses accompanied',
    businessesAccompaniedHelp: 'by regional immigration advisers',
    agreementsSigned: 'Agreements signed',
    agreementsSignedHelp: 'with partners, under the ministry’s funding programs',
    filterLegend: 'Change the period or region',
    from: 'From',
    to: 'To',
    region: 'Region',
    apply: 'Show results',
    invalidFilter: 'Invalid period or region: the defaults are shown.',
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist or you do not have access to it.',
    backHome: 'Back to the home page',
  },
};
