import { getLocale, getTranslations } from 'next-intl/server';

export interface AccessLogEntry {
  occurredAt: Date;
  action: string;
  actor: string | null;
  role: string | null;
}

const KNOWN = [
  'person_viewed',
  'persons_listed',
  'persons_exported',
  'person_exported',
  'person_registered',
  'person_updated',
  'person_consent_given',
  'person_consent_withdrawn',
  'person_anonymized',
  'person_corrections_listed',
  'access_refused',
] as const;

/** Who read, exported or changed a file, when, how: the rows of the audit trail about it, no content. */
export async function AccessLogTable({ entries, caption }: { entries: AccessLogEntry[]; caption: string }) {
  const [t, tActions, tRoles, locale] = await Promise.all([getTranslations('privacy.accessLog'), getTranslations('privacy.actions'), getTranslations('user.roles'), getLocale()]);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Toronto' });
  if (entries.length === 0) return <p>{t('empty')}</p>;
  return (
    <table className="w-full text-left" data-testid="access-log">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('when')}</th>
          <th scope="col">{t('who')}</th>
          <th scope="col">{t('role')}</th>
          <th scope="col">{t('what')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => {
          const key = entry.action.replace('.', '_');
          return (
            <tr key={index} className="border-t border-qc-grey-pale">
              <td>{dateTime.format(entry.occurredAt)}</td>
              <td>{entry.actor ?? t('system')}</td>
              <td>{entry.role ? tRoles(entry.role as 'agent') : '—'}</td>
              <td>{tActions((KNOWN as readonly string[]).includes(key) ? (key as 'other') : 'other')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
