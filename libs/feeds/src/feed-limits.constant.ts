/** Limits shared by the collector and `lyt parse`, so an operator sees what the collector would see. */
export const FEED_LIMITS = {
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
} as const;

export const FEED_USER_AGENT =
  'Lyt/0.1 (+https://github.com/lyt; feed collector)';
