/**
 * xml2js (under rss-parser) turns every element into arrays, strings or `{_: text, $: attrs}`
 * objects depending on what the element happened to contain; these read them without caring.
 */
export function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '_' in value)
    return textOf((value as { _: unknown })._);
  return null;
}

export function attributesOf(value: unknown): Record<string, string> {
  if (value && typeof value === 'object' && '$' in value) {
    const attributes = (value as { $: unknown }).$;
    if (attributes && typeof attributes === 'object')
      return attributes as Record<string, string>;
  }
  return {};
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The value of a child element of an xml2js object (`{'media:thumbnail': [...]}`), as an array. */
export function childrenOf(value: unknown, name: string): unknown[] {
  if (!value || typeof value !== 'object') return [];
  return asArray((value as Record<string, unknown>)[name]);
}

export function nonEmpty(values: Array<string | null | undefined>): string[] {
  return values
    .map((value) => value?.trim())
    .filter((value): value is string => !!value);
}
