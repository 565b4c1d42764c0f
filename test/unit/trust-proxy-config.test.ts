import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { fastifyTrustProxy } from '../../src/server/http/trust-proxy.js';

const trustOf = (value: string) => loadConfig({ INDSATS_TRUST_PROXY: value }).trustProxy;

describe('INDSATS_TRUST_PROXY', () => {
  it('keeps its old meaning: unset or 0 trusts no proxy, 1 (or true) one TLS-terminating proxy', () => {
    expect(loadConfig({}).trustProxy).toEqual({ kind: 'none' });
    for (const off of ['0', 'false', 'no']) expect(trustOf(off)).toEqual({ kind: 'none' });
    for (const one of ['1', 'true', 'yes']) expect(trustOf(one)).toEqual({ kind: 'hops', hops: 1 });
  });

  it('takes a number of hops or a list of proxy addresses and CIDR ranges', () => {
    expect(trustOf('3')).toEqual({ kind: 'hops', hops: 3 });
    expect(trustOf('10.0.0.5, 10.1.0.0/16,::1,fd00::/8,loopback')).toEqual({
      kind: 'addresses',
      addresses: ['10.0.0.5', '10.1.0.0/16', '::1', 'fd00::/8', 'loopback'],
    });
  });

  it('refuses anything else with a Danish message naming the variable', () => {
    for (const bad of ['ja', '11', '-1', '10.0.0.300', '10.0.0.0/33', '10.0.0.1,', 'proxy.kommune.dk', '*']) {
      expect(() => trustOf(bad), bad).toThrow(/INDSATS_TRUST_PROXY: skal være 0, 1, et antal proxyled/);
    }
  });

  it('trusts exactly the configured hops from the right of X-Forwarded-For', () => {
    const trust = fastifyTrustProxy({ kind: 'hops', hops: 2 });
    if (typeof trust !== 'function') throw new Error('hops are a trust function');
    expect([0, 1, 2, 3].map((hop) => trust('203.0.113.1', hop))).toEqual([true, true, false, false]);
    expect(fastifyTrustProxy({ kind: 'none' })).toBe(false);
  });
});
