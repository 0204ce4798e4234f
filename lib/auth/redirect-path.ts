/**
 * Where to go after sign-in. Only a path on this site is kept (an absolute URL is reduced to its path),
 * so a crafted link cannot send a user to another site.
 */
export function safeRedirectPath(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '/';
  let path = value;
  if (!value.startsWith('/')) {
    try {
      const url = new URL(value);
      path = `${url.pathname}${url.search}`;
    } catch {
      return '/';
    }
  }
  if (path.startsWith('//') || path.startsWith('/\\') || path.startsWith('/sign-in')) return '/';
  return path;
}
