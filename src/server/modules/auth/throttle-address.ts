import { isIPv4, isIPv6 } from 'node:net';

/**
 * The address a throttle counts attempts under. One IPv6 subscriber usually
 * holds a whole /64 and can pick any address in it, so IPv6 addresses are
 * counted per /64 (`2001:db8:1:2::/64`); an IPv4-mapped IPv6 address
 * (`::ffff:192.0.2.1`) is the IPv4 address it maps. Anything else is counted
 * as it is. See docs/adr/0012.
 */
export function throttleAddressKey(ip: string): string {
  const address = ip.split('%')[0] ?? ip; // a zone (fe80::1%eth0) names an interface, not a host
  if (!isIPv6(address)) return ip;
  const groups = ipv6Groups(address);
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) {
    const [hi = 0, lo = 0] = groups.slice(6);
    const v4 = [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
    if (isIPv4(v4)) return v4;
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (with `::` and a dotted IPv4 tail expanded). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}
