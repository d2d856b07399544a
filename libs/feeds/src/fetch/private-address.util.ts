import { isIP } from 'node:net';

/** [network, prefix length] of IPv4 ranges that are not public unicast (RFC 6890 and friends). */
const NON_PUBLIC_IPV4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, home of cloud metadata endpoints
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes 255.255.255.255
];

const NON_PUBLIC_IPV4_MASKS = NON_PUBLIC_IPV4.map(([network, prefix]) => {
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  return { network: (parseIpv4(network) as number) & mask, mask };
});

/**
 * True for every address a feed fetch must not reach: loopback, private, link-local, CGNAT,
 * multicast, reserved, documentation ranges, and IPv6 forms that embed such an IPv4 address
 * (::ffff:127.0.0.1, NAT64, 6to4). Anything that is not an IP address counts as non-public,
 * because callers use this as a guard and a guard must fail closed.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.trim().replace(/^\[(.*)\]$/, '$1');
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) return isNonPublicIpv4(parseIpv4(bare) as number);
  if (family === 6) return isNonPublicIpv6(parseIpv6(bare));
  return true;
}

function isNonPublicIpv4(value: number): boolean {
  return NON_PUBLIC_IPV4_MASKS.some(
    ({ network, mask }) => (value & mask) >>> 0 === network >>> 0,
  );
}

function isNonPublicIpv6(groups: number[] | null): boolean {
  if (!groups) return true;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const embeddedIpv4 = ((g6 << 16) | g7) >>> 0;
  const zeroUpTo = (count: number) =>
    groups.slice(0, count).every((group) => group === 0);
  if (zeroUpTo(5) && g5 === 0xffff) return isNonPublicIpv4(embeddedIpv4); // ::ffff:a.b.c.d
  if (zeroUpTo(4) && g4 === 0xffff && g5 === 0)
    return isNonPublicIpv4(embeddedIpv4); // ::ffff:0:a.b.c.d
  if (zeroUpTo(6)) return true; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
  if (
    g0 === 0x64 &&
    g1 === 0xff9b &&
    g2 === 0 &&
    g3 === 0 &&
    g4 === 0 &&
    g5 === 0
  ) {
    return isNonPublicIpv4(embeddedIpv4); // NAT64 64:ff9b::/96 reaches the embedded IPv4 address
  }
  if (g0 === 0x2002) return isNonPublicIpv4(((g1 << 16) | g2) >>> 0); // 6to4
  if (g0 === 0x2001 && g1 < 0x0200) return true; // 2001::/23 protocol assignments, Teredo
  if (g0 === 0x2001 && g1 === 0x0db8) return true; // documentation
  // Outside 2000::/3 nothing is global unicast: fc00::/7, fe80::/10, ff00::/8, 64:ff9b:1::/48, 100::/64 …
  return (g0 & 0xe000) !== 0x2000;
}

function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

/** Eight 16-bit groups, or null; accepts "::" compression, a trailing dotted IPv4 and a zone id. */
function parseIpv6(text: string): number[] | null {
  let address = text.toLowerCase().replace(/%.*$/, '');
  const lastColon = address.lastIndexOf(':');
  if (address.includes('.', lastColon)) {
    const ipv4 = parseIpv4(address.slice(lastColon + 1));
    if (ipv4 === null) return null;
    address = `${address.slice(0, lastColon + 1)}${(ipv4 >>> 16).toString(16)}:${(ipv4 & 0xffff).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const toGroups = (half: string | undefined) => (half ? half.split(':') : []);
  const head = toGroups(halves[0]);
  const tail = toGroups(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [
    ...head,
    ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'),
    ...tail,
  ];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return groups.map((group) => parseInt(group, 16));
}
