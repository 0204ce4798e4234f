import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { PersonFile } from '@/components/persons/person-file';
import { getDb } from '@/db/client';
import { checkAccess, idOf } from '@/lib/auth/access';
import { requireUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { getAccessLog, getPersonFile } from '@/lib/persons/file';
import { listAgents, listReferralPartners } from '@/lib/persons/options';
import { FilePrivacy } from '@/components/privacy/file-privacy';
import { consentHistory, correctionSummary } from '@/lib/privacy/corrections';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('persons');
  return { title: t('title') };
}

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PersonPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const user = await requireUser();
  const { id } = await params;
  if (!(await checkAccess(user, ['person:read', 'person:read-hire'], { endpoint: 'page /persons/[id]', entityId: idOf({ id }) }))) notFound();
  if (!z.string().uuid().safeParse(id).success) notFound();
  const db = getDb();
  const file = await getPersonFile(db, user, id);
  if (!file) notFound();
  const [t, tForms] = await Promise.all([getTranslations('persons'), getTranslations('persons.forms')]);
  const { notice } = await searchParams;
  const anonymized = file.kind === 'full' && file.anonymizedAt !== null;
  const name = file.kind === 'summary' ? `${file.summary.firstName} ${file.summary.lastName}` : anonymized ? (await getTranslations('privacy.file'))('anonymizedName') : `${file.firstName} ${file.lastName}`;
  const canWrite = can(user.role, 'person:write');
  const [partners, agents, accessLog, consents, corrections] = file.kind === 'summary'
    ? [[], [], null, [], null]
    : await Promise.all([
        canWrite ? listReferralPartners(db, user) : [],
        canWrite ? listAgents(db, user, 'region') : [],
        getAccessLog(db, user, id),
        consentHistory(db, id),
        correctionSummary(db, id),
      ]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/persons" className="text-qc-blue underline">
          {t('file.back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{name}</h1>
      {notice === 'registered' && (
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3">
          {tForms('saved')}
        </p>
      )}
      {file.kind === 'summary' ? (
        <p>{t('file.adviserView')}</p>
      ) : (
        <PersonFile
          file={file}
          // An anonymized file is no one's any more: nothing is added to it, nothing reopened.
          canWrite={canWrite && !anonymized}
          partners={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
          agents={agents.map((agent) => ({ value: agent.id, label: `${agent.name} (${agent.servicePoint})` }))}
          accessLog={accessLog}
        />
      )}
      {file.kind === 'full' && (
        <FilePrivacy
          person={{
            id: file.id,
            version: file.version,
            firstName: file.firstName,
            lastName: file.lastName,
            birthDate: file.birthDate,
            gender: file.gender,
            countryOfBirth: file.countryOfBirth,
            citizenship: file.citizenship,
            languages: file.languages,
            frenchLevel: file.frenchLevel,
            immigrationCategory: file.immigrationStatus,
            arrivalInQuebecOn: file.arrivalInQuebecOn,
            arrivalInRegionOn: file.arrivalInRegionOn,
            residenceMrcId: file.residenceMrcId,
            residenceMunicipality: file.residenceMunicipality,
            phone: file.phone,
            email: file.email,
            collectionConsentOn: file.collectionConsentOn,
            sharingConsent: file.sharingConsent,
            sharingConsentOn: file.sharingConsentOn,
            anonymizedAt: file.anonymizedAt,
          }}
          canWrite={canWrite}
          consents={consents}
          corrections={corrections}
        />
      )}
    </div>
  );
}
