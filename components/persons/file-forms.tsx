'use client';
import { useTranslations } from 'next-intl';
import { SHARED_INFORMATION_KINDS } from '@/db/enums/privacy';
import {
  addActionPlanItemAction,
  addInterventionAction,
  addReferralAction,
  closeAccompanimentAction,
  reopenAccompanimentAction,
  setActionPlanStatusAction,
  setReferralStatusAction,
  transferAccompanimentAction,
} from '@/app/(app)/persons/actions';
import { ActionForm, type ActionFormProps } from '@/components/forms/action-form';
import { ACTION_STATUSES, CLOSURE_REASONS, NEEDS, NEW_INTERVENTION_KINDS, REFERRAL_STATUSES } from '@/db/enums/persons';
import { actionPlanItemInput, actionPlanStatusInput, closeInput, interventionInput, referralInput, referralStatusInput, reopenInput, todayInQuebec, transferInput } from '@/lib/persons/schemas';

// The forms of a follow-up in the person's file, each on the generic ActionForm.

type Option = { value: string; label: string };

function useCommon() {
  const t = useTranslations('persons.forms');
  const tEnums = useTranslations('enums');
  const common: Pick<ActionFormProps, 'dateHint' | 'reloadLabel'> = { dateHint: t('dateHint'), reloadLabel: t('conflictReload') };
  const needOptions = (empty?: string): Option[] => [...(empty ? [{ value: '', label: empty }] : []), ...NEEDS.map((need) => ({ value: need, label: tEnums(`needs.${need}`) }))];
  return { t, tEnums, common, needOptions, today: todayInQuebec() };
}

export function InterventionForm({ accompanimentId }: { accompanimentId: string }) {
  const { t, tEnums, common, needOptions, today } = useCommon();
  return (
    <ActionForm
      {...common}
      action={addInterventionAction}
      schema={interventionInput}
      idempotent
      hidden={{ accompanimentId }}
      defaults={{ occurredOn: today, kind: 'follow_up' }}
      submitLabel={t('addIntervention')}
      successMessage={t('interventionSaved')}
      fields={[
        { name: 'occurredOn', label: t('occurredOn'), kind: 'date' },
        { name: 'kind', label: t('kind'), kind: 'select', options: NEW_INTERVENTION_KINDS.map((kind) => ({ value: kind, label: tEnums(`interventionKinds.${kind}`) })) },
        { name: 'need', label: t('need'), kind: 'select', options: needOptions(t('none')) },
        { name: 'durationMinutes', label: t('durationMinutes'), kind: 'number' },
        { name: 'notes', label: t('notes'), kind: 'textarea', hint: t('notesHint') },
        { name: 'nextFollowUpOn', label: t('nextFollowUpOn'), kind: 'date' },
      ]}
    />
  );
}

export function GoalForm({ accompanimentId }: { accompanimentId: string }) {
  const { t, common, needOptions } = useCommon();
  return (
    <ActionForm
      {...common}
      action={addActionPlanItemAction}
      schema={actionPlanItemInput}
      idempotent
      hidden={{ accompanimentId }}
      submitLabel={t('addGoal')}
      successMessage={t('goalSaved')}
      fields={[
        { name: 'need', label: t('need').replace(/ \(.*\)$/, ''), kind: 'select', options: needOptions(t('choose')) },
        { name: 'goal', label: t('goal'), kind: 'text' },
      ]}
    />
  );
}

export function GoalStatusForm({ id, version, status }: { id: string; version: number; status: string }) {
  const { t, tEnums, common } = useCommon();
  return (
    <ActionForm
      {...common}
      action={setActionPlanStatusAction}
      schema={actionPlanStatusInput}
      hidden={{ id, version }}
      defaults={{ status }}
      submitLabel={t('updateStatus')}
      successMessage={t('statusSaved')}
      fields={[{ name: 'status', label: t('status'), kind: 'select', options: ACTION_STATUSES.map((value) => ({ value, label: tEnums(`actionStatuses.${value}`) })) }]}
    />
  );
}

