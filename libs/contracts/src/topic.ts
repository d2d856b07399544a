export const TOPIC_KINDS = [
  'company',
  'competitor',
  'industry',
  'custom',
] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

/** Re-applying the topic's query to stored items, after it was created or its query changed. */
export interface RematchProgress {
  status: 'running' | 'done';
  processed: number;
  total: number;
  finishedAt: string | null;
}

export interface Topic {
  id: string;
  name: string;
  kind: TopicKind;
  query: string;
  color: string;
  /** Part of the demo workspace: label it, and it goes when the demo is removed. */
  demo: boolean;
  createdAt: string;
  updatedAt: string;
  rematch: RematchProgress;
}

/** One stored item a query would match, with where it matched. */
export interface TopicPreviewItem {
  id: string;
  title: string | null;
  text: string;
  url: string | null;
  author: string | null;
  publishedAt: string;
  hashtags: string[];
  hits: {
    term: string;
    field: 'title' | 'text' | 'hashtags' | 'author';
    start: number;
    end: number;
    index?: number;
  }[];
}

export interface TopicPreview {
  /** How many recent items were tried. */
  scanned: number;
  items: TopicPreviewItem[];
}

export interface TopicRef {
  id: string;
  name: string;
  kind: TopicKind;
}
