'use client';
import { Button } from '@/components/ui/button';

/** Opens the browser's print dialog (the page has a print stylesheet: no navigation, full width). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
