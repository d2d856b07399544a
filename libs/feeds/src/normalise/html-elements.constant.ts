// Elements whose content is never text a person reads.
export const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set(
  'script style noscript template iframe object svg math head noembed noframes'.split(
    ' ',
  ),
);

// Ending or starting one of these separates words; inline ones (a, span, b) do not, which is how
// Mastodon's `#<span>dkbiz</span>` stays one hashtag.
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr img li main nav ol p pre section summary table tbody td tfoot th thead tr ul ' +
    'video audio caption center dir menu option select textarea button input'
  ).split(' '),
);

// Every element of HTML, current and obsolete, that a feed body might contain. A tag with any
// other name is text someone wrote: "Vec<T>", "List<String>", "<3".
export const HTML_ELEMENTS: ReadonlySet<string> = new Set([
  ...HIDDEN_ELEMENTS,
  ...BLOCK_ELEMENTS,
  ...(
    'a abbr acronym area b base basefont bdi bdo big blink body canvas cite code col colgroup data datalist ' +
    'del dfn em embed font frame frameset html i ins kbd label legend link map mark marquee meta meter nobr ' +
    'optgroup output param picture plaintext progress q rb rp rt rtc ruby s samp search slot small source span ' +
    'strike strong sub sup time title tt track u var wbr xmp image'
  ).split(' '),
]);
