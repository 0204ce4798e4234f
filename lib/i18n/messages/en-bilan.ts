import type { Catalogue } from './fr';
import type { frBilan } from './fr-bilan';

// The bilan in English (same keys as ./fr-bilan.ts, checked by type).
export const enBilan: Catalogue<typeof frBilan> = {
  title: 'Report of achievements',
  documentTitle: 'Report of achievements {from} – {to}, {region}',
  ministry: 'Ministère de l’Immigration, de la Francisation et de l’Intégration',
  period: 'Period from {from} to {to} · region {code} {region}',
  generatedOn: 'Produced on {date} from Passerelle’s data.',
  filterLegend: 'Period and region of the report',
  downloadPdf: 'Download the report (PDF)',
  print: 'Print',
  invalidHeading: 'The report cannot be produced with these parameters:',
  fields: {
    from: 'Start date (from)',
    to: 'End date (to)',
    region: 'Region (region)',
  },
  errors: {
    invalidDate: 'enter a real date written YYYY-MM-DD.',
    dateOutOfRange: 'enter a date between 1900-01-01 and 2100-12-31.',
    notAfterTo: 'the start date must come before the end date (or be the same day).',
    notBeforeFrom: 'the end date must come after the start date (or be the same day).',
    invalidRegion: 'enter a region’s two-digit code, such as 08.',
    unknownRegion: 'no region has this code.',
    outsideYourRegion: 'you may produce the report of your own region only.',
    repeated: 'this parameter is given more than once.',
    invalid: 'this value is not valid.',
  },
  regionOf: '{code, select, r07 {from Outaouais} r08 {from Abitibi-Témiscamingue} r10 {from Nord-du-Québec} other {from the {region} region}}',
  regionIn: '{code, select, r07 {in Outaouais} r08 {in Abitibi-Témiscamingue} r10 {in Nord-du-Québec} other {in the {region} region}}',
  intro:
    'Since the announcement of the ambitious project to regionalize immigration in August 2019 and the enhancement of its services, the regional directorate for Outaouais, Abitibi-Témiscamingue and Nord-du-Québec has supported local initiatives that help the region’s immigrants integrate well into the community.',
  personsSentence:
    'To date, {count, plural, one {# immigrant {regionOf} has been accompanied} other {# immigrants {regionOf} have been accompanied}} by integration agents through Accompagnement Québec, the integration service of the Ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI).',
  businessesIntro:
    'The regional directorate has also helped businesses recruit workers among immigrants, encouraged interregional mobility and helped meet the region’s labour needs in line with immigrants’ skills.',
  businessesSentence:
    'To date, the regional immigration advisers working {regionIn} have accompanied {count, plural, one {# business} other {# businesses}} of the region.',
  agreementsSentence:
    'The measures put in place by the Ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI) have also made it possible to establish {count, plural, one {# agreement} other {# agreements}} with various local partners.',
  agreementsFollowUp:
    'Under the MIFI’s funding programs, these agreements brought partners together around lasting actions and mobilization activities in the region during the period.',
  staff: {
    heading: 'MIFI staff in the region',
    advisers:
      '{count, plural, =0 {No regional immigration adviser is working {regionIn}.} one {# regional immigration adviser is working {regionIn}, in {places}, offering a turnkey service to businesses wishing to hire immigrants from here or elsewhere.} other {# regional immigration advisers are working {regionIn}, in {places}, offering a turnkey service to businesses wishing to hire immigrants from here or elsewhere.}}',
    agents:
      '{count, plural, =0 {No integration agent is working in the region.} one {They are joined by # integration agent working in {places}.} other {They are joined by # integration agents working in {places}.}}',
    caption: 'Staff by service point',
    servicePoint: 'Service point',
    advisersColumn: 'Regional immigration advisers',
    agentsColumn: 'Integration agents',
  },
  projects: {
    heading: 'Projects developed {regionIn}',
    intro: '{count, plural, =0 {No project funded by the MIFI ran in the region during the period.} one {# project funded by the MIFI ran in the region during the period:} other {# projects funded by the MIFI ran in the region during the period, including:}}',
    caption: 'Funded projects by type and MRC',
    note: 'A project run in several MRCs counts in each of them; “Whole region” counts each project once.',
    type: 'Type of project',
    total: 'Whole region',
    projectLine: '{type}: {title} ({mrcs})',
    types: {
      awareness_campaign: 'Awareness campaign',
      colloquium: 'Colloquium',
      welcome_guide: 'Welcome guide',
      leisure_intercultural: 'Leisure and intercultural activities',
      womens_circle: 'Women’s circle',
      educational_workshop: 'Educational workshops',
      conversation_group: 'Conversation group',
      other: 'Other',
    },
  },
  resources: {
    heading: 'Resources available',
    intro: 'These organizations offer integration and support services to immigrants who wish to settle in the region {regionOf}:',
    none: 'No resource is listed in the partner directory for this region yet.',
  },
  offices: {
    heading: 'Service points',
    contactIntro: 'To reach any of the service points {regionIn}, write or call:',
    email: 'E-mail: {email}',
    phone: 'Telephone: {phone}',
    noContact: 'The shared contact line is not set in the settings yet.',
    locatedAt: 'The offices are located at:',
    address: 'Services Québec, {address}, {city}, Quebec{postalCode, select, none {} other {, {postalCode}}}',
    hours: 'Opening hours: {hours}',
    none: 'No active service point in this region.',
  },
};
