import 'server-only';
import { randomInt } from 'node:crypto';
import { passwordProblem } from '@/lib/auth/password-policy';

// Letters and digits that cannot be misread when the password is read out or copied by hand: no l/1, o/0.
// 32 symbols, so each one carries 5 bits; randomInt draws without modulo bias.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 5;

/**
 * A one-time password for a new account or after a reset: 4 groups of 5 symbols (100 bits from the
 * operating system's CSPRNG), e.g. "k7m2p-x9q4r-bn3ct-wz8fh". The account must replace it at its first
 * sign-in (mustChangePassword), and it is shown once to the admin, never stored in clear.
 */
export function generateTemporaryPassword(): string {
  for (;;) {
    const groups = Array.from({ length: GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
    const password = groups.join('-');
    // The same policy as any new password is the judge (it always passes: 23 characters, never a common one).
    if (passwordProblem(password) === null) return password;
  }
}

export const TEMPORARY_PASSWORD_PATTERN = /^[a-km-np-z2-9]{5}(?:-[a-km-np-z2-9]{5}){3}$/;
