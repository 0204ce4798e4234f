import { CredentialsSignin } from 'next-auth';

export const UNAVAILABLE_CODE = 'unavailable';

/**
 * Thrown from `authorize` when the credentials could not be checked because the database is unavailable:
 * next-auth would otherwise wrap the error as a CallbackRouteError, which the sign-in form can only show
 * as "unexpected". The code says nothing about the account.
 */
export class UnavailableSignIn extends CredentialsSignin {
  code = UNAVAILABLE_CODE;
}
