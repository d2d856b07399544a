import type {
  Mention,
  MentionEngagement,
  MentionTopic,
  SentimentLabel,
} from '@lyt/contracts';

/** `item.hidden_reason` of a post its platform no longer has. */
export const DELETED_ON_PLATFORM = 'deleted-on-platform';

/** Where a mention query reads from: published items (`st`), with their source. */
export const MENTION_FROM = `item i JOIN item_stream st ON st.item_id = i.id JOIN source s ON s.id = i.source_id`;

/** The columns every mention query selects (FROM MENTION_FROM), in the shape `toMention` reads. */
export const MENTION_COLUMNS = `
  st.seq::text AS id, i.title, i.text, i.url, i.author, i.published_at, i.hashtags, i.media_url,
  i.language, i.sentiment_score, i.sentiment_label, s.id AS source_id, s.name AS source_name,
  (SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'kind', t.kind, 'terms', m.terms) ORDER BY t.name)
     FROM mention m JOIN topic t ON t.id = m.topic_id WHERE m.item_id = i.id) AS topics,
  (SELECT json_build_object('likes', ap.likes, 'boosts', ap.boosts, 'replies', ap.replies, 'quotes', ap.quotes,
                            'total', ap.likes + ap.boosts + ap.replies + ap.quotes, 'refreshedAt', ap.refreshed_at)
     FROM account_post ap WHERE ap.item_id = i.id ORDER BY ap.id LIMIT 1) AS engagement,
  i.hidden_reason`;

export interface MentionRow {
  id: string;
  title: string | null;
  text: string;
  url: string | null;
  author: string | null;
  published_at: Date;
  hashtags: string[];
  media_url: string | null;
  language: string | null;
  sentiment_score: number | null;
  sentiment_label: SentimentLabel | null;
  source_id: string;
  source_name: string;
  topics: MentionTopic[] | null;
  engagement: MentionEngagement | null;
  hidden_reason: string | null;
}

/** The REST and live-stream JSON of a mention; `id` is its place in commit order. */
export function toMention(row: MentionRow): Mention {
  return {
    id: row.id,
    title: row.title,
    text: row.text,
    url: row.url,
    author: row.author,
    publishedAt: row.published_at.toISOString(),
    hashtags: row.hashtags,
    mediaUrl: row.media_url,
    language: row.language,
    sentiment:
      row.sentiment_label === null
        ? null
        : { score: Number(row.sentiment_score), label: row.sentiment_label },
    source: { id: row.source_id, name: row.source_name },
    topics: row.topics ?? [],
    engagement: row.engagement
      ? {
          ...row.engagement,
          refreshedAt: new Date(row.engagement.refreshedAt).toISOString(),
        }
      : null,
    deletedOnPlatform: row.hidden_reason === DELETED_ON_PLATFORM,
  };
}
