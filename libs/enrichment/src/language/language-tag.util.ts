// BCP 47 codes that say "no particular language": unknown, not a language.
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

// ISO 639-1 codes withdrawn in 1989 that old feeds still write.
const WITHDRAWN: Record<string, string> = {
  iw: 'he',
  in: 'id',
  ji: 'yi',
  jw: 'jv',
  mo: 'ro',
};

// ISO 639-2 (bibliographic and terminology) and English or native names of
// the languages Lyt's feeds are written in, as feeds write them instead of a
// code: <language>dan</language>, <dc:language>English</dc:language>.
const ALIASES: Record<string, string> = Object.fromEntries(
  (
    [
      ['da', 'dan danish dansk'],
      ['no', 'nor norwegian norsk'],
      ['nb', 'nob bokmål bokmal'],
      ['nn', 'nno nynorsk'],
      ['sv', 'swe swedish svenska'],
      ['en', 'eng english'],
      ['de', 'deu ger german deutsch'],
      ['fi', 'fin finnish suomi'],
      ['is', 'isl ice icelandic íslenska'],
      ['fo', 'fao faroese føroyskt'],
      ['kl', 'kal greenlandic kalaallisut'],
      ['nl', 'nld dut dutch nederlands'],
      ['fr', 'fra fre french français'],
      ['es', 'spa spanish español'],
      ['it', 'ita italian italiano'],
      ['pt', 'por portuguese português'],
      ['pl', 'pol polish polski'],
    ] as const
  ).flatMap(([code, names]) =>
    names.split(' ').map((name) => [name, code] as const),
  ),
);

/**
 * The ISO 639-1 code of a language tag as feeds and people write it — "da-DK", "en_US", "DA",
 * "dan", "Danish", "en-us, da" (the first counts) — or null when it names no language ("und",
 * "", a code we cannot map). One rule for declared and detected languages alike.
 */
export function languageCode(tag: string | null | undefined): string | null {
  const first = tag?.split(',', 1)[0]?.trim().toLowerCase() ?? '';
  const primary = first.split(/[-_\s]/, 1)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return WITHDRAWN[primary] ?? primary;
  if (NO_LANGUAGE.has(primary)) return null;
  return ALIASES[primary] ?? null;
}
