'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import { createFundedProjectAction, updateFundedProjectAction } from '@/app/(app)/agreements/actions';
import { useActionSubmit, useFormMessages } from '@/components/forms/use-action-form';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Button } from '@/components/ui/button';
import { DateField } from '@/components/ui/date-field';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toaster';
import { FUNDED_PROJECT_TYPES } from '@/db/enums/agreements';
import { fundedProjectFormInput, type updateFundedProjectInput } from '@/lib/agreements/schemas';

type Values = z.input<typeof updateFundedProjectInput>;

export interface ProjectFormProps {
  agreementId: string;
  /** Absent for a new project. */
  project?: Omit<Values, 'mrcIds'> & { id: string; version: number; mrcIds: string[] };
  /** The agreement's MRCs: a project covers some of them. */
  mrcs: { value: string; label: string }[];
}

/** One form for adding and editing a funded project of an agreement. */
export function ProjectForm({ agreementId, project, mrcs }: ProjectFormProps) {
  const t = useTranslations('projects');
  const tDate = useTranslations('dateField');
  const tAgreements = useTranslations('agreements');
  const tFields = useTranslations('fields');
  const router = useRouter();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const blank = { type: '', title: '', description: '', startsOn: '', endsOn: '', participants: '', mrcIds: mrcs.length === 1 ? [mrcs[0]!.value] : [] };
  const { register, handleSubmit, setError, formState, reset } = useSchemaForm<Values>(fundedProjectFormInput, {
    resolver: zodResolver(fundedProjectFormInput as unknown as typeof updateFundedProjectInput, undefined, { raw: true }),
    defaultValues: (project ?? blank) as Partial<Values>,
  });
  const { submit, generalError } = useActionSubmit(setError);
  const { validationText } = useFormMessages();
  const error = (field: string) => validationText((formState.errors as Record<string, { message?: string } | undefined>)[field]?.message);
  const [conflict, setConflict] = useState(false);

  const save = handleSubmit(async (values) => {
    const result = await submit(async () => {
      const answer = project
        ? await updateFundedProjectAction({ ...values, id: project.id, version: project.version })
        : await createFundedProjectAction({ ...values, agreementId, idempotencyKey } as never);
      setConflict(!answer.ok && answer.error === 'conflict');
      return answer;
    });
    if (result) {
      notify.success(project ? t('saved') : t('created'));
      if (!project) {
        reset(blank as Partial<Values>);
        setIdempotencyKey(crypto.randomUUID());
      }
      router.refresh();
    }
  });

  return (
    <form onSubmit={save} noValidate className="space-y-4" aria-label={project ? t('editTitle') : t('addTitle')}>
      <FormAlert message={generalError} />
      {conflict && (
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {tAgreements('reload')}
        </Button>
      )}
      <SelectField label={t('type')} options={[{ value: '', label: tAgreements('choose') }, ...FUNDED_PROJECT_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))]} error={error('type')} {...register('type')} />
      <TextField label={t('projectTitle')} autoComplete="off" error={error('title')} {...register('title')} />
      <TextAreaField label={t('description')} hint={tFields('optional')} error={error('description')} {...register('description')} />
      <DateField label={t('startsOn')} hint={tDate('hint')} autoComplete="off" error={error('startsOn')} {...register('startsOn')} />
      <DateField label={t('endsOn')} hint={t('endsOnHint')} autoComplete="off" error={error('endsOn')} {...register('endsOn')} />
      <TextField label={t('participants')} hint={t('participantsHint')} inputMode="numeric" autoComplete="off" error={error('participants')} {...register('participants')} />
      <CheckboxGroup legend={`${t('mrcs')} (${t('mrcsHint')})`} options={mrcs} registration={register('mrcIds')} error={error('mrcIds')} columns={3} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {project ? t('save') : t('create')}
      </Button>
    </form>
  );
}
