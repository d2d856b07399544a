import { isIP } from 'node:net';
import { FeedError } from '../feed-error';
import { isPrivateAddress } from './private-address.util';

/**
 * Called with every IP address a fetch is about to connect to (each DNS answer and each literal
 * host, on every redirect hop); throwing refuses the connection.
 */
export type AddressGuard = (address: string, family: number) => void;

/** The collector's guard: refuses loopback, private, link-local and other non-public addresses. */
export const blockPrivateAddresses: AddressGuard = (address) => {
  if (isPrivateAddress(address)) {
    throw new FeedError(
      'blocked-address',
      `${address} is a loopback, private or otherwise non-public address`,
    );
  }
};

/**
 * Validates a configured feed URL before anything is fetched: http(s) only, and no literal
 * private address in any spelling. The WHATWG parser already turns 2130706433, 0x7f.1 and 127.1
 * into 127.0.0.1, so checking its hostname covers those. Names that resolve to private addresses
 * are caught later, at connect time, by `blockPrivateAddresses`.
 */
export function assertPublicFeedUrl(input: string | URL): URL {
  const url = parseFeedUrl(input);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  const literal = isIP(host) !== 0;
  if (literal ? isPrivateAddress(host) : isLoopbackName(host)) {
    throw new FeedError(
      'blocked-address',
      `refusing to fetch ${url.href}: ${host} is a loopback, private or otherwise non-public address`,
    );
  }
  return url;
}

/** Parses a feed URL and insists on http or https. */
export function parseFeedUrl(input: string | URL): URL {
  let url: URL;
  try {
    url = new URL(String(input).trim());
  } catch {
    throw new FeedError('invalid-url', `not a valid URL: ${String(input)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedError(
      'blocked-address',
      `only http and https feeds can be fetched, not ${url.protocol} (${url.href})`,
    );
  }
  return url;
}

/** RFC 6761 reserves localhost and *.localhost for loopback, so no DNS answer is needed to refuse them. */
function isLoopbackName(host: string): boolean {
  const name = host.toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost');
}
