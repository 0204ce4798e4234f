import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { activeServicePointsOfRegion } from '@/lib/reference/admin-queries';
import { listRegions } from '@/lib/reference/queries';
import type { PageSearchParams } from '@/lib/search-params/define';
import { getDefaultScope } from '@/lib/settings/queries';
import { staffByLocation, staffTotalsByRole, type StaffByLocationRow } from '@/lib/staff/by-location';
import { STAFF_ROLES } from '@/db/enums/staff';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reference.byLocation');
  return { title: t('title') };
}

const regionParam = z.string().regex(/^\d{2}$/);

/**
 * Who is in post where, counted from the staff accounts (lib/staff/by-location.ts, the same count the bilan
 * prints). A manager sees their own region only; an admin chooses the region (default: the app's).
 */
export default async function StaffByLocationPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  await requirePermission(user, 'staff:read-by-location', { endpoint: 'page /staff-by-location' });
  const db = getDb();
  const [t, tRoles, format, regions, defaults] = await Promise.all([
    getTranslations('reference.byLocation'),
    getTranslations('reference.byLocation.roles'),
    getFormatter(),
    listRegions(db),
    getDefaultScope(db),
  ]);
  const asked = regionParam.safeParse((await searchParams).region);
  const regionCode =
    user.role === 'manager' ? user.regionCode! : asked.success && regions.some((region) => region.code === asked.data) ? asked.data : defaults.regionCode;
  const region = regions.find((candidate) => candidate.code === regionCode);
  const [rows, servicePoints] = await Promise.all([staffByLocation(db, regionCode), activeServicePointsOfRegion(db, regionCode)]);

  const sentence = (counts: Partial<Record<string, number>>) =>
    format.list(STAFF_ROLES.filter((role) => counts[role]).map((role) => tRoles(role, { count: counts[role]! })), { type: 'conjunction' });
  const byServicePoint = new Map<string, StaffByLocationRow[]>();
  for (const row of rows) byServicePoint.set(row.servicePointId, [...(byServicePoint.get(row.servicePointId) ?? []), row]);
  const withoutStaff = servicePoints.filter((point) => !byServicePoint.has(point.id));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p>{t('intro')}</p>
      </div>
      {/* A manager's region is their own: no choice to offer. */}
      {user.role !== 'manager' && (
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="region" className="mb-1 block font-semibold">
              {t('region')}
            </label>
            <select id="region" name="region" defaultValue={regionCode} className="rounded border-2 border-qc-grey bg-white px-3 py-2">
              {regions.map((candidate) => (
                <option key={candidate.code} value={candidate.code}>
                  {`${candidate.code} – ${candidate.name}`}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary">
            {t('show')}
          </Button>
        </form>
      )}
      <h2 className="text-2xl font-semibold">{`${regionCode} – ${region?.name ?? ''}`}</h2>
      <p className="text-lg" data-testid="region-total">
        {rows.length > 0 ? t('regionTotal', { list: sentence(staffTotalsByRole(rows)) }) : t('nobody')}
      </p>
      <ul className="grid gap-4 md:grid-cols-2">
        {[...byServicePoint.values()].map((pointRows) => (
          <li key={pointRows[0]!.servicePointId} className="rounded border-2 border-qc-blue-pale p-4">
            <h3 className="text-lg font-semibold">{t('servicePointHeading', { name: pointRows[0]!.servicePointName, city: pointRows[0]!.city })}</h3>
            <ul className="mt-2 list-disc pl-6">
              {pointRows.map((row) => (
                <li key={row.role}>{tRoles(row.role, { count: row.count })}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {withoutStaff.length > 0 && <p>{t('noStaff', { list: format.list(withoutStaff.map((point) => point.name), { type: 'conjunction' }) })}</p>}
    </div>
  );
}
