// Elements whose content is never text a person reads. The fallback content of <object>, <applet>
// and <iframe> is, and so is the text of inline SVG and MathML: a reader shows it, and so do the
// peer parsers a feed is compared against.
export const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set(
  'script style noscript template head noembed noframes'.split(' '),
);

// SVG and MathML: every tag inside them is theirs (<mrow>, <circle>, <desc>), never text.
export const FOREIGN_ELEMENTS: ReadonlySet<string> = new Set(['svg', 'math']);

// Ending or starting one of these separates words; inline ones (a, span, b) do not, which is how
// Mastodon's `#<span>dkbiz</span>` stays one hashtag.
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr img li listing main multicol nav ol p pre section summary table tbody td tfoot th thead tr ul ' +
    'video audio caption center dir menu option select textarea button input ' +
    'iframe object applet embed canvas svg math'
  ).split(' '),
);

// Every element of HTML, current and obsolete, that a feed body might contain. A tag with any
// other name is text someone wrote: "Vec<T>", "List<String>", "<3".
export const HTML_ELEMENTS: ReadonlySet<string> = new Set([
  ...HIDDEN_ELEMENTS,
  ...BLOCK_ELEMENTS,
  ...FOREIGN_ELEMENTS,
  ...(
    'a abbr acronym area b base basefont bdi bdo big blink body cite code col colgroup data datalist ' +
    'del dfn em font frame frameset html i ins kbd label legend link map mark marquee meta meter nobr ' +
    'optgroup output param picture plaintext progress q rb rp rt rtc ruby s samp search slot small source span ' +
    'strike strong sub sup time title tt track u var wbr xmp image bgsound isindex keygen menuitem nextid spacer'
  ).split(' '),
]);
