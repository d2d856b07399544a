/** What a topic is matched against; a FeedItem or a Mention fits as it is. */
export interface MatchDocument {
  title?: string | null;
  text: string;
  /** As listed on the item, with or without '#'; hashtags written in title or text count too. */
  hashtags?: readonly string[] | null;
  /** "@user@instance", "user", "name.bsky.social" or a display name. */
  author?: string | null;
}

export type HitField = 'title' | 'text' | 'hashtags' | 'author';

/** Why a document matched: one place where a term of the query was found. */
export interface Hit {
  /** The term as written in the query: `novo`, `"two words"`, `#dkbiz`, `@novo`, `vind*`. */
  term: string;
  field: HitField;
  /**
   * UTF-16 offsets into the field's original string, end exclusive, ready for
   * `string.slice`. For `hashtags` they are offsets into `hashtags[index]`.
   */
  start: number;
  end: number;
  /** Which entry of the document's `hashtags`, when `field` is `hashtags`. */
  index?: number;
  /** The hit in a little context, for title and text hits. */
  snippet?: string;
}

export interface MatchResult {
  matched: boolean;
  /** Empty when not matched; otherwise every place a contributing positive term was found, in reading order. */
  hits: Hit[];
}
