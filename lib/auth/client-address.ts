/** The caller's address as the reverse proxy reports it (first hop of X-Forwarded-For), for audit and throttling. */
export function clientAddress(headers: Headers | undefined): string | null {
  const forwarded = headers?.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers?.get('x-real-ip') || null;
}
