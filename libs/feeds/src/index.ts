export { FeedError, FeedHttpError, type FeedErrorCode } from './feed-error';
export { FEED_LIMITS, FEED_USER_AGENT } from './feed-limits.constant';
export {
  fetchFeed,
  guardedLookup,
  type FeedFetched,
  type FeedNotModified,
  type FetchFeedOptions,
  type FetchFeedResult,
} from './fetch/feed-fetcher';
export {
  assertPublicFeedUrl,
  blockPrivateAddresses,
  type AddressGuard,
} from './fetch/feed-url-guard.util';
export { isPrivateAddress } from './fetch/private-address.util';
export {
  decodeFeedBody,
  type CharsetSource,
  type DecodedBody,
} from './fetch/charset.util';
export { parseRateLimitReset, parseRetryAfter } from './fetch/retry-after.util';
export { readFeedFile, type FeedFile } from './file/feed-file.reader';
export {
  parseFeed,
  readFeedDocument,
  type ParsedFeed,
  type ParseFeedOptions,
} from './parse/feed-parser';
export type {
  FeedDocument,
  FeedEntry,
  FeedFormat,
} from './parse/feed-document';
export {
  normaliseFeed,
  type LanguageDetector,
  type NormaliseOptions,
} from './normalise/feed-normaliser';
export { htmlToText } from './normalise/html-text.util';
export { extractHashtags } from './normalise/hashtags.util';
export { readXmlTree, type XmlElement, type XmlTree } from './parse/xml-tree';
export { inspectXmlProlog, type XmlProlog } from './parse/xml-prolog.util';
