import { isIP } from 'node:net';

/** Set by server.mjs on every request to the TCP peer's address, whatever the client sent under that name. */
export const PEER_ADDRESS_HEADER = 'x-passerelle-peer-address';

/**
 * How many reverse proxies stand between the users and the app (TRUSTED_PROXY_COUNT, default 0). Each one
 * appends the address it received the request from to X-Forwarded-For; only those last entries are
 * trustworthy, anything to their left was written by the client.
 */
export function trustedProxyCount(value = process.env.TRUSTED_PROXY_COUNT): number {
  const count = Number(value ?? 0);
  return Number.isInteger(count) && count >= 0 && count <= 10 ? count : 0;
}

function normalized(address: string): string {
  // An IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d.
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * The caller's address, for the audit trail and the per-address sign-in throttle: the peer the app's server
 * accepted the connection from, or, behind N trusted proxies, the address the outermost of them saw. A
 * malformed or empty entry stops the walk at the nearest trusted address, so a forged or broken header can
 * neither choose the address nor erase it. Null only outside an HTTP request of server.mjs (tests, scripts).
 */
export function clientAddress(headers: Headers | undefined, proxies = trustedProxyCount()): string | null {
  const peer = headers?.get(PEER_ADDRESS_HEADER)?.trim();
  if (!peer || !isIP(normalized(peer))) return null;
  const forwarded = (headers?.get('x-forwarded-for') ?? '').split(',').map((hop) => normalized(hop.trim()));
  let address = normalized(peer);
  // From the nearest hop outwards: each trusted proxy vouches for the address to its left.
  for (let step = 0; step < proxies; step++) {
    const next = forwarded.pop();
    if (next === undefined || !isIP(next)) break;
    address = next;
  }
  return address;
}
