import type { Messages } from './messages/fr';

/** The parts of the catalogue every data-entry form needs (validation sentences, action errors). */
export function formMessages(m: Messages) {
  return { validation: m.validation, actionErrors: m.actionErrors };
}
