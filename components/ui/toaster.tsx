'use client';
import { createContext, useContext } from 'react';
import { toast, Toaster as Sonner } from 'sonner';

export interface ToasterLabels {
  /** Names the notification area (a live region), with its shortcut: "Notifications (Alt+T)". */
  region: string;
  /** The close button of each notification. */
  close: string;
}

const LabelsContext = createContext<ToasterLabels>({ region: '', close: '' });

/**
 * The one place notifications appear, mounted once in the signed-in layout. A polite live region (sonner's),
 * so screen readers say each message once; successes stay 8 seconds (and while hovered), errors until
 * closed, since a message that vanishes before it is read is not a message (WCAG 2.2.1).
 */
export function Toaster({ labels }: { labels: ToasterLabels }) {
  return (
    <LabelsContext.Provider value={labels}>
      <Sonner customAriaLabel={labels.region} hotkey={['altKey', 'KeyT']} position="bottom-right" expand visibleToasts={5} toastOptions={{ unstyled: true }} />
    </LabelsContext.Provider>
  );
}

type Tone = 'success' | 'error';

const TONES: Record<Tone, string> = {
  success: 'border-green-700 bg-green-50',
  error: 'border-qc-red bg-qc-red-pale',
};

// Rendered inside the Toaster, so it reads the labels from there: callers pass only the message.
function ToastCard({ id, tone, message }: { id: string | number; tone: Tone; message: string }) {
  const { close } = useContext(LabelsContext);
  return (
    <div data-testid={`toast-${tone}`} className={`flex w-[min(356px,calc(100vw-2rem))] items-start gap-3 rounded border-l-4 p-4 font-sans text-base text-qc-blue-dark shadow-lg ${TONES[tone]}`}>
      <p className="flex-1 font-semibold">{message}</p>
      <button type="button" onClick={() => toast.dismiss(id)} aria-label={close} title={close} className="-m-1 rounded p-1 hover:bg-white/60">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4">
          <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
    </div>
  );
}

/** The outcome of an action, said once: `notify.success(m.staff.created)`, `notify.error(text)`. */
export const notify = {
  success: (message: string) => toast.custom((id) => <ToastCard id={id} tone="success" message={message} />, { duration: 8000 }),
  error: (message: string) => toast.custom((id) => <ToastCard id={id} tone="error" message={message} />, { duration: Infinity }),
};
