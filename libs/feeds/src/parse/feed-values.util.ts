/** The values that say something, trimmed, in order: the candidates a field falls through. */
export function nonEmpty(
  values: ReadonlyArray<string | null | undefined>,
): string[] {
  const said: string[] = [];
  for (const value of values) {
    const trimmed = value?.trim();
    if (trimmed) said.push(trimmed);
  }
  return said;
}
