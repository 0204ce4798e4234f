import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { IntakeForm } from '@/components/persons/intake-form';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { COUNTRY_CODES, countryName, LANGUAGE_CODES, languageName } from '@/lib/persons/countries';
import { listAgents, listRegionMrcs, servicePointName } from '@/lib/persons/options';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('persons');
  return { title: t('newPerson') };
}

export default async function NewPersonPage() {
  const user = await requireUser();
  await requirePermission(user, 'person:write', { endpoint: 'page /persons/new' });
  const db = getDb();
  const [t, locale, agents, mrcs, servicePoint] = await Promise.all([getTranslations('persons'), getLocale(), listAgents(db, user, 'servicePoint'), listRegionMrcs(db, user), servicePointName(db, user)]);
  const countries = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  const languages = LANGUAGE_CODES.slice(0, 16).map((code) => ({ value: code, label: languageName(code, locale) }));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('newPerson')}</h1>
      <IntakeForm servicePoint={servicePoint ?? ''} countries={countries} languages={languages} agents={agents} currentAgentId={user.id} mrcs={mrcs} />
    </div>
  );
}
