/** ISO 639-1 from a language tag as feeds write it: "da-DK", "en_US", "DA" → "da"; else null. */
export function toIso6391(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2}$/.test(primary) ? primary : null;
}
