export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** GET/POST/… under /api with the bearer token; throws ApiError with the server's message. */
export async function apiRequest<T>(
  token: string,
  path: string,
  init: RequestInit = {},
): Promise<T> {
  const response = await fetch(`/api${path}`, {
    ...init,
    headers: {
      Accept: 'application/json',
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      ...init.headers,
      Authorization: `Bearer ${token}`,
    },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      message?: unknown;
    } | null;
    const message = Array.isArray(body?.message)
      ? body.message.join('; ')
      : String(body?.message ?? response.statusText);
    throw new ApiError(response.status, message);
  }
  return (await response.json()) as T;
}
