'use client';
import { useTranslations } from 'next-intl';
import { giveSharingConsentAction, updatePersonAction, withdrawSharingConsentAction } from '@/app/(app)/persons/actions';
import { ActionForm } from '@/components/forms/action-form';
import { todayInQuebec, updatePersonInput } from '@/lib/persons/schemas';
import { sharingConsentInput } from '@/lib/privacy/schemas';

/** Withdraws (or records) the person's consent to share with partners, with its date. */
export function SharingConsentForm({ personId, version, consenting }: { personId: string; version: number; consenting: boolean }) {
  const t = useTranslations('privacy.file');
  const tForms = useTranslations('persons.forms');
  return (
    <ActionForm
      action={consenting ? withdrawSharingConsentAction : giveSharingConsentAction}
      schema={sharingConsentInput}
      hidden={{ personId, version }}
      defaults={{ effectiveOn: todayInQuebec() }}
      submitLabel={consenting ? t('withdraw') : t('give')}
      successMessage={consenting ? t('withdrawn') : t('given')}
      confirm={consenting ? { question: t('withdrawConfirm'), confirmLabel: t('withdraw'), cancelLabel: tForms('cancel') } : undefined}
      dateHint={tForms('dateHint')}
      reloadLabel={tForms('conflictReload')}
      fields={[{ name: 'effectiveOn', label: t('effectiveOn'), kind: 'date' }]}
    />
  );
}

/**
 * A correction of the person's identity: the fields usually mistyped, the others sent as they are. The
 * server keeps each changed field's old and new values (person_corrections).
 */
const OPTIONAL = new Set<string>(['phone', 'email', 'residenceMunicipality']);

export function IdentityCorrectionForm({ person }: { person: Record<string, unknown> & { id: string; version: number } }) {
  const t = useTranslations('privacy.file');
  const tFields = useTranslations('privacy.fields');
  const tForms = useTranslations('persons.forms');
  const tOptional = useTranslations('fields');
  const editable = ['firstName', 'lastName', 'birthDate', 'phone', 'email', 'residenceMunicipality'] as const;
  const kept = Object.fromEntries(Object.entries(person).filter(([name]) => !(editable as readonly string[]).includes(name)));
  return (
    <ActionForm
      action={updatePersonAction}
      schema={updatePersonInput}
      hidden={kept}
      defaults={Object.fromEntries(editable.map((name) => [name, person[name] ?? '']))}
      submitLabel={t('saveCorrection')}
      successMessage={t('correctionSaved')}
      dateHint={tForms('dateHint')}
      reloadLabel={tForms('conflictReload')}
      fields={[
        // Phone, e-mail and municipality may be cleared: the labels are the file's own, the hint says so.
        ...editable.map((name) => ({ name, label: tFields(name), kind: name === 'birthDate' ? ('date' as const) : ('text' as const), ...(OPTIONAL.has(name) ? { hint: tOptional('optional') } : {}) })),
        { name: 'correctionReason', label: t('correctionReason'), kind: 'text' as const },
      ]}
    />
  );
}
