import { useTranslations } from 'next-intl';
import { signInWithMicrosoft } from '@/app/(auth)/sign-in/actions';
import { Button } from '@/components/ui/button';

export interface SsoSignInProps {
  callbackUrl: string;
}

/** The ministry's Microsoft account (single sign-on): one button, a plain form that works without JavaScript. */
export function SsoSignIn({ callbackUrl }: SsoSignInProps) {
  const t = useTranslations('signIn');
  return (
    <form action={signInWithMicrosoft}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Button type="submit" variant="secondary" className="w-full sm:w-auto">
        {t('ssoSubmit')}
      </Button>
    </form>
  );
}
