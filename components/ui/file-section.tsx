import type { ReactNode } from 'react';

/** A titled part of a record's page (a person's file, an employer file), named by its heading for screen readers. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded border border-qc-grey-pale p-4">
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A form folded under its summary until opened (an action on the record). */
export function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="rounded border-2 border-qc-grey-pale bg-white p-3">
      <summary className="cursor-pointer font-semibold text-qc-blue">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
