/** The values that say something, trimmed, in order: the candidates a field falls through. */
export function nonEmpty(
  values: ReadonlyArray<string | null | undefined>,
): string[] {
  return values
    .map((value) => value?.trim())
    .filter((value): value is string => !!value);
}
