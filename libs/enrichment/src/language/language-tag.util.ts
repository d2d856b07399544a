// BCP 47 codes that say "no particular language": treat them as unknown.
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

/** The primary subtag of a language tag, lower-cased ("da-DK" → "da"), or null when none is given. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return primary === '' || NO_LANGUAGE.has(primary) ? null : primary;
}
