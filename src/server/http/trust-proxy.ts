import { isIP } from 'node:net';

/**
 * Which proxies in front of the service are believed about the client's
 * address and protocol (X-Forwarded-For / -Proto / -Host), from
 * INDSATS_TRUST_PROXY. Everything else a request says about itself is ignored:
 * the client address feeds login throttling and the audit log.
 *
 * - `none`: no proxy; the socket's address is the client.
 * - `hops`: this many proxies in front (`1` = the one TLS-terminating proxy).
 *   Only the last `hops` entries of X-Forwarded-For are the proxies' own;
 *   whatever a client put before them is never read. Safe only when the
 *   service cannot be reached except through the proxies.
 * - `addresses`: the proxies' own addresses or CIDR ranges (or proxy-addr's
 *   names loopback, linklocal, uniquelocal); the client is the first address,
 *   from the right, that is not one of them.
 */
export type TrustProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; addresses: string[] };

export const MAX_PROXY_HOPS = 10;
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

export const TRUST_PROXY_HINT =
  'skal være 0, 1, et antal proxyled (fx 2) eller en kommasepareret liste af proxyernes adresser/CIDR-netværk (fx 10.0.0.5,10.1.0.0/16)';

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Reads INDSATS_TRUST_PROXY; null when the value means nothing (the caller names the variable). */
export function parseTrustProxy(raw: string): TrustProxy | null {
  const value = raw.trim().toLowerCase();
  if (['0', 'false', 'no'].includes(value)) return { kind: 'none' };
  // `1`, `true` and `yes` keep their old meaning: one TLS-terminating proxy in front.
  if (['true', 'yes'].includes(value)) return { kind: 'hops', hops: 1 };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= MAX_PROXY_HOPS ? { kind: 'hops', hops } : null;
  }
  const addresses = value.split(',').map((s) => s.trim());
  return addresses.every(isAddressOrRange) ? { kind: 'addresses', addresses } : null;
}

/** Fastify's `trustProxy` option. Fastify refuses bare hop counts, so hops are a trust function. */
export function fastifyTrustProxy(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  switch (trust.kind) {
    case 'none':
      return false;
    case 'hops': {
      const { hops } = trust;
      // Hop 0 is the socket's peer (the nearest proxy), hop 1 the address it forwarded for, and so on.
      return (_address, hop) => hop < hops;
    }
    case 'addresses':
      return trust.addresses;
  }
}
