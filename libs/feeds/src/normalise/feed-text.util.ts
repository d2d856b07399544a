import type { FeedText } from '../parse/feed-document';
import { htmlToText, plainText } from './html-text.util';

/** The plain text of a title or body, whether the feed gave it as text or as HTML. */
export function feedTextToPlain(text: FeedText): string {
  return text.type === 'html' ? htmlToText(text.value) : plainText(text.value);
}
