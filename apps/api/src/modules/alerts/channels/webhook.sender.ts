import { createHmac } from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import { isIP } from 'node:net';
import {
  type AddressGuard,
  FeedError,
  guardedLookup,
  parseRetryAfter,
} from '@lyt/feeds';
import { failure, SendOutcome } from './send-outcome';

export const WEBHOOK_TIMEOUT_MS = 10_000;
/** Enough of an error answer to quote ("invalid_payload", "no_service"). */
const MAX_ERROR_BODY = 4096;
const USER_AGENT = 'Lyt/0.1 (+alerts; webhook)';

export interface WebhookRequest {
  url: string;
  /** The JSON body, byte for byte the same on every attempt. */
  body: string;
  deliveryId: string;
  secret: string | null;
  /** Runs on every address connected to; absent when private addresses are allowed. */
  guard?: AddressGuard;
  timeoutMs?: number;
}

/** `sha256=<hex HMAC-SHA256 of the body>`, what `X-Lyt-Signature` carries. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/**
 * POSTs one delivery. A 2xx answer ends it; anything else (redirects too: a
 * webhook that moved must be changed, not followed) is a failure whose message
 * names the host, never the path (Slack's path is the secret).
 */
export async function postWebhook(
  request: WebhookRequest,
): Promise<SendOutcome> {
  const url = new URL(request.url);
  const host = url.host;
  const timeoutMs = request.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const body = Buffer.from(request.body, 'utf8');
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(body.length),
    'user-agent': USER_AGENT,
    'x-lyt-delivery': request.deliveryId,
  };
  if (request.secret)
    headers['x-lyt-signature'] = signature(request.secret, request.body);
  const { guard } = request;
  try {
    const literal = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (guard && isIP(literal) !== 0) guard(literal, isIP(literal));
    const transport = url.protocol === 'https:' ? https : http;
    const answer = await new Promise<{
      status: number;
      text: string;
      retryAfter: string | undefined;
    }>((resolve, reject) => {
      const outgoing = transport.request(
        url,
        {
          method: 'POST',
          headers,
          // A pooled socket could predate the guard's check of the address.
          agent: false,
          timeout: timeoutMs,
          signal: AbortSignal.timeout(timeoutMs),
          lookup: guard ? guardedLookup(guard, url) : undefined,
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            if (size < MAX_ERROR_BODY) chunks.push(chunk);
            size += chunk.length;
          });
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              text: Buffer.concat(chunks)
                .toString('utf8')
                .slice(0, MAX_ERROR_BODY),
              retryAfter: response.headers['retry-after'],
            }),
          );
          response.on('error', reject);
        },
      );
      outgoing.on('timeout', () =>
        outgoing.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)),
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
    if (answer.status >= 200 && answer.status < 300) return { ok: true };
    const said = answer.text.replace(/\s+/g, ' ').trim().slice(0, 200);
    const retryAfter = parseRetryAfter(answer.retryAfter ?? null);
    return failure(
      `${host} answered HTTP ${answer.status} ${http.STATUS_CODES[answer.status] ?? ''}`.trim() +
        (said ? `: ${said}` : ''),
      retryAfter === null ? null : retryAfter * 1000,
    );
  } catch (error) {
    return failure(describe(error, host, timeoutMs));
  }
}

function describe(error: unknown, host: string, timeoutMs: number): string {
  if (error instanceof FeedError)
    return error.message.replace(/https?:\/\/\S+/, host);
  const code = (error as NodeJS.ErrnoException).code;
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return `no answer from ${host} within ${timeoutMs / 1000} s`;
  if (code === 'ECONNREFUSED') return `${host} refused the connection`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `${host} could not be found in DNS`;
  if (code === 'ECONNRESET') return `${host} closed the connection`;
  const message = error instanceof Error ? error.message : String(error);
  return `could not reach ${host}: ${message}`;
}
