'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { undoImportBatchAction } from '@/app/(app)/imports/actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { ImportKind } from '@/db/enums/imports';

/** Undo of one batch, after a question naming the file and what will be deleted. */
export function UndoBatchButton({ id, kind, fileName, created }: { id: string; kind: ImportKind; fileName: string; created: number }) {
  const t = useTranslations('imports');
  const ta = useTranslations('actionErrors');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  async function undo() {
    setPending(true);
    const result = await undoImportBatchAction({ id });
    setPending(false);
    setOpen(false);
    if (result.ok) {
      toast.success(t('batches.undone_ok', { count: result.data.deleted }));
      router.refresh();
      return;
    }
    const code = result.fieldErrors?.batchId;
    toast.error(code && t.has(`undoErrors.${code}` as never) ? t(`undoErrors.${code}` as never) : result.error === 'unexpected' ? ta('unexpected', { reference: result.reference ?? '' }) : ta(result.error));
  }
  return (
    <>
      <Button variant="secondary" className="text-sm" onClick={() => setOpen(true)}>
        {t('batches.undo')}
      </Button>
      <ConfirmDialog
        open={open}
        pending={pending}
        title={t('batches.undoTitle', { file: fileName })}
        description={t(`kinds.${kind}.undoConfirm`, { created: String(created) })}
        confirmLabel={t('batches.undo')}
        cancelLabel={t('batches.keep')}
        onConfirm={() => void undo()}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
