import { lookup as dnsLookup } from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { FeedError, FeedHttpError } from '../feed-error';
import { FEED_LIMITS, FEED_USER_AGENT } from '../feed-limits.constant';
import { formatBytes, formatSeconds } from '../format.util';
import { decodeFeedBody } from './charset.util';
import { type AddressGuard, parseFeedUrl } from './feed-url-guard.util';
import { parseRateLimitReset, parseRetryAfter } from './retry-after.util';

export interface FetchFeedOptions {
  /** Validators saved from the previous fetch; each is sent only when given. */
  etag?: string | null;
  lastModified?: string | null;
  /** Budget for the whole exchange (all redirects, headers and body), default 20 s. */
  timeoutMs?: number;
  /** Cap on the body, compressed and decompressed alike, default 10 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  /** Runs on every address connected to; the collector passes `blockPrivateAddresses`. */
  guard?: AddressGuard;
  /** The Accept header, default feed types first; a JSON API asks for `application/json`. */
  accept?: string;
}

export interface FeedNotModified {
  status: 'not-modified';
  finalUrl: string;
}

export interface FeedFetched {
  status: 'ok';
  /** The body decoded to text (BOM, HTTP charset, XML declaration, else UTF-8). */
  body: string;
  etag: string | null;
  lastModified: string | null;
  /** The URL after redirects: the base for the feed's relative links. */
  finalUrl: string;
  contentType: string | null;
  charset: string;
  /** The response's headers by lower-case name (first value): what an API says in `Link` or `X-RateLimit-*`. */
  headers: Record<string, string>;
}

export type FetchFeedResult = FeedNotModified | FeedFetched;

interface FetchSettings {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  headers: Record<string, string>;
  etag: string | null;
  guard: AddressGuard | undefined;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
const DECODABLE_ENCODINGS = new Set([
  'identity',
  'gzip',
  'x-gzip',
  'deflate',
  'br',
]);

/**
 * Fetches one feed over node:http(s) rather than global fetch, so that sockets, DNS answers and
 * byte counts are ours to police: a deadline for the whole exchange, a size cap enforced while
 * streaming (after decompression too, against zip bombs), bounded redirects, conditional GET and
 * an address guard applied at connect time, so DNS cannot smuggle in 127.0.0.1.
 */
export async function fetchFeed(
  url: string,
  options: FetchFeedOptions = {},
): Promise<FetchFeedResult> {
  const settings: FetchSettings = {
    timeoutMs: options.timeoutMs ?? FEED_LIMITS.timeoutMs,
    maxBytes: options.maxBytes ?? FEED_LIMITS.maxBytes,
    maxRedirects: options.maxRedirects ?? FEED_LIMITS.maxRedirects,
    headers: requestHeaders(options),
    etag: options.etag ?? null,
    guard: options.guard,
  };
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(
      new FeedError(
        'timeout',
        `no response within ${formatSeconds(settings.timeoutMs)} from ${url}`,
      ),
    );
  }, settings.timeoutMs);
  try {
    return await fetchFollowingRedirects(
      parseFeedUrl(url),
      settings,
      controller.signal,
    );
  } catch (error) {
    throw asFeedError(error, controller.signal, url);
  } finally {
    clearTimeout(timer);
  }
}

function requestHeaders(options: FetchFeedOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? FEED_USER_AGENT,
    accept: options.accept ?? ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return headers;
}

async function fetchFollowingRedirects(
  start: URL,
  settings: FetchSettings,
  signal: AbortSignal,
): Promise<FetchFeedResult> {
  let current = start;
  for (let redirects = 0; ; redirects += 1) {
    const response = await sendRequest(current, settings, signal);
    const location = response.headers.location;
    if (!REDIRECT_STATUSES.has(response.statusCode ?? 0) || !location) {
      return readResponse(response, current, settings, signal);
    }
    response.destroy();
    if (redirects >= settings.maxRedirects) {
      throw new FeedError(
        'too-many-redirects',
        `more than ${settings.maxRedirects} redirects from ${start.href}`,
      );
    }
    current = resolveRedirect(location, current);
  }
}

function resolveRedirect(location: string, from: URL): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new FeedError(
      'invalid-url',
      `${from.href} redirected to an invalid URL: ${location}`,
    );
  }
  return parseFeedUrl(target);
}

function sendRequest(
  url: URL,
  settings: FetchSettings,
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  const { guard } = settings;
  // Literal IP hosts never reach `lookup`, so the guard sees them here.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(host);
  if (guard && family !== 0) checkAddress(guard, host, family, url);
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      {
        method: 'GET',
        headers: settings.headers,
        // A pooled socket could have been opened before this guard ran; never reuse one.
        agent: false,
        signal,
        lookup: guard ? guardedLookup(guard, url) : undefined,
      },
      resolve,
    );
    request.on('error', reject);
    request.end();
  });
}

/** A DNS lookup for node:http that runs `guard` on every answer, for any outbound request to a configured URL. */
export function guardedLookup(guard: AddressGuard, url: URL): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, options, (error, address, family) => {
      if (error) {
        callback(error, address, family);
        return;
      }
      const answers = Array.isArray(address) ? address : [{ address, family }];
      try {
        for (const answer of answers)
          checkAddress(guard, answer.address, answer.family, url);
      } catch (blocked) {
        callback(blocked as NodeJS.ErrnoException, address, family);
        return;
      }
      callback(null, address, family);
    });
  };
}

