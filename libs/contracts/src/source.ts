export interface SourceHealth {
  lastOkAt: string | null;
  lastPolledAt: string | null;
  /** `ok`, `not-modified`, or what went wrong (`http-status`, `timeout`, `not-a-feed`, …). */
  lastStatus: string | null;
  /** A sentence a person can act on, e.g. "HTTP 404 Not Found from https://…". */
  lastError: string | null;
  errorCount: number;
  /** Null while the source is disabled. */
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
  /** A demo feed served by Lyt itself: label it, and it goes when the demo is removed. */
  demo: boolean;
  createdAt: string;
  health: SourceHealth;
}

export interface SourceRef {
  id: string;
  name: string;
}

export interface SourceTemplateField {
  name: string;
  label: string;
  example: string;
  options?: string[];
}

/** A way to build a feed URL for a platform: `POST /api/sources {template, params}`. */
export interface SourceTemplateView {
  id: string;
  name: string;
  description: string;
  fields: SourceTemplateField[];
}

/** `POST /api/sources/opml`: what became of each feed in an OPML file. */
export interface OpmlImportReport {
  added: { id: string; name: string; url: string }[];
  /** Already a source (or twice in the file): left as it was. */
  duplicates: { name: string; url: string }[];
  /** Not added, and why: an invalid or private address, a missing xmlUrl. */
  refused: { name: string; url: string | null; reason: string }[];
}
