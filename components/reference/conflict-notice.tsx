'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';

/** Someone saved the record since the form opened: say so and offer the current version. */
export function ConflictNotice() {
  const t = useTranslations('reference');
  const tErrors = useTranslations('actionErrors');
  return (
    <div className="space-y-2">
      <FormAlert message={tErrors('conflict')} />
      <Button variant="secondary" onClick={() => window.location.reload()}>
        {t('reload')}
      </Button>
    </div>
  );
}
