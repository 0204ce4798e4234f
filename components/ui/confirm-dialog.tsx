'use client';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button, type ButtonProps } from './button';

export interface ConfirmTexts {
  /** A question naming the action and its object: "Désactiver le compte de Marc Agent ?" */
  title: string;
  /** What will happen, and whether it can be undone. */
  description: string;
  /** The action's name again, never "OK" or "Oui". */
  confirmLabel: string;
  cancelLabel: string;
}

export interface ConfirmDialogProps extends ConfirmTexts {
  open: boolean;
  /** 'danger' for what cannot be undone or ends something (red confirm button). */
  tone?: 'danger' | 'primary';
  /** While the action runs: both buttons disabled, Escape ignored. */
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question before a destructive or irreversible action, on the native <dialog>: the browser traps
 * focus, makes the rest of the page inert, closes on Escape and gives focus back to the button that opened
 * it. Focus starts on "Cancel", so a stray Enter does nothing harmful.
 */
export function ConfirmDialog({ open, title, description, confirmLabel, cancelLabel, tone = 'danger', pending = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      // Escape: the parent decides (it owns `open`), so the dialog never closes behind its back.
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded border-t-4 border-qc-blue-dark bg-white p-6 text-qc-blue-dark shadow-xl backdrop:bg-qc-blue-dark/60"
    >
      <h2 id={titleId} className="text-xl font-bold">
        {title}
      </h2>
      <p id={descriptionId} className="mt-3">
        {description}
      </p>
      <div className="mt-6 flex flex-wrap justify-end gap-3">
        <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </Button>
        <Button variant={tone} onClick={onConfirm} disabled={pending} aria-busy={pending || undefined}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}

export interface ConfirmButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  children: ReactNode;
  confirm: ConfirmTexts;
  /** Runs after "confirm"; the dialog stays open (buttons disabled) until it settles. */
  onConfirm: () => Promise<unknown> | void;
}

/** A button that asks first: the trigger, its dialog and their state in one piece. */
export function ConfirmButton({ children, confirm, onConfirm, variant = 'danger', ...button }: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  async function run() {
    setPending(true);
    try {
      await onConfirm();
    } finally {
      setPending(false);
      setOpen(false);
    }
  }
  return (
    <>
      <Button {...button} variant={variant} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {children}
      </Button>
      <ConfirmDialog {...confirm} open={open} pending={pending} tone={variant === 'danger' ? 'danger' : 'primary'} onConfirm={run} onCancel={() => setOpen(false)} />
    </>
  );
}
