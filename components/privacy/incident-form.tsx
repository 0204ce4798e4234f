'use client';
import { useTranslations } from 'next-intl';
import { recordIncidentAction, updateIncidentAction } from '@/app/(app)/privacy/actions';
import { ActionForm, type FieldSpec } from '@/components/forms/action-form';
import { INCIDENT_RISK_LEVELS } from '@/db/enums/privacy';
import { incidentInput, incidentUpdateInput } from '@/lib/privacy/schemas';

export interface IncidentFormProps {
  /** The incident as saved, to edit it (against its version); absent to record a new one. */
  incident?: Record<string, unknown> & { id: string; version: number };
}

const FIELDS = [
  'informationConcerned',
  'circumstances',
  'occurredFrom',
  'occurredTo',
  'discoveredOn',
  'personsConcerned',
  'riskLevel',
  'riskReasons',
  'commissionNotifiedOn',
  'personsNotifiedOn',
  'measuresTaken',
] as const;

/** One form for recording and editing an incident of the register, the same schema as the server. */
export function IncidentForm({ incident }: IncidentFormProps) {
  const t = useTranslations('privacy.incidents');
  const tRisk = useTranslations('privacy.riskLevels');
  const tForms = useTranslations('persons.forms');
  const kinds: Record<(typeof FIELDS)[number], FieldSpec['kind']> = {
    informationConcerned: 'textarea',
    circumstances: 'textarea',
    occurredFrom: 'date',
    occurredTo: 'date',
    discoveredOn: 'date',
    personsConcerned: 'number',
    riskLevel: 'select',
    riskReasons: 'textarea',
    commissionNotifiedOn: 'date',
    personsNotifiedOn: 'date',
    measuresTaken: 'textarea',
  };
  const hints: Partial<Record<(typeof FIELDS)[number], string>> = {
    informationConcerned: t('fields.informationConcernedHint'),
    personsConcerned: t('fields.personsConcernedHint'),
    riskReasons: t('fields.riskReasonsHint'),
    measuresTaken: t('fields.measuresTakenHint'),
  };
  const fields = FIELDS.map((name): FieldSpec => {
    const label = t(`fields.${name}`);
    if (kinds[name] === 'select') return { name, label, kind: 'select', options: INCIDENT_RISK_LEVELS.map((level) => ({ value: level, label: tRisk(level) })) };
    return { name, label, kind: kinds[name] as 'text', hint: hints[name] };
  });
  const common = { fields, dateHint: tForms('dateHint'), reloadLabel: tForms('conflictReload') };
  if (!incident) {
    return (
      <ActionForm
        {...common}
        action={recordIncidentAction}
        schema={incidentInput}
        idempotent
        hidden={{}}
        defaults={{ riskLevel: 'not_assessed', personsConcerned: '' }}
        submitLabel={t('save')}
        successMessage={t('saved')}
        successHref={(data) => `/privacy/incidents/${(data as { id: string }).id}?notice=recorded`}
      />
    );
  }
  const defaults = Object.fromEntries(FIELDS.map((name) => [name, incident[name] ?? '']));
  return (
    <ActionForm
      {...common}
      action={updateIncidentAction}
      schema={incidentUpdateInput}
      hidden={{ id: incident.id, version: incident.version }}
      defaults={defaults}
      submitLabel={t('saveChanges')}
      successMessage={t('updated')}
    />
  );
}
