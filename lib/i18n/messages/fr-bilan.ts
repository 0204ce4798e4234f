// The bilan des réalisations (app/(app)/bilan and its PDF), French, the reference. Merged into ./fr.ts.
// Its sentences are the report's own (../shared/reference/bilan-2019-2020-abitibi-temiscamingue.md) with the
// live figures put in. Region names take their article and preposition by code (« de l’Abitibi-Témiscamingue »,
// « du Nord-du-Québec »); another region falls back to « de la région … ».
export const frBilan = {
  title: 'Bilan des réalisations',
  documentTitle: 'Bilan des réalisations {from} – {to}, {region}',
  ministry: 'Ministère de l’Immigration, de la Francisation et de l’Intégration',
  period: 'Période du {from} au {to} · région {code} {region}',
  generatedOn: 'Produit le {date} à partir des données de Passerelle.',
  filterLegend: 'Période et région du bilan',
  downloadPdf: 'Télécharger le bilan (PDF)',
  print: 'Imprimer',
  invalidHeading: 'Le bilan ne peut pas être produit avec ces paramètres :',
  fields: {
    from: 'Date de début (from)',
    to: 'Date de fin (to)',
    region: 'Région (region)',
  },
  errors: {
    invalidDate: 'entrez une date réelle au format AAAA-MM-JJ.',
    dateOutOfRange: 'entrez une date entre 1900-01-01 et 2100-12-31.',
    notAfterTo: 'la date de début doit précéder la date de fin (ou lui être égale).',
    notBeforeFrom: 'la date de fin doit suivre la date de début (ou lui être égale).',
    invalidRegion: 'entrez le code à deux chiffres d’une région, par exemple 08.',
    unknownRegion: 'aucune région ne porte ce code.',
    outsideYourRegion: 'vous pouvez produire le bilan de votre région seulement.',
    repeated: 'ce paramètre est donné plus d’une fois.',
    invalid: 'cette valeur n’est pas valide.',
  },
  regionOf: '{code, select, r07 {de l’Outaouais} r08 {de l’Abitibi-Témiscamingue} r10 {du Nord-du-Québec} other {de la région {region}}}',
  regionIn: '{code, select, r07 {en Outaouais} r08 {en Abitibi-Témiscamingue} r10 {dans le Nord-du-Québec} other {dans la région {region}}}',
  intro:
    'Depuis l’annonce de l’ambitieux projet de régionalisation de l’immigration en août 2019 et de la bonification de ses services, la Direction régionale de l’Outaouais, de l’Abitibi-Témiscamingue et du Nord-du-Québec a pu soutenir des initiatives locales qui permettent d’aider les personnes immigrantes de la région à bien s’intégrer dans la collectivité.',
  personsSentence:
    'À ce jour, {count, plural, one {# personne immigrante {regionOf} a été accompagnée} many {# personnes immigrantes {regionOf} ont été accompagnées} other {# personnes immigrantes {regionOf} ont été accompagnées}} par les agentes et agents d’aide à l’intégration grâce à Accompagnement Québec, le service d’intégration des personnes immigrantes du ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI).',
  businessesIntro:
    'De plus, la Direction régionale a également contribué à aider les entreprises à recruter de la main-d’œuvre parmi les personnes immigrantes, à encourager la mobilité interrégionale et à favoriser la réponse aux besoins de main-d’œuvre en région en adéquation avec les compétences des personnes immigrantes.',
  businessesSentence:
    'À ce jour, les conseillères et conseillers en immigration régionale en poste {regionIn} ont accompagné {count, plural, one {# entreprise} many {# entreprises} other {# entreprises}} de la région.',
  agreementsSentence:
    'Les mesures mises en place par le ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI) ont également permis d’établir {count, plural, one {# entente} many {# ententes} other {# ententes}} avec différents partenaires du milieu.',
  agreementsFollowUp:
    'Ces ententes, dans le cadre des programmes financiers du MIFI, ont permis de créer une concertation autour d’actions durables et d’activités de mobilisation dans la région au cours de la période.',
  staff: {
    heading: 'Personnel du MIFI dans la région',
    advisers:
      '{count, plural, =0 {Aucune conseillère ni aucun conseiller en immigration régionale n’est en poste {regionIn}.} one {# conseillère ou conseiller en immigration régionale est en poste {regionIn}, soit à {places}, pour offrir un service clé en main aux entreprises désireuses d’embaucher des personnes immigrantes d’ici ou d’ailleurs.} many {# conseillères et conseillers en immigration régionale sont en poste {regionIn}, soit à {places}, pour offrir un service clé en main aux entreprises désireuses d’embaucher des personnes immigrantes d’ici ou d’ailleurs.} other {# conseillères et conseillers en immigration régionale sont en poste {regionIn}, soit à {places}, pour offrir un service clé en main aux entreprises désireuses d’embaucher des personnes immigrantes d’ici ou d’ailleurs.}}',
    agents:
      '{count, plural, =0 {Aucune agente ni aucun agent d’aide à l’intégration n’est en poste.} one {À ceux-ci s’ajoute # agente ou agent d’aide à l’intégration en poste à {places}.} many {À ceux-ci s’ajoutent # agentes et agents d’aide à l’intégration en poste à {places}.} other {À ceux-ci s’ajoutent # agentes et agents d’aide à l’intégration en poste à {places}.}}',
    caption: 'Personnel en poste par point de service',
    servicePoint: 'Point de service',
    advisersColumn: 'Conseillères et conseillers en immigration régionale',
    agentsColumn: 'Agentes et agents d’aide à l’intégration',
  },
  projects: {
    heading: 'Voici des projets développés {regionIn}',
    intro: '{count, plural, =0 {Aucun projet financé par le MIFI n’a eu cours dans la région pendant la période.} one {# projet financé par le MIFI a eu cours dans la région pendant la période :} many {# projets financés par le MIFI ont eu cours dans la région pendant la période, notamment :} other {# projets financés par le MIFI ont eu cours dans la région pendant la période, notamment :}}',
    caption: 'Projets financés par type et par MRC',
    note: 'Un projet mené dans plusieurs MRC est compté dans chacune ; « Ensemble de la région » compte chaque projet une seule fois.',
    type: 'Type de projet',
    total: 'Ensemble de la région',
    projectLine: '{type} : {title} ({mrcs})',
    types: {
      awareness_campaign: 'Campagne de sensibilisation',
      colloquium: 'Colloque',
      welcome_guide: 'Guide d’accueil',
      leisure_intercultural: 'Loisirs et rapprochement interculturel',
      womens_circle: 'Cercle des femmes',
      educational_workshop: 'Ateliers éducatifs',
      conversation_group: 'Groupe de conversation',
      other: 'Autre',
    },
  },
  resources: {
    heading: 'Des ressources disponibles',
    intro: 'Des ressources offrent des services d’intégration et d’accompagnement aux personnes immigrantes qui souhaitent s’établir dans la région {regionOf} :',
    none: 'Aucune ressource n’est encore inscrite au répertoire des partenaires pour cette région.',
  },
  offices: {
    heading: 'Points de service',
    contactIntro: 'Pour communiquer avec l’un ou l’autre des points de service {regionIn}, on peut le faire par courriel ou par téléphone :',
    email: 'Courriel : {email}',
    phone: 'Téléphone : {phone}',
    noContact: 'La ligne de contact commune n’est pas encore inscrite dans les paramètres.',
    locatedAt: 'Les bureaux sont situés :',
    address: 'Services Québec, {address}, {city}, Québec{postalCode, select, none {} other {, {postalCode}}}',
    hours: 'Heures d’ouverture : {hours}',
    none: 'Aucun point de service actif dans cette région.',
  },
};
