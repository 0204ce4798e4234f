'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { FilterSelect } from '@/components/data-table/filter-select';
import { useDataTableLabels } from '@/components/data-table/use-data-table-labels';
import { PARTNER_KINDS, type PartnerKind } from '@/db/enums/agreements';
import { partnersListParams, type PartnersListValues } from '@/lib/partners/list-params';

export interface PartnerRow {
  id: string;
  name: string;
  kind: PartnerKind;
  regionCode: string;
  regionName: string;
  mrcName: string | null;
  services: string | null;
  territory: string | null;
  listedAsResource: boolean;
  active: boolean;
}

export interface PartnersTableProps {
  rows: PartnerRow[];
  total: number;
  state: PartnersListValues;
  regions: { code: string; name: string }[];
  mrcs: { id: string; name: string; regionCode: string }[];
}

/** "Partenaires": the directory, searched and filtered on the server as the URL says. */
export function PartnersTable({ rows, total, state, regions, mrcs }: PartnersTableProps) {
  const t = useTranslations('partners');
  const labels = useDataTableLabels();
  const columns = useMemo<ColumnDef<PartnerRow, unknown>[]>(
    () => [
      {
        id: 'name',
        enableSorting: true,
        enableHiding: false,
        accessorFn: (row) => row.name,
        meta: { label: t('name'), priority: 'key' },
        cell: ({ row }) => (
          <Link href={`/partners/${row.original.id}`} className="font-semibold text-qc-blue underline">
            {row.original.name}
          </Link>
        ),
      },
      { id: 'kind', enableSorting: false, accessorFn: (row) => row.kind, meta: { label: t('kind'), priority: 'key' }, cell: ({ row }) => t(`kinds.${row.original.kind}`) },
      { id: 'region', enableSorting: true, accessorFn: (row) => row.regionCode, meta: { label: t('region') }, cell: ({ row }) => [row.original.regionName, row.original.mrcName].filter(Boolean).join(' – ') },
      { id: 'services', enableSorting: false, accessorFn: (row) => row.services, meta: { label: t('services'), className: 'max-w-md' }, cell: ({ row }) => row.original.services ?? '—' },
      {
        id: 'status',
        enableSorting: false,
        accessorFn: (row) => row.active,
        meta: { label: t('status'), priority: 'key' },
        cell: ({ row }) => [row.original.active ? t('active') : t('inactive'), row.original.listedAsResource ? t('resource') : null].filter(Boolean).join(' · '),
      },
    ],
    [t],
  );
  const mrcChoices = mrcs.filter((mrc) => !state.region || mrc.regionCode === state.region);
  return (
    <DataTable
      caption={t('caption')}
      columns={columns}
      data={rows}
      total={total}
      state={state}
      params={partnersListParams}
      getRowId={(row) => row.id}
      rowHeader="name"
      tableId="partners"
      labels={labels}
      search={{ name: 'q', label: t('search'), hint: t('searchHint') }}
      filters={
        <>
          <FilterSelect label={t('kind')} name="kind" value={state.kind} all={t('allKinds')} options={PARTNER_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))} />
          <FilterSelect label={t('region')} name="region" value={state.region} all={t('allRegions')} options={regions.map((region) => ({ value: region.code, label: `${region.code} – ${region.name}` }))} />
          <FilterSelect label={t('mrc')} name="mrc" value={state.mrc} all={t('allMrcs')} options={mrcChoices.map((mrc) => ({ value: mrc.id, label: mrc.name }))} />
          {/* "Active" is the default (empty) choice: the partners that may receive a referral. */}
          <FilterSelect
            label={t('status')}
            name="status"
            value={state.status === 'active' ? null : state.status}
            all={t('statusActive')}
            options={[
              { value: 'inactive', label: t('statusInactive') },
              { value: 'all', label: t('statusAll') },
            ]}
          />
          <FilterSelect label={t('resource')} name="resource" value={state.resource} all={t('statusAll')} options={[{ value: 'yes', label: t('resourcesOnly') }]} />
        </>
      }
    />
  );
}
