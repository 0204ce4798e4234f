'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { notify } from '@/components/ui/toaster';

export interface TemporaryPasswordNoticeProps {
  /** Who it is for, in the sentence above the password. */
  sentence: string;
  /** Null when a replayed submit created nothing: the password was shown the first time only. */
  password: string | null;
  /** The way out, once the admin has copied it: a link or a button. */
  children: React.ReactNode;
}

/**
 * The generated temporary password, shown once: it lives only in this component's props, in the answer of
 * the action that generated it; a reload or another visit never shows it again (only its hash is stored).
 * Focus comes here when it appears, so a screen reader user hears the sentence and can copy at once.
 */
export function TemporaryPasswordNotice({ sentence, password, children }: TemporaryPasswordNoticeProps) {
  const t = useTranslations('reference.onboarding');
  const headingId = useId();
  const warningId = useId();
  const region = useRef<HTMLElement>(null);
  useEffect(() => region.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(password ?? '');
      notify.success(t('copied'));
    } catch {
      notify.error(t('copyFailed'));
    }
  }

  return (
    <section ref={region} tabIndex={-1} aria-labelledby={headingId} className="space-y-4 border-l-4 border-qc-blue bg-qc-blue-pale p-4 outline-none focus-visible:ring-2">
      <h2 id={headingId} className="text-xl font-semibold">
        {t('passwordHeading')}
      </h2>
      <p className="font-semibold">{sentence}</p>
      {password ? (
        <>
          <div>
            <p className="mb-1 font-semibold">{t('passwordLabel')}</p>
            {/* Monospace and spaced so that each character reads clearly when it is read out. */}
            <output aria-describedby={warningId} data-testid="temporary-password" className="block w-fit select-all rounded border-2 border-qc-grey bg-white px-3 py-2 font-mono text-xl tracking-wider">
              {password}
            </output>
          </div>
          <p id={warningId} role="alert" className="border-l-4 border-qc-red bg-white p-3 font-semibold">
            {t('warning')}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button onClick={copy}>{t('copy')}</Button>
            {children}
          </div>
        </>
      ) : (
        <>
          <p role="alert">{t('replayed')}</p>
          <div className="flex flex-wrap gap-3">{children}</div>
        </>
      )}
    </section>
  );
}