function checkAddress(
  guard: AddressGuard,
  address: string,
  family: number,
  url: URL,
): void {
  try {
    guard(address, family);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedError(
      'blocked-address',
      `refusing to fetch ${url.href}: ${reason}`,
      { cause: error },
    );
  }
}

async function readResponse(
  response: http.IncomingMessage,
  url: URL,
  settings: FetchSettings,
  signal: AbortSignal,
): Promise<FetchFeedResult> {
  const status = response.statusCode ?? 0;
  const finalUrl = url.href;
  const etag = headerValue(response, 'etag');
  // An unchanged ETag on a 200 means unchanged too: some servers never answer 304.
  if (
    status === 304 ||
    (status >= 200 &&
      status < 300 &&
      settings.etag !== null &&
      etag === settings.etag)
  ) {
    response.destroy();
    return { status: 'not-modified', finalUrl };
  }
  if (status < 200 || status > 299) {
    response.destroy();
    const retryAfter =
      status === 429 || status === 503
        ? (parseRetryAfter(headerValue(response, 'retry-after')) ??
          parseRateLimitReset(response.headers))
        : null;
    throw new FeedHttpError(
      status,
      finalUrl,
      retryAfter,
      http.STATUS_CODES[status] ?? response.statusMessage ?? '',
    );
  }
  if (
    Number(headerValue(response, 'content-length') ?? 0) > settings.maxBytes
  ) {
    response.destroy();
    throw tooLarge(settings.maxBytes, finalUrl);
  }
  const contentType = headerValue(response, 'content-type');
  const decoded = decodeFeedBody(
    await readBody(response, settings.maxBytes, signal, finalUrl),
    contentType,
  );
  return {
    status: 'ok',
    body: decoded.text,
    etag,
    lastModified: headerValue(response, 'last-modified'),
    finalUrl,
    contentType,
    charset: decoded.charset,
    headers: firstValues(response.headers),
  };
}

function readBody(
  response: http.IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
  url: string,
): Promise<Buffer> {
  const encoding =
    (headerValue(response, 'content-encoding') ?? 'identity')
      .trim()
      .toLowerCase() || 'identity';
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let rawBytes = 0;
    let bodyBytes = 0;
    let settled = false;
    let decoder: Transform | undefined;

    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (error === undefined) {
        resolve(Buffer.concat(chunks, bodyBytes));
        return;
      }
      response.destroy();
      decoder?.destroy();
      reject(error);
    };
    const onAbort = () => finish(signal.reason);
    const keep = (chunk: Buffer) => {
      if (settled) return;
      bodyBytes += chunk.length;
      if (bodyBytes > maxBytes) finish(tooLarge(maxBytes, url));
      else chunks.push(chunk);
    };

    if (!DECODABLE_ENCODINGS.has(encoding)) {
      finish(
        new FeedError(
          'malformed',
          `unsupported content-encoding "${encoding}" from ${url}`,
        ),
      );
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    response.on('data', (chunk: Buffer) => {
      if (settled) return;
      rawBytes += chunk.length;
      if (rawBytes > maxBytes) {
        finish(tooLarge(maxBytes, url));
        return;
      }
      if (encoding === 'identity') {
        keep(chunk);
        return;
      }
      if (!decoder) {
        decoder = createDecoder(encoding, chunk);
        decoder.on('data', keep);
        decoder.on('end', () => finish());
        decoder.on('error', (error: Error) => {
          finish(
            new FeedError(
              'malformed',
              `could not decompress the ${encoding} response from ${url}: ${error.message}`,
            ),
          );
        });
      }
      decoder.write(chunk);
    });
    response.on('end', () => {
      if (decoder) decoder.end();
      else finish();
    });
    response.on('error', (error) => finish(error));
    response.on('close', () => {
      if (!response.complete) {
        finish(
          new FeedError(
            'network',
            `connection closed before the whole response arrived from ${url}`,
          ),
        );
      }
    });
  });
}

/** Servers that say "deflate" send zlib-wrapped or raw deflate; the first two bytes tell which. */
function createDecoder(encoding: string, firstChunk: Buffer): Transform {
  switch (encoding) {
    case 'br':
      return zlib.createBrotliDecompress();
    case 'deflate': {
      const [cmf = 0, flg = 0] = firstChunk;
      const zlibWrapped = (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
      return zlibWrapped ? zlib.createInflate() : zlib.createInflateRaw();
    }
    default:
      return zlib.createGunzip();
  }
}

function tooLarge(maxBytes: number, url: string): FeedError {
  return new FeedError(
    'too-large',
    `response exceeded ${formatBytes(maxBytes)} from ${url}`,
  );
}

function firstValues(
  headers: http.IncomingHttpHeaders,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) values[name] = first;
  }
  return values;
}

function headerValue(
  response: http.IncomingMessage,
  name: string,
): string | null {
  const value = response.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

const NETWORK_REASONS: Record<string, string> = {
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
  HPE_INVALID_CONSTANT: 'invalid HTTP response',
};

function asFeedError(
  error: unknown,
  signal: AbortSignal,
  url: string,
): FeedError {
  if (signal.aborted && signal.reason instanceof FeedError)
    return signal.reason;
  if (error instanceof FeedError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const reason =
    NETWORK_REASONS[code] ??
    (/CERT|TLS|SSL/.test(code) ? `TLS error: ${message}` : message);
  return new FeedError('network', `could not fetch ${url}: ${reason}`, {
    cause: error,
  });
}
