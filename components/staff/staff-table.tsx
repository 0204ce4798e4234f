'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { FilterSelect } from '@/components/data-table/filter-select';
import { useDataTableLabels } from '@/components/data-table/use-data-table-labels';
import { STAFF_ROLES, type StaffRole } from '@/db/enums/staff';
import { formatDate } from '@/lib/i18n/format';
import { STAFF_STATUSES, staffListParams, type StaffListQuery, type StaffSortColumn } from '@/lib/staff/list-params';

export interface StaffRow {
  id: string;
  displayName: string;
  email: string;
  role: StaffRole;
  servicePointName: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
}

export interface StaffTableProps {
  rows: StaffRow[];
  total: number;
  state: StaffListQuery;
}

// The ids of sortable columns are the sort parameter's columns (lib/staff/list-params.ts).
const sortable = (id: StaffSortColumn) => ({ id, enableSorting: true });

export function StaffTable({ rows, total, state }: StaffTableProps) {
  const t = useTranslations('staff');
  const tList = useTranslations('staffList');
  const tRoles = useTranslations('user.roles');
  const locale = useLocale();
  const labels = useDataTableLabels();
  const columns = useMemo<ColumnDef<StaffRow, unknown>[]>(
    () => [
      {
        ...sortable('name'),
        accessorFn: (row) => row.displayName,
        enableHiding: false,
        meta: { label: t('name'), priority: 'key' },
        cell: ({ row }) => (
          <Link href={`/admin/staff/${row.original.id}`} className="font-semibold text-qc-blue underline">
            {row.original.displayName}
          </Link>
        ),
      },
      {
        ...sortable('email'),
        accessorFn: (row) => row.email,
        meta: { label: t('email'), className: 'wrap-break-word' },
        // A long address breaks after the @ rather than anywhere.
        cell: ({ row }) => {
          const [local, domain] = row.original.email.split('@');
          return domain === undefined ? local : <>{local}@<wbr />{domain}</>;
        },
      },
      { id: 'role', accessorFn: (row) => row.role, enableSorting: false, meta: { label: t('role'), priority: 'key' }, cell: ({ row }) => tRoles(row.original.role) },
      {
        ...sortable('servicePoint'),
        accessorFn: (row) => row.servicePointName,
        meta: { label: t('servicePoint'), priority: 'key' },
        cell: ({ row }) => row.original.servicePointName ?? t('noServicePoint'),
      },
      {
        id: 'status',
        accessorFn: (row) => row.active,
        enableSorting: false,
        meta: { label: t('status'), priority: 'key' },
        cell: ({ row }) => (
          <>
            {row.original.active ? t('active') : <strong>{t('disabled')}</strong>}
            {row.original.mustChangePassword && <span className="block text-sm text-qc-grey">{t('mustChangePassword')}</span>}
          </>
        ),
      },
      {
        ...sortable('lastSignIn'),
        accessorFn: (row) => row.lastSignInAt,
        meta: { label: t('lastSignIn'), className: 'whitespace-nowrap' },
        cell: ({ row }) => (row.original.lastSignInAt ? formatDate(row.original.lastSignInAt, locale) : t('never')),
      },
    ],
    [t, tRoles, locale],
  );

  return (
    <DataTable
      caption={tList('caption')}
      columns={columns}
      data={rows}
      total={total}
      state={state}
      params={staffListParams}
      getRowId={(row) => row.id}
      rowHeader="name"
      tableId="staff"
      labels={labels}
      search={{ name: 'q', label: tList('search') }}
      filters={
        <>
          <FilterSelect label={t('role')} name="role" value={state.role} all={tList('allRoles')} options={STAFF_ROLES.map((role) => ({ value: role, label: tRoles(role) }))} />
          <FilterSelect
            label={t('status')}
            name="status"
            value={state.status}
            all={tList('allStatuses')}
            options={STAFF_STATUSES.map((status) => ({ value: status, label: status === 'active' ? t('active') : t('disabled') }))}
          />
        </>
      }
    />
  );
}
