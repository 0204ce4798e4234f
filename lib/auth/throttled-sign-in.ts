import { CredentialsSignin } from 'next-auth';

export const THROTTLED_CODE = 'throttled';

/**
 * Thrown from `authorize` while the attempt is throttled. next-auth re-throws a CredentialsSignin from the
 * server action's signIn() as is, so the action can tell "too many attempts" from "wrong password" by
 * `code`. The code says nothing about whether the account exists: unknown e-mails are throttled alike.
 */
export class ThrottledSignIn extends CredentialsSignin {
  code = THROTTLED_CODE;
}
