export interface DataTableSkeletonProps {
  /** Said by screen readers while the list loads ("Chargement de la liste…"). */
  label: string;
  columns?: number;
  rows?: number;
}

/** What a list looks like while its page loads (a Suspense fallback or loading.tsx): no hooks, server-safe. */
export function DataTableSkeleton({ label, columns = 5, rows = 8 }: DataTableSkeletonProps) {
  const cells = Array.from({ length: columns }, (_, index) => index);
  const lines = Array.from({ length: rows }, (_, index) => index);
  return (
    <div role="status" className="space-y-4">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="space-y-4 motion-safe:animate-pulse">
        <div className="h-24 rounded bg-qc-grey-pale" />
        <div className="h-4 w-64 rounded bg-qc-grey-pale" />
        <div className="hidden md:block">
          <div className="grid gap-3 border-b-2 border-qc-blue-pale py-2" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
            {cells.map((cell) => (
              <div key={cell} className="h-5 rounded bg-qc-blue-pale" />
            ))}
          </div>
          {lines.map((line) => (
            <div key={line} className="grid gap-3 border-b border-qc-grey-pale py-3" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
              {cells.map((cell) => (
                <div key={cell} className="h-4 rounded bg-qc-grey-pale" />
              ))}
            </div>
          ))}
        </div>
        <div className="space-y-3 md:hidden">
          {lines.slice(0, 4).map((line) => (
            <div key={line} className="h-28 rounded border-2 border-qc-grey-pale" />
          ))}
        </div>
      </div>
    </div>
  );
}
