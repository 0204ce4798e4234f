import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * A figure that opens the records it counts, or plain text when the viewer may not open them (or the count
 * is hidden: a list of 3 rows would give back the number "< 5" hides). Not prefetched: opening a list of
 * persons is an audited read of personal information and happens only when asked.
 */
export function FigureLink({ href, hidden, children, className }: { href: string | null; hidden: boolean; children: ReactNode; className?: string }) {
  if (!href || hidden) return <span className={className}>{children}</span>;
  return (
    <Link href={href} prefetch={false} className={`${className ?? ''} underline decoration-2 underline-offset-4 hover:decoration-4`}>
      {children}
    </Link>
  );
}
