import Link from 'next/link';
import type { MouseEvent } from 'react';
import type { DataTableLabels } from './types';

export interface DataTablePaginationProps {
  page: number;
  pageCount: number;
  /** The address of a page of the same view (filters and sort kept). */
  hrefFor: (page: number) => string;
  labels: Pick<DataTableLabels, 'pagination' | 'pageStatus' | 'previous' | 'next'>;
  /** Follows a link in a transition, so the table can show that the page is coming. */
  onNavigate: (href: string) => void;
}

const LINK = 'inline-flex items-center gap-1 rounded px-2 py-1 font-semibold text-qc-blue underline hover:bg-qc-blue-pale';

/**
 * Links, not buttons: each page has its address (open in a new tab, bookmark, share). Not prefetched: a
 * page of a list may be an audited read of personal information, which must happen only when shown.
 */
export function DataTablePagination({ page, pageCount, hrefFor, labels, onNavigate }: DataTablePaginationProps) {
  const previous = Math.min(page - 1, pageCount);
  const next = page + 1;
  // A plain click only: Ctrl/Cmd/Shift-click and the middle button still open a tab or a window.
  const follow = (href: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate(href);
  };
  return (
    <nav aria-label={labels.pagination} className="grid grid-cols-[1fr_auto_1fr] items-center gap-3 border-t border-qc-blue-pale pt-3">
      <div>
        {previous >= 1 && (
          <Link href={hrefFor(previous)} rel="prev" prefetch={false} onClick={follow(hrefFor(previous))} className={LINK}>
            <span aria-hidden="true">←</span> {labels.previous}
          </Link>
        )}
      </div>
      <p className="font-semibold">{labels.pageStatus({ page, pageCount })}</p>
      <div className="text-right">
        {next <= pageCount && (
          <Link href={hrefFor(next)} rel="next" prefetch={false} onClick={follow(hrefFor(next))} className={LINK}>
            {labels.next} <span aria-hidden="true">→</span>
          </Link>
        )}
      </div>
    </nav>
  );
}
