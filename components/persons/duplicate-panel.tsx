'use client';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import type { DuplicateCandidate } from '@/lib/persons/duplicates';
import { countryName } from '@/lib/persons/countries';

export interface DuplicatePanelProps {
  candidates: DuplicateCandidate[];
  elsewhere: boolean;
  onConfirmNew: () => void;
  busy: boolean;
}

/** Possible matches before an intake is saved: open the existing file, or confirm it is someone else. */
export function DuplicatePanel({ candidates, elsewhere, onConfirmNew, busy }: DuplicatePanelProps) {
  const t = useTranslations('persons.forms');
  const tStatus = useTranslations('enums.accompanimentStatuses');
  const locale = useLocale();
  return (
    <section role="alert" aria-labelledby="duplicates-title" className="space-y-3 border-l-4 border-qc-red bg-qc-red-pale p-4" data-testid="duplicates">
      <h2 id="duplicates-title" className="text-xl font-bold">
        {t('duplicatesTitle')}
      </h2>
      {candidates.length > 0 && <p>{t('duplicatesIntro')}</p>}
      <ul className="space-y-2">
        {candidates.map((candidate) => (
          <li key={candidate.id} className="rounded bg-white p-3">
            <p className="font-semibold">
              {t('duplicateLine', { name: `${candidate.firstName} ${candidate.lastName}`, date: candidate.birthDate, country: countryName(candidate.countryOfBirth, locale) })} —{' '}
              {candidate.sameName ? t('duplicateSameName') : t('duplicateCloseName')}
            </p>
            <p>{t('duplicateFollowUps', { list: candidate.followUps.map((followUp) => `${followUp.servicePoint} (${tStatus(followUp.status)}, ${followUp.openedOn})`).join(' ; ') })}</p>
            <Link href={`/persons/${candidate.id}`} className="font-semibold text-qc-blue underline">
              {t('openExisting')}
            </Link>
          </li>
        ))}
      </ul>
      {elsewhere && <p>{t('duplicateElsewhere')}</p>}
      <Button variant="secondary" onClick={onConfirmNew} disabled={busy}>
        {t('confirmNew')}
      </Button>
    </section>
  );
}
