const STORAGE_KEY = 'lyt.token';

/**
 * Why there is no session: never signed in, signed out, or the server refused
 * the token (a typo, or a viewer token that was rotated).
 */
export type SignedOutReason = 'none' | 'signed-out' | 'rejected';

export interface SessionSnapshot {
  token: string | null;
  reason: SignedOutReason;
}

/**
 * The access token, outside React: the api client and the live connection
 * read it on every request and handshake; React reads it through
 * useSyncExternalStore. Kept in localStorage so a wall screen survives reloads.
 */
export class SessionStore {
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: Storage = localStorage) {
    this.snapshot = { token: storage.getItem(STORAGE_KEY), reason: 'none' };
  }

  readonly get = (): SessionSnapshot => this.snapshot;
  readonly token = (): string | null => this.snapshot.token;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  signIn(token: string): void {
    const trimmed = token.trim();
    if (!trimmed) return;
    this.storage.setItem(STORAGE_KEY, trimmed);
    this.set({ token: trimmed, reason: 'none' });
  }

  signOut(reason: Exclude<SignedOutReason, 'none'> = 'signed-out'): void {
    if (this.snapshot.token === null && this.snapshot.reason === reason) return;
    this.storage.removeItem(STORAGE_KEY);
    this.set({ token: null, reason });
  }

  /**
   * A link such as `/screen?token=…` signs the browser in: the token is kept
   * and removed from the address bar, so it is not left in history,
   * bookmarks or screenshots.
   */
  adoptTokenFromUrl(
    location: Location = window.location,
    history: History = window.history,
  ): void {
    const url = new URL(location.href);
    const token = url.searchParams.get('token');
    if (token === null) return;
    this.signIn(token);
    url.searchParams.delete('token');
    history.replaceState(
      history.state,
      '',
      `${url.pathname}${url.search}${url.hash}`,
    );
  }

  private set(next: SessionSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
