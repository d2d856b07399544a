/** The values that say something, trimmed, in order: the candidates a field falls through. */
export function nonEmpty(
  values: ReadonlyArray<string | null | undefined>,
): string[] {
  const said: string[] = [];
  for (let index = 0; index < values.length; index += 1) {
    const trimmed = values[index]?.trim();
    if (trimmed) said.push(trimmed);
  }
  return said;
}
