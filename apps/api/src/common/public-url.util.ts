import { BadRequestException } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { assertPublicFeedUrl, FeedError, isPrivateAddress } from '@lyt/feeds';

/**
 * A URL Lyt will connect to on an admin's word (a feed, a webhook): http(s)
 * only and, unless private addresses are allowed, no loopback, private or
 * link-local address, whether written as an IP (in any spelling) or reached
 * through DNS. Whoever connects checks the address again at connect time, so
 * DNS cannot change it later. A bad URL is a 400 that starts with `field`.
 */
export async function checkOutboundUrl(
  raw: string,
  field: string,
  allowPrivate: boolean,
): Promise<string> {
  try {
    if (allowPrivate) return httpUrl(raw, field);
    const url = assertPublicFeedUrl(raw);
    const addresses = await lookup(url.hostname.replace(/^\[|\]$/g, ''), {
      all: true,
    }).catch(() => []);
    const blocked = addresses.find(({ address }) => isPrivateAddress(address));
    if (blocked)
      throw new BadRequestException(
        `${field}: ${url.hostname} resolves to the private address ${blocked.address}`,
      );
    return url.toString();
  } catch (error) {
    if (error instanceof FeedError)
      throw new BadRequestException(`${field}: ${error.message}`);
    throw error;
  }
}

function httpUrl(raw: string, field: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new BadRequestException(`${field}: not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BadRequestException(
      `${field}: only http and https URLs can be reached`,
    );
  }
  return url.toString();
}
