const STORAGE_KEY = 'lyt.token';

/**
 * A link such as `/screen?token=…` signs the browser in: the token is kept in
 * localStorage and removed from the address bar, so it is not left in history,
 * bookmarks or screenshots.
 */
export function adoptTokenFromUrl(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  if (token.trim()) storeToken(token.trim());
  url.searchParams.delete('token');
  window.history.replaceState(
    window.history.state,
    '',
    `${url.pathname}${url.search}${url.hash}`,
  );
}

export function readToken(): string | null {
  return localStorage.getItem(STORAGE_KEY);
}

export function storeToken(token: string): void {
  localStorage.setItem(STORAGE_KEY, token);
}

export function forgetToken(): void {
  localStorage.removeItem(STORAGE_KEY);
}
