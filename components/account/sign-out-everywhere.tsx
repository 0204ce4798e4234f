'use client';
import { useRouter } from 'next/navigation';
import { signOutEverywhereAction } from '@/app/(app)/account/actions';
import { useFormMessages } from '@/components/forms/use-action-form';
import { ConfirmButton, type ConfirmTexts } from '@/components/ui/confirm-dialog';
import { notify } from '@/components/ui/toaster';

export interface SignOutEverywhereProps {
  label: string;
  /** Asked first: this session ends too, on every device. */
  confirm: ConfirmTexts;
}

export function SignOutEverywhere({ label, confirm }: SignOutEverywhereProps) {
  const router = useRouter();
  const { actionErrorText } = useFormMessages();
  async function run() {
    const result = await signOutEverywhereAction({});
    if (result.ok) router.push('/sign-in');
    else notify.error(actionErrorText(result));
  }
  return (
    <ConfirmButton variant="secondary" confirm={confirm} onConfirm={run}>
      {label}
    </ConfirmButton>
  );
}
