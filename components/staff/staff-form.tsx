'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { createStaffAction, updateStaffAction } from '@/app/(app)/admin/staff/actions';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toaster';
import { STAFF_ROLES } from '@/db/enums/staff';
import { createStaffInput, updateStaffInput } from '@/lib/staff/schemas';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';

type Values = z.input<typeof createStaffInput> & Partial<z.input<typeof updateStaffInput>>;

export interface StaffFormProps {
  /** Absent for a new account. */
  account?: { id: string; version: number; email: string; displayName: string; role: string; servicePointId: string | null };
  servicePoints: { id: string; name: string }[];
}

/** One form for creating and editing an account; the server re-validates with the same schemas. */
export function StaffForm({ account, servicePoints }: StaffFormProps) {
  const router = useRouter();
  const editing = Boolean(account);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    // Editing never sets a password here (the access panel resets it), so the edit schema is used then.
    resolver: zodResolver((editing ? updateStaffInput : createStaffInput) as typeof createStaffInput),
    defaultValues: account
      ? { ...account, servicePointId: account.servicePointId ?? '', role: account.role as Values['role'], temporaryPassword: '' }
      : { email: '', displayName: '', role: undefined, servicePointId: '', temporaryPassword: '' },
  });
  const { submit } = useActionSubmit(setError, { report: 'toast' });
  const { validationText } = useFormMessages();
  const error = (field: keyof Values) => validationText(formState.errors[field]?.message);
  const t = useTranslations('staff');
  const tRoles = useTranslations('user.roles');

  const onSubmit = handleSubmit(async (values) => {
    const saved = account
      ? await submit(() =>
          updateStaffAction({ id: account.id, version: account.version, displayName: values.displayName, role: values.role, servicePointId: values.servicePointId }),
        )
      : await submit(() => createStaffAction(values));
    if (saved) {
      notify.success(editing ? t('saved') : t('created'));
      router.push('/admin/staff');
      router.refresh();
    }
  });

  const roleOptions = [
    { value: '', label: t('chooseRole') },
    ...STAFF_ROLES.map((role) => ({ value: role, label: tRoles(role) })),
  ];
  const servicePointOptions = [{ value: '', label: t('noServicePoint') }, ...servicePoints.map((point) => ({ value: point.id, label: point.name }))];

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {editing ? (
        <p className="font-semibold">{t('emailLine', { email: account!.email })}</p>
      ) : (
        <TextField label={t('email')} type="email" autoComplete="off" error={error('email')} {...register('email')} />
      )}
      <TextField label={t('name')} autoComplete="off" error={error('displayName')} {...register('displayName')} />
      <SelectField label={t('role')} options={roleOptions} error={error('role')} hint={editing ? t('roleChangeNotice') : undefined} {...register('role')} />
      <SelectField label={t('servicePoint')} options={servicePointOptions} error={error('servicePointId')} {...register('servicePointId')} />
      {!editing && (
        <TextField
          label={t('temporaryPassword')}
          type="password"
          autoComplete="new-password"
          hint={t('temporaryPasswordHint')}
          error={error('temporaryPassword')}
          {...register('temporaryPassword')}
        />
      )}
      <Button type="submit" disabled={formState.isSubmitting}>
        {editing ? t('save') : t('create')}
      </Button>
    </form>
  );
}
