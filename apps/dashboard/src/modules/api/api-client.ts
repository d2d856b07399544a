import type { ApiErrorBody, HealthStatus } from '@lyt/contracts';

/** What the server said, or status 0 when it could not be reached at all. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    message: string,
    readonly body: ApiErrorBody | null = null,
  ) {
    super(message);
  }

  /** No answer: network down, server stopped, or the request timed out. */
  get unreachable(): boolean {
    return this.status === 0;
  }

  /** Worth trying again later: no answer, or the server (or a proxy in front of it) is overloaded or restarting. */
  get transient(): boolean {
    return this.status === 0 || [502, 503, 504].includes(this.status);
  }
}

export type QueryValue =
  string | number | boolean | null | undefined | readonly (string | number)[];
export type QueryParams = Record<string, QueryValue>;

export interface RequestOptions {
  query?: object;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  /** Origin of the api; empty for the page's own (the api serves the dashboard). */
  baseUrl?: string;
  token(): string | null;
  /** The token was refused (401): the session ends. */
  onUnauthorized?(): void;
  /** A request without an answer after this long fails as unreachable. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** `?topic=a&topic=b&from=…`: lists repeat their key, empty values are left out. */
export function toQueryString(query: object | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}) as [
    string,
    QueryValue,
  ][]) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value))
      for (const item of value) search.append(key, String(item));
    else search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * The dashboard's one way to `/api`: the bearer token on every request, the
 * server's own error message in an ApiError, a 401 that ends the session.
 */
export class ApiClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: ApiClientOptions) {
    this.baseUrl = options.baseUrl ?? '';
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  get<T>(path: string, options?: RequestOptions): Promise<T> {
    return this.json<T>('GET', path, options);
  }

  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> {
    return this.json<T>('POST', path, { ...options, body });
  }

  /** A file's text as the body (the OPML import), sent as `type`, not as JSON. */
  async postFile<T>(
    path: string,
    text: string,
    type: string,
    options?: RequestOptions,
  ): Promise<T> {
    return this.read<T>(
      await this.send('POST', path, { ...options, file: { text, type } }),
    );
  }

  patch<T>(path: string, body: unknown, options?: RequestOptions): Promise<T> {
    return this.json<T>('PATCH', path, { ...options, body });
  }

  put<T>(path: string, body: unknown, options?: RequestOptions): Promise<T> {
    return this.json<T>('PUT', path, { ...options, body });
  }

  delete<T = void>(path: string, options?: RequestOptions): Promise<T> {
    return this.json<T>('DELETE', path, options);
  }

  /**
   * `GET /api/health`. Its 503 is an answer, not a failure: the server is up
   * and says its database is down, which the dashboard shows as such.
   */
  async health(signal?: AbortSignal): Promise<HealthStatus> {
    const response = await this.send('GET', '/health', { signal });
    if (response.status === 503) {
      const body = (await response.json().catch(() => null)) as {
        db?: unknown;
        build?: unknown;
      } | null;
      if (body?.db === 'down')
        return {
          status: 'error',
          db: 'down',
          build: typeof body.build === 'string' ? body.build : null,
        };
    }
    return this.read<HealthStatus>(response);
  }

  /** A file the api streams (CSV export): fetched with the token, so a plain link is not needed. */
  async blob(path: string, options?: RequestOptions): Promise<Blob> {
    const response = await this.send('GET', path, options, '*/*');
    if (!response.ok) throw await this.failure(response);
    return response.blob();
  }

  private async json<T>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<T> {
    return this.read<T>(await this.send(method, path, options));
  }

  private async send(
    method: string,
    path: string,
    {
      query,
      body,
      signal,
      file,
    }: RequestOptions & { file?: { text: string; type: string } } = {},
    accept = 'application/json',
  ): Promise<Response> {
    const token = this.options.token();
    const timeout = AbortSignal.timeout(this.timeoutMs);
    try {
      return await fetch(`${this.baseUrl}/api${path}${toQueryString(query)}`, {
        method,
        headers: {
          Accept: accept,
          ...(file
            ? { 'Content-Type': file.type }
            : body === undefined
              ? {}
              : { 'Content-Type': 'application/json' }),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: file
          ? file.text
          : body === undefined
            ? undefined
            : JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      // The caller's own abort (react-query cancelling a query) stays an abort.
      if (signal?.aborted) throw error;
      throw new ApiError(
        0,
        timeout.aborted
          ? `no answer from Lyt within ${Math.round(this.timeoutMs / 1000)} s`
          : 'Lyt cannot be reached',
      );
    }
  }

  private async read<T>(response: Response): Promise<T> {
    if (!response.ok) throw await this.failure(response);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    if (!text) return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError(
        response.status,
        'the server answered with invalid JSON',
      );
    }
  }

  private async failure(response: Response): Promise<ApiError> {
    if (response.status === 401) this.options.onUnauthorized?.();
    const text = await response.text().catch(() => '');
    let body: ApiErrorBody | null = null;
    try {
      body = JSON.parse(text) as ApiErrorBody;
    } catch {
      // A proxy's HTML error page or an empty body: the status says enough.
    }
    const message = Array.isArray(body?.message)
      ? body.message.join('; ')
      : typeof body?.message === 'string' && body.message
        ? body.message
        : `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return new ApiError(response.status, message, body);
  }
}
