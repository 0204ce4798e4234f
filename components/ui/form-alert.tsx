export interface FormAlertProps {
  message: string | null;
  tone?: 'error' | 'success';
}

/** The form's general message, announced by screen readers when it appears. */
export function FormAlert({ message, tone = 'error' }: FormAlertProps) {
  if (!message) return null;
  const colours = tone === 'error' ? 'border-qc-red bg-qc-red-pale' : 'border-green-700 bg-green-50';
  return (
    <p role={tone === 'error' ? 'alert' : 'status'} data-testid={`form-${tone}`} className={`border-l-4 p-3 ${colours}`}>
      {message}
    </p>
  );
}
