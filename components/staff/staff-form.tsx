'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { createStaffAction, updateStaffAction } from '@/app/(app)/admin/staff/actions';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toaster';
import { STAFF_ROLES, type StaffRole } from '@/db/enums/staff';
import { createStaffInput, updateStaffInput, worksFromServicePoint } from '@/lib/staff/schemas';
import { TemporaryPasswordNotice } from './temporary-password-notice';

type Values = z.input<typeof createStaffInput> & Partial<z.input<typeof updateStaffInput>>;

export interface ServicePointGroup {
  regionName: string;
  items: { id: string; name: string }[];
}

export interface StaffFormProps {
  /** Absent for a new account. */
  account?: { id: string; version: number; email: string; displayName: string; role: StaffRole; servicePointId: string | null };
  /** Open service points, one group per region (an `<optgroup>` each). */
  servicePointGroups: ServicePointGroup[];
  /** The signed-in admin: their own role is shown, not offered (the server refuses a change too). */
  currentUserId: string;
}

/**
 * One form for creating and editing an account; the server re-validates with the same schemas. A new
 * account gets a generated temporary password, shown once here after the save (TemporaryPasswordNotice).
 */
export function StaffForm({ account, servicePointGroups, currentUserId }: StaffFormProps) {
  const router = useRouter();
  const editing = Boolean(account);
  const ownAccount = account?.id === currentUserId;
  // Generated when the form opens: a double submit or a replay creates one account (lib/writes.ts createOnce).
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [created, setCreated] = useState<{ id: string; displayName: string; temporaryPassword: string | null } | null>(null);
  const { register, handleSubmit, setError, formState, control } = useSchemaForm<Values>(editing ? updateStaffInput : createStaffInput, {
    defaultValues: account
      ? { ...account, servicePointId: account.servicePointId ?? '', idempotencyKey }
      : { email: '', displayName: '', role: undefined, servicePointId: '', idempotencyKey },
  });
  const { submit } = useActionSubmit(setError, { report: 'toast' });
  const { validationText } = useFormMessages();
  const error = (field: keyof Values) => validationText(formState.errors[field]?.message);
  const t = useTranslations('staff');
  const tOnboarding = useTranslations('reference.onboarding');
  const tRoles = useTranslations('user.roles');
  const role = useWatch({ control, name: 'role' });
  const hasServicePoint = worksFromServicePoint(role);

  const onSubmit = handleSubmit(async (values) => {
    const servicePointId = worksFromServicePoint(values.role) ? values.servicePointId : null;
    if (account) {
      const saved = await submit(() => updateStaffAction({ id: account.id, version: account.version, displayName: values.displayName, role: values.role, servicePointId }));
      if (saved) {
        notify.success(t('saved'));
        router.push('/admin/staff');
        router.refresh();
      }
      return;
    }
    const saved = await submit(() => createStaffAction({ ...values, servicePointId, idempotencyKey }));
    if (saved) setCreated({ ...saved.data, displayName: values.displayName });
  });

  if (created) {
    return (
      <TemporaryPasswordNotice sentence={tOnboarding('createdFor', { name: created.displayName })} password={created.temporaryPassword}>
        <Link href={`/admin/staff/${created.id}`} className="rounded border-2 border-qc-blue bg-white px-4 py-2 font-semibold text-qc-blue hover:bg-qc-blue-pale">
          {tOnboarding('openAccount')}
        </Link>
      </TemporaryPasswordNotice>
    );
  }

  const roleOptions = [{ value: '', label: t('chooseRole') }, ...STAFF_ROLES.map((value) => ({ value, label: tRoles(value) }))];
  const servicePointGroupsOptions = servicePointGroups.map((group) => ({ label: group.regionName, options: group.items.map((point) => ({ value: point.id, label: point.name })) }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {editing ? (
        <p className="font-semibold">{t('emailLine', { email: account!.email })}</p>
      ) : (
        <TextField label={t('email')} type="email" autoComplete="off" error={error('email')} {...register('email')} />
      )}
      <TextField label={t('name')} autoComplete="off" error={error('displayName')} {...register('displayName')} />
      {ownAccount ? (
        // Not offered at all on one's own account: an admin who demoted themself could lock everyone out.
        <p className="font-semibold">{tOnboarding('ownRole', { role: tRoles(account!.role) })}</p>
      ) : (
        <SelectField label={t('role')} options={roleOptions} error={error('role')} hint={editing ? t('roleChangeNotice') : undefined} {...register('role')} />
      )}
      {hasServicePoint ? (
        <SelectField
          label={t('servicePoint')}
          options={[{ value: '', label: tOnboarding('chooseServicePoint') }]}
          groups={servicePointGroupsOptions}
          error={error('servicePointId')}
          {...register('servicePointId')}
        />
      ) : (
        role && <p>{tOnboarding('noServicePointForRole')}</p>
      )}
      {!editing && <p className="text-sm text-qc-grey-dark">{tOnboarding('generatedHint')}</p>}
      <Button type="submit" disabled={formState.isSubmitting}>
        {editing ? t('save') : t('create')}
      </Button>
    </form>
  );
}
