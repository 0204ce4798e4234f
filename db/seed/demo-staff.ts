import type { StaffRole } from '../schema';
import type { ServicePointCode } from './reference-data';

export const DEMO_PASSWORD = 'demo-passerelle-2019';

export interface DemoStaff {
  key: string;
  email: string;
  displayName: string;
  role: StaffRole;
  servicePointCode: ServicePointCode | null;
}

// The report's staff: "deux conseillères et conseillers en immigration régionale [...] à Rouyn-Noranda et
// Val-d'Or [...] quatre agentes et agents d'aide à l'intégration en poste à Val-d'Or, La Sarre,
// Rouyn-Noranda et Ville-Marie". The Gatineau and Chibougamau accounts hold the other regions' demo files.
export const DEMO_STAFF: DemoStaff[] = [
  { key: 'admin', email: 'admin@passerelle.test', displayName: 'Sophie Administratrice', role: 'admin', servicePointCode: null },
  { key: 'manager', email: 'direction@passerelle.test', displayName: 'Martine Direction', role: 'manager', servicePointCode: 'rouyn-noranda' },
  { key: 'agent-val-dor', email: 'agent.valdor@passerelle.test', displayName: 'Julie Agente', role: 'agent', servicePointCode: 'val-dor' },
  { key: 'agent-la-sarre', email: 'agent.lasarre@passerelle.test', displayName: 'Marc Agent', role: 'agent', servicePointCode: 'la-sarre' },
  { key: 'agent-rouyn-noranda', email: 'agent.rouyn@passerelle.test', displayName: 'Nadia Agente', role: 'agent', servicePointCode: 'rouyn-noranda' },
  { key: 'agent-ville-marie', email: 'agent.villemarie@passerelle.test', displayName: 'Luc Agent', role: 'agent', servicePointCode: 'ville-marie' },
  { key: 'adviser-rouyn-noranda', email: 'conseil.rouyn@passerelle.test', displayName: 'Claire Conseillère', role: 'adviser', servicePointCode: 'rouyn-noranda' },
  { key: 'adviser-val-dor', email: 'conseil.valdor@passerelle.test', displayName: 'Éric Conseiller', role: 'adviser', servicePointCode: 'val-dor' },
  { key: 'agent-gatineau', email: 'agent.gatineau@passerelle.test', displayName: 'Anne Agente', role: 'agent', servicePointCode: 'gatineau' },
  { key: 'agent-chibougamau', email: 'agent.chibougamau@passerelle.test', displayName: 'Paul Agent', role: 'agent', servicePointCode: 'chibougamau' },
  { key: 'adviser-gatineau', email: 'conseil.gatineau@passerelle.test', displayName: 'Lise Conseillère', role: 'adviser', servicePointCode: 'gatineau' },
  { key: 'privacy-officer', email: 'protection@passerelle.test', displayName: 'Hélène Protection', role: 'privacy_officer', servicePointCode: null },
];
