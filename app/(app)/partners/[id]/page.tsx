import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { PartnerActiveToggle } from '@/components/partners/partner-active-toggle';
import { getDb } from '@/db/client';
import { checkAccess, idOf } from '@/lib/auth/access';
import { requireUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { getPartner } from '@/lib/partners/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('partners');
  return { title: t('title') };
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}

/** A partner of the directory: what it offers, where, how to reach it; admins edit or deactivate it. */
export default async function PartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!(await checkAccess(user, ['partner:read'], { endpoint: 'page /partners/[id]', entityId: idOf({ id }) }))) notFound();
  if (!z.uuid().safeParse(id).success) notFound();
  const partner = await getPartner(getDb(), user, id);
  if (!partner) notFound();
  const t = await getTranslations('partners');
  const canManage = can(user.role, 'reference:manage');
  return (
    <div className="space-y-6">
      <p>
        <Link href="/partners" className="text-qc-blue underline">
          {t('back')}
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{partner.name}</h1>
          <p className="text-lg">
            {t(`kinds.${partner.kind}`)} · {partner.active ? t('active') : t('inactive')}
            {partner.listedAsResource ? ` · ${t('resource')}` : ''}
          </p>
        </div>
        {canManage && (
          <div className="flex flex-wrap gap-2">
            <Link href={`/partners/${id}/edit`} className="rounded bg-qc-blue px-4 py-2 font-semibold text-white hover:bg-qc-blue-dark">
              {t('edit')}
            </Link>
            <PartnerActiveToggle partner={{ id: partner.id, version: partner.version, active: partner.active, name: partner.name }} />
          </div>
        )}
      </div>
      {!partner.active && (
        <p role="status" className="border-l-4 border-qc-red bg-qc-red-pale p-3">
          {t('inactiveNotice')}
        </p>
      )}
      <dl className="grid gap-4 sm:grid-cols-2">
        <Fact label={t('services')}>{partner.services ?? '—'}</Fact>
        <Fact label={t('territory')}>{partner.territory ?? '—'}</Fact>
        <Fact label={t('region')}>{[partner.regionName, partner.mrcName].filter(Boolean).join(' – ')}</Fact>
      </dl>
      <section aria-labelledby="partner-contact">
        <h2 id="partner-contact" className="mb-3 text-2xl font-bold">
          {t('contactHeading')}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2">
          <Fact label={t('address')}>{partner.address ?? '—'}</Fact>
          <Fact label={t('contactName')}>{partner.contactName ?? '—'}</Fact>
          <Fact label={t('email')}>{partner.email ? <a href={`mailto:${partner.email}`} className="text-qc-blue underline">{partner.email}</a> : '—'}</Fact>
          <Fact label={t('phone')}>{partner.phone ?? '—'}</Fact>
          <Fact label={t('website')}>
            {partner.website ? (
              <a href={partner.website} className="text-qc-blue underline" rel="noopener noreferrer">
                {partner.website}
              </a>
            ) : (
              '—'
            )}
          </Fact>
        </dl>
      </section>
    </div>
  );
}
