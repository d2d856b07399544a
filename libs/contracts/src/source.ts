export interface SourceHealth {
  lastOkAt: string | null;
  lastError: string | null;
  errorCount: number;
  nextPollAt: string | null;
  itemsSeen: number;
  lastNewItemAt: string | null;
}

export interface Source {
  id: string;
  name: string;
  url: string;
  /** The template the URL was built from, or `feed` for a plain feed URL. */
  kind: string;
  intervalSeconds: number;
  enabled: boolean;
  createdAt: string;
  health: SourceHealth;
}

export interface SourceRef {
  id: string;
  name: string;
}
