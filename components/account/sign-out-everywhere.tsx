'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { signOutEverywhereAction } from '@/app/(app)/account/actions';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormMessages } from '@/components/forms/use-action-form';

export interface SignOutEverywhereProps {
  label: string;
}

export function SignOutEverywhere({ label }: SignOutEverywhereProps) {
  const router = useRouter();
  const { actionErrorText } = useFormMessages();
  const [error, setError] = useState<string | null>(null);
  async function run() {
    const result = await signOutEverywhereAction({});
    if (result.ok) router.push('/sign-in');
    else setError(actionErrorText(result));
  }
  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      <Button variant="secondary" onClick={run}>
        {label}
      </Button>
    </div>
  );
}
