export interface MetricCardProps {
  label: string;
  help: string;
  value: string;
  testId: string;
}

export function MetricCard({ label, help, value, testId }: MetricCardProps) {
  return (
    <div className="rounded border border-qc-blue-pale bg-white p-5 shadow-sm">
      <dt className="text-lg font-semibold">{label}</dt>
      <dd className="mt-2">
        <span data-testid={testId} className="block text-5xl font-bold text-qc-blue">
          {value}
        </span>
        <span className="mt-2 block text-sm text-qc-grey">{help}</span>
      </dd>
    </div>
  );
}
