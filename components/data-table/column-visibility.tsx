'use client';
import type { Table } from '@tanstack/react-table';
import { useEffect, useId, useRef, useState } from 'react';

export interface ColumnVisibilityProps<TData> {
  table: Table<TData>;
  /** Button text ("Colonnes") and the list's legend ("Colonnes affichées"). */
  labels: { columns: string; columnsLegend: string };
}

/**
 * A disclosure button and a list of checkboxes, one per column: plain controls that every screen reader and
 * keyboard knows (Tab, Space), rather than an ARIA menu. Escape or a click elsewhere closes it; a column that
 * names the row cannot be hidden and is listed as such.
 */
export function ColumnVisibility<TData>({ table, labels }: ColumnVisibilityProps<TData>) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex items-center gap-2 rounded border-2 border-qc-blue bg-white px-3 py-1.5 font-semibold text-qc-blue hover:bg-qc-blue-pale"
      >
        {labels.columns}
        <svg aria-hidden="true" viewBox="0 0 16 16" className={`h-4 w-4 transition-transform ${open ? 'rotate-180' : ''}`}>
          <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <div id={panelId} hidden={!open} className="absolute right-0 z-20 mt-1 min-w-64 rounded border-2 border-qc-blue-dark bg-white p-3 shadow-lg">
        <fieldset>
          <legend className="mb-2 font-semibold">{labels.columnsLegend}</legend>
          <ul className="space-y-1">
            {table.getAllLeafColumns().map((column) => (
              <li key={column.id}>
                <label className="flex items-center gap-2 py-1">
                  <input
                    type="checkbox"
                    className="h-5 w-5 accent-qc-blue"
                    checked={column.getIsVisible()}
                    disabled={!column.getCanHide()}
                    onChange={(event) => column.toggleVisibility(event.target.checked)}
                  />
                  {column.columnDef.meta?.label ?? column.id}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
    </div>
  );
}
