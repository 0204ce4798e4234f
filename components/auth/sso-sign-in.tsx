import { signInWithMicrosoft } from '@/app/(auth)/sign-in/actions';
import { Button } from '@/components/ui/button';
import type { Messages } from '@/lib/i18n/messages/fr';

export interface SsoSignInProps {
  messages: Messages['signIn'];
  callbackUrl: string;
}

/** The ministry's Microsoft account (single sign-on): one button, a plain form that works without JavaScript. */
export function SsoSignIn({ messages, callbackUrl }: SsoSignInProps) {
  return (
    <form action={signInWithMicrosoft}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Button type="submit" variant="secondary" className="w-full sm:w-auto">
        {messages.ssoSubmit}
      </Button>
    </form>
  );
}
