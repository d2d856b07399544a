export const TOPIC_KINDS = ['company', 'competitor', 'industry', 'custom'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

export interface Topic {
  id: string;
  name: string;
  kind: TopicKind;
  query: string;
  color: string;
  createdAt: string;
  updatedAt: string;
}

export interface TopicRef {
  id: string;
  name: string;
  kind: TopicKind;
}
