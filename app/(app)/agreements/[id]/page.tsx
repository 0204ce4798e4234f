import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ProjectForm } from '@/components/agreements/project-form';
import { getDb } from '@/db/client';
import { formatCents } from '@/lib/agreements/money';
import { getAgreement } from '@/lib/agreements/queries';
import { checkAccess, idOf } from '@/lib/auth/access';
import { requireUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { formatDate } from '@/lib/i18n/format';
import type { IntlLocale } from '@/lib/i18n/locale';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('agreements');
  return { title: t('title') };
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}

/** An agreement, its territories and its funded projects; admins edit it and add projects here. */
export default async function AgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!(await checkAccess(user, ['agreement:read'], { endpoint: 'page /agreements/[id]', entityId: idOf({ id }) }))) notFound();
  if (!z.uuid().safeParse(id).success) notFound();
  const agreement = await getAgreement(getDb(), user, id);
  if (!agreement) notFound();
  const [t, tProjects, locale] = await Promise.all([getTranslations('agreements'), getTranslations('projects'), getLocale()]);
  const lang = locale.startsWith('en') ? 'en' : 'fr';
  const canWrite = can(user.role, 'agreement:write');
  const date = (value: string | null) => (value ? formatDate(value, lang) : '—');
  const mrcOptions = agreement.mrcs.map((mrc) => ({ value: mrc.id, label: mrc.name }));
  return (
    <div className="space-y-8">
      <p>
        <Link href="/agreements" className="text-qc-blue underline">
          {t('back')}
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{agreement.title}</h1>
          <p className="text-lg">
            {agreement.reference} · {t(`statuses.${agreement.status}`)}
          </p>
        </div>
        {canWrite && (
          <Link href={`/agreements/${id}/edit`} className="rounded bg-qc-blue px-4 py-2 font-semibold text-white hover:bg-qc-blue-dark">
            {t('edit')}
          </Link>
        )}
      </div>
      <section aria-labelledby="agreement-details">
        <h2 id="agreement-details" className="mb-3 text-2xl font-bold">
          {t('details')}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2">
          <Fact label={t('partner')}>
            <Link href={`/partners/${agreement.partnerId}`} className="text-qc-blue underline">
              {agreement.partnerName}
            </Link>
          </Fact>
          <Fact label={t('program')}>{[t(`programs.${agreement.program}`), agreement.programComponent].filter(Boolean).join(' – ')}</Fact>
          <Fact label={t('amount')}>{formatCents(agreement.amountCents, locale as IntlLocale)}</Fact>
          <Fact label={t('signedOn')}>{agreement.signedOn ? date(agreement.signedOn) : t('notSigned')}</Fact>
          <Fact label={t('period')}>{`${date(agreement.startsOn)} – ${date(agreement.endsOn)}`}</Fact>
          <Fact label={t('mrcs')}>{agreement.mrcs.map((mrc) => mrc.name).join(', ')}</Fact>
          <Fact label={t('deliverables')}>{agreement.deliverables ?? t('none')}</Fact>
        </dl>
      </section>
      <section aria-labelledby="agreement-projects" className="space-y-4">
        <h2 id="agreement-projects" className="text-2xl font-bold">
          {tProjects('heading')}
        </h2>
        {agreement.projects.length === 0 && <p>{tProjects('none')}</p>}
        <ul className="space-y-4">
          {agreement.projects.map((project) => (
            <li key={project.id} className="rounded border border-qc-grey-pale p-4">
              <h3 className="text-xl font-bold">{project.title}</h3>
              <p className="font-semibold">{tProjects(`types.${project.type}`)}</p>
              {project.description && <p className="mt-2 whitespace-pre-line">{project.description}</p>}
              <dl className="mt-2 grid gap-2 sm:grid-cols-3">
                <Fact label={tProjects('dates')}>{`${date(project.startsOn)} – ${project.endsOn ? date(project.endsOn) : tProjects('ongoing')}`}</Fact>
                <Fact label={tProjects('mrcs')}>{project.mrcs.map((mrc) => mrc.name).join(', ')}</Fact>
                <Fact label={tProjects('participants')}>{project.participants ?? '—'}</Fact>
              </dl>
              {canWrite && (
                <details className="mt-3">
                  <summary className="cursor-pointer font-semibold text-qc-blue underline">{tProjects('editTitle')}</summary>
                  <div className="mt-3">
                    <ProjectForm
                      agreementId={id}
                      mrcs={mrcOptions}
                      project={{
                        id: project.id,
                        version: project.version,
                        type: project.type,
                        title: project.title,
                        description: project.description ?? '',
                        startsOn: project.startsOn,
                        endsOn: project.endsOn ?? '',
                        participants: project.participants === null ? '' : String(project.participants),
                        mrcIds: project.mrcs.map((mrc) => mrc.id),
                      }}
                    />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ul>
        {canWrite && (
          <section aria-labelledby="project-new" className="rounded border-2 border-qc-blue-pale p-4">
            <h3 id="project-new" className="mb-3 text-xl font-bold">
              {tProjects('add')}
            </h3>
            <ProjectForm agreementId={id} mrcs={mrcOptions} />
          </section>
        )}
      </section>
    </div>
  );
}
