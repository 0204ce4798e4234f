import Link from 'next/link';
import { Suspense, type ReactNode } from 'react';
import { DataTableSkeleton } from './data-table-skeleton';

export interface ListPageFrameProps {
  title: string;
  intro: string;
  /** The "new …" link, given only when the viewer may create one (the page asks `can()`). */
  newLink?: { href: string; label: string } | null;
  /** Notices shown above the list, e.g. the period a dashboard's drill-down stands for. */
  notices?: ReactNode;
  /** Said when a parameter of the URL was bad or repeated and fell back to its default. */
  invalidNotice?: string | null;
  /** What screen readers hear, and how many columns are sketched, while the list loads. */
  loading: { label: string; columns: number };
  /** The list itself: an async server component, streamed in once its query answers. */
  children: ReactNode;
}

/** The frame every list screen shares: title and intro, its "new" link, notices, then the list behind a skeleton. */
export function ListPageFrame({ title, intro, newLink, notices, invalidNotice, loading, children }: ListPageFrameProps) {
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{title}</h1>
          <p>{intro}</p>
        </div>
        {newLink && (
          <Link href={newLink.href} className="rounded bg-qc-blue px-4 py-2 font-semibold text-white hover:bg-qc-blue-dark">
            {newLink.label}
          </Link>
        )}
      </div>
      {notices}
      {invalidNotice && (
        <p role="status" className="border-l-4 border-qc-red bg-qc-red-pale p-3">
          {invalidNotice}
        </p>
      )}
      <Suspense fallback={<DataTableSkeleton label={loading.label} columns={loading.columns} />}>{children}</Suspense>
    </div>
  );
}
