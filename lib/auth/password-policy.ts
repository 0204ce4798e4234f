// NIST SP 800-63B style: length matters, composition rules do not; known-common passwords are refused.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// The most common passwords that pass the length rule (from public breach corpora), lower-cased.
const COMMON_PASSWORDS = new Set([
  '123456789012', '1234567890123', '12345678901234', '123123123123', '111111111111', '000000000000',
  'qwertyuiopas', 'qwertyuiop123', 'qwerty123456', '1q2w3e4r5t6y', 'azertyuiop12', 'azerty123456',
  'password1234', 'password12345', 'passwordpassword', 'motdepasse123', 'motdepasse1234', 'iloveyou1234',
  'abcdefghijkl', 'abc123abc123', 'aaaaaaaaaaaa', 'letmein12345', 'welcome12345', 'bienvenue123',
  'bienvenue1234', 'soleil123456', 'passerelle123', 'passerelle2019', 'changeme1234', 'administrator',
  'administrateur', 'qwertyqwerty', 'football1234', 'baseball1234', 'monkey123456', 'dragon123456',
  'sunshine1234', 'princess1234', 'trustno11234', 'superman1234', 'hockey123456', 'canadiens123',
]);

/** Returns the problem with a new password, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `at most ${PASSWORD_MAX_LENGTH} characters`;
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'too common';
  return null;
}
