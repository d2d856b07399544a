const CONTEXT = 40;
const WHITESPACE = /\s+/gu;

export interface SnippetOptions {
  /** Characters either side of the hit, about. */
  context?: number;
  /** False when `source` is known to need no collapsing (see `needsCollapsing`): saves a scan per hit. */
  collapse?: boolean;
}

/**
 * `source` around [start, end): up to about 40 characters either side, cut at
 * whitespace so no word is halved, whitespace collapsed, '…' where cut.
 * Character scans rather than RegExps: it runs for every hit of every match.
 */
export function snippetAround(
  source: string,
  start: number,
  end: number,
  { context = CONTEXT, collapse = true }: SnippetOptions = {},
): string {
  let from = Math.max(0, start - context);
  let to = Math.min(source.length, end + context);
  // A cut that would halve a word moves to the whitespace nearer the hit.
  if (from > 0 && !isSpace(source.charCodeAt(from - 1))) {
    let space = from;
    while (space < start && !isSpace(source.charCodeAt(space))) space++;
    from = space < start ? space + 1 : start;
  }
  if (to < source.length && !isSpace(source.charCodeAt(to))) {
    let space = to - 1;
    while (space >= end && !isSpace(source.charCodeAt(space))) space--;
    to = space >= end ? space : end;
  }
  let body = source.slice(from, to);
  if (collapse && needsCollapsing(body)) {
    body = body.replace(WHITESPACE, ' ').trim();
  }
  return `${from > 0 ? '…' : ''}${body}${to < source.length ? '…' : ''}`;
}

/** Whether `body` has whitespace other than single spaces between words. */
export function needsCollapsing(body: string): boolean {
  let previousWasSpace = true;
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index);
    if (code === 0x20) {
      if (previousWasSpace) return true;
      previousWasSpace = true;
    } else if (isSpace(code)) {
      return true;
    } else {
      previousWasSpace = false;
    }
  }
  return previousWasSpace && body.length > 0;
}

/** The characters `\s` matches. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
