import { describe, expect, it } from 'vitest';
import { throttleAddressKey } from '../../src/server/modules/auth/throttle-address.js';

/** Issue 9 review, point 3: rotating addresses within one IPv6 /64 must not escape the per-address throttle. */
describe('the address a login throttle counts under', () => {
  it('counts every IPv6 address of one /64 as one', () => {
    const keys = [
      '2001:db8:1:2::1',
      '2001:db8:1:2:ffff:ffff:ffff:fffe',
      '2001:DB8:1:2:a:b:c:d',
      '2001:0db8:0001:0002::9%eth0',
    ].map(throttleAddressKey);
    expect(new Set(keys)).toEqual(new Set(['2001:db8:1:2::/64']));
  });

  it('keeps different /64s apart', () => {
    expect(throttleAddressKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(throttleAddressKey('::1')).toBe('0:0:0:0::/64');
    expect(throttleAddressKey('fe80::1')).toBe('fe80:0:0:0::/64');
  });

  it('counts an IPv4-mapped IPv6 address as the IPv4 address, in either spelling', () => {
    expect(throttleAddressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(throttleAddressKey('::FFFF:c000:0207')).toBe('192.0.2.7');
    expect(throttleAddressKey('0:0:0:0:0:ffff:192.0.2.7')).toBe('192.0.2.7');
  });

  it('leaves IPv4 addresses and anything unrecognised as they are', () => {
    expect(throttleAddressKey('198.51.100.7')).toBe('198.51.100.7');
    expect(throttleAddressKey('unknown')).toBe('unknown');
  });
});
