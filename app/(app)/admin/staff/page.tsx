import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { FormAlert } from '@/components/ui/form-alert';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { formatDate } from '@/lib/i18n/format';
import { listStaff } from '@/lib/staff/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('staff');
  return { title: t('title') };
}

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const user = await requireUser();
  await requirePermission(user, 'staff:manage', { endpoint: 'page /admin/staff' });
  const [t, tRoles, locale] = await Promise.all([getTranslations('staff'), getTranslations('user.roles'), getLocale()]);
  const staff = await listStaff(getDb(), user);
  const { notice } = await searchParams;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p>{t('intro')}</p>
        </div>
        <Link href="/admin/staff/new" className="rounded bg-qc-blue px-4 py-2 font-semibold text-white hover:bg-qc-blue-dark">
          {t('newAccount')}
        </Link>
      </div>
      <FormAlert tone="success" message={notice === 'created' ? t('created') : notice === 'saved' ? t('saved') : null} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t('title')}</caption>
          <thead className="bg-qc-grey-pale">
            <tr>
              {[t('name'), t('email'), t('role'), t('servicePoint'), t('status'), t('lastSignIn')].map((heading) => (
                <th key={heading} scope="col" className="border-b-2 border-qc-blue-dark px-3 py-2">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr key={member.id} className="border-b border-qc-blue-pale">
                <th scope="row" className="px-3 py-2 font-normal">
                  <Link href={`/admin/staff/${member.id}`} className="font-semibold text-qc-blue underline">
                    {member.displayName}
                  </Link>
                </th>
                <td className="px-3 py-2">{member.email}</td>
                <td className="px-3 py-2">{tRoles(member.role)}</td>
                <td className="px-3 py-2">{member.servicePointName ?? '—'}</td>
                <td className="px-3 py-2">
                  {member.active ? t('active') : <strong>{t('disabled')}</strong>}
                  {member.mustChangePassword && <span className="block text-sm text-qc-grey">{t('mustChangePassword')}</span>}
                </td>
                <td className="px-3 py-2">{member.lastSignInAt ? formatDate(member.lastSignInAt, locale) : t('never')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
