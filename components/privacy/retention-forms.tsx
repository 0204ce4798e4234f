'use client';
import { useTranslations } from 'next-intl';
import { applyRetentionAction, updateRetentionRuleAction } from '@/app/(app)/privacy/actions';
import { ActionForm } from '@/components/forms/action-form';
import { applyRetentionInput, retentionRuleInput } from '@/lib/privacy/schemas';

/** The retention rule of a kind of record: its duration and the reason for it, against its version. */
export function RetentionRuleForm({ rule }: { rule: { kind: string; version: number; years: number; reason: string } }) {
  const t = useTranslations('privacy.retention');
  const tForms = useTranslations('persons.forms');
  return (
    <ActionForm
      action={updateRetentionRuleAction}
      schema={retentionRuleInput}
      hidden={{ kind: rule.kind, version: rule.version }}
      defaults={{ years: rule.years, reason: rule.reason }}
      submitLabel={t('saveRule')}
      successMessage={t('ruleSaved')}
      dateHint={tForms('dateHint')}
      reloadLabel={tForms('conflictReload')}
      fields={[
        { name: 'years', label: t('years'), kind: 'number' },
        { name: 'reason', label: t('reason'), kind: 'textarea' },
      ]}
    />
  );
}

/** Anonymizes the files due as of the day previewed, after a confirmation (irreversible). */
export function ApplyRetentionForm({ asOf }: { asOf: string }) {
  const t = useTranslations('privacy.retention');
  const tForms = useTranslations('persons.forms');
  return (
    <ActionForm
      action={applyRetentionAction}
      schema={applyRetentionInput}
      hidden={{ asOf }}
      submitLabel={t('apply')}
      successMessage={t('applied')}
      confirm={{ question: t('applyConfirm'), confirmLabel: t('apply'), cancelLabel: tForms('cancel') }}
      dateHint={tForms('dateHint')}
      reloadLabel={tForms('conflictReload')}
      fields={[]}
    />
  );
}
