'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { setPartnerActiveAction } from '@/app/(app)/partners/actions';
import { useActionSubmit } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-dialog';
import { notify } from '@/components/ui/toaster';

/** Deactivating asks first (no new referral afterwards); reactivating does not. */
export function PartnerActiveToggle({ partner }: { partner: { id: string; version: number; active: boolean; name: string } }) {
  const t = useTranslations('partners');
  const router = useRouter();
  const { setError } = useForm();
  const { submit } = useActionSubmit(setError, { report: 'toast' });

  async function setActive(active: boolean) {
    const done = await submit(() => setPartnerActiveAction({ id: partner.id, version: partner.version, active }));
    if (done) {
      notify.success(active ? t('reactivated') : t('deactivated'));
      router.refresh();
    }
  }

  return partner.active ? (
    <ConfirmButton
      variant="danger"
      confirm={{ title: t('deactivateTitle', { name: partner.name }), description: t('deactivateText'), confirmLabel: t('deactivate'), cancelLabel: t('cancel') }}
      onConfirm={() => setActive(false)}
    >
      {t('deactivate')}
    </ConfirmButton>
  ) : (
    <Button variant="secondary" onClick={() => setActive(true)}>
      {t('reactivate')}
    </Button>
  );
}