export function ReferralForm({ accompanimentId, partners }: { accompanimentId: string; partners: Option[] }) {
  const { t, common, needOptions, today } = useCommon();
  const tShared = useTranslations('privacy.sharedInformation');
  return (
    <ActionForm
      {...common}
      action={addReferralAction}
      schema={referralInput}
      idempotent
      hidden={{ accompanimentId }}
      // What a referral usually tells the partner; the agent unticks what was not shared (communications register).
      defaults={{ sentOn: today, sharedInformation: ['identity', 'contact_details', 'needs'] }}
      submitLabel={t('addReferral')}
      successMessage={t('referralSaved')}
      fields={[
        { name: 'partnerId', label: t('partnerId'), kind: 'select', options: [{ value: '', label: t('choose') }, ...partners] },
        { name: 'need', label: t('need').replace(/ \(.*\)$/, ''), kind: 'select', options: needOptions(t('choose')) },
        { name: 'sentOn', label: t('sentOn'), kind: 'date' },
        { name: 'sharedInformation', label: t('sharedInformation'), kind: 'checkboxes', options: SHARED_INFORMATION_KINDS.map((kind) => ({ value: kind, label: tShared(kind) })) },
        { name: 'notes', label: t('notes'), kind: 'textarea', hint: t('notesHint') },
      ]}
    />
  );
}

export function ReferralStatusForm({ id, version, status }: { id: string; version: number; status: string }) {
  const { t, tEnums, common, today } = useCommon();
  return (
    <ActionForm
      {...common}
      action={setReferralStatusAction}
      schema={referralStatusInput}
      hidden={{ id, version }}
      defaults={{ status, respondedOn: today }}
      submitLabel={t('updateStatus')}
      successMessage={t('statusSaved')}
      fields={[
        { name: 'status', label: t('status'), kind: 'select', options: REFERRAL_STATUSES.map((value) => ({ value, label: tEnums(`referralStatuses.${value}`) })) },
        { name: 'respondedOn', label: t('respondedOn'), kind: 'date' },
      ]}
    />
  );
}

export function TransferForm({ accompanimentId, version, agents }: { accompanimentId: string; version: number; agents: Option[] }) {
  const { t, common, today } = useCommon();
  return (
    <ActionForm
      {...common}
      action={transferAccompanimentAction}
      schema={transferInput}
      hidden={{ accompanimentId, version }}
      defaults={{ transferredOn: today }}
      submitLabel={t('doTransfer')}
      successMessage={t('transferred')}
      confirm={{ question: t('transferConfirm'), confirmLabel: t('confirm'), cancelLabel: t('cancel') }}
      fields={[
        { name: 'toAgentId', label: t('toAgentId'), kind: 'select', options: [{ value: '', label: t('choose') }, ...agents] },
        { name: 'reason', label: t('reason'), kind: 'text' },
        { name: 'transferredOn', label: t('transferredOn'), kind: 'date' },
      ]}
    />
  );
}

export function CloseForm({ accompanimentId, version }: { accompanimentId: string; version: number }) {
  const { t, tEnums, common, today } = useCommon();
  return (
    <ActionForm
      {...common}
      action={closeAccompanimentAction}
      schema={closeInput}
      hidden={{ accompanimentId, version }}
      defaults={{ closedOn: today }}
      submitLabel={t('doClose')}
      successMessage={t('closed')}
      confirm={{ question: t('closeConfirm'), confirmLabel: t('confirm'), cancelLabel: t('cancel') }}
      fields={[
        { name: 'closedOn', label: t('closedOn'), kind: 'date' },
        { name: 'closureReason', label: t('closureReason'), kind: 'select', options: [{ value: '', label: t('choose') }, ...CLOSURE_REASONS.map((value) => ({ value, label: tEnums(`closureReasons.${value}`) }))] },
      ]}
    />
  );
}

export function ReopenForm({ accompanimentId }: { accompanimentId: string }) {
  const { t, tEnums, common, today } = useCommon();
  return (
    <ActionForm
      {...common}
      action={reopenAccompanimentAction}
      schema={reopenInput}
      idempotent
      hidden={{ accompanimentId }}
      defaults={{ openedOn: today }}
      submitLabel={t('doReopen')}
      successMessage={t('reopened')}
      fields={[
        { name: 'openedOn', label: t('openedOn'), kind: 'date' },
        { name: 'needs', label: t('needs'), kind: 'select', options: NEEDS.map((need) => ({ value: need, label: tEnums(`needs.${need}`) })) },
      ]}
    />
  );
}
