import { decodeCharacterReferences, htmlToText } from './html-text.util';

describe(htmlToText.name, () => {
  it.each([
    ['plain text', 'Hej  verden\n', 'Hej verden'],
    [
      'paragraphs and line breaks as spaces',
      '<p>Første</p><p>Anden<br/>linje</p>',
      'Første Anden linje',
    ],
    ['inline tags without spaces', 'K<b>ø</b>benhavn', 'København'],
    [
      'Mastodon hashtag links',
      '<a href="https://m.social/tags/dkbiz" class="mention hashtag">#<span>dkbiz</span></a> i dag',
      '#dkbiz i dag',
    ],
    [
      'script content',
      'før<script>var a = "<p>x</p>";</script>efter',
      'før efter',
    ],
    [
      'style content',
      '<style type="text/css">p { color: red }</style>Tekst',
      'Tekst',
    ],
    ['an unclosed script to the end', 'Tekst<script>alert(1)', 'Tekst'],
    ['comments', 'a<!-- skjult -->b', 'a b'],
    ['attributes containing >', '<a title="a > b" href="/x">link</a>', 'link'],
    [
      'named entities',
      'R&oslash;dgr&oslash;d &amp; fl&oslash;de&nbsp;&mdash; 5&nbsp;&euro;',
      'Rødgrød & fløde — 5 €',
    ],
    ['numeric entities', '&#8220;&#x201D; &#39; &#150;', "“” ' –"],
    ['unknown entities as written', '&foo; &amp;bar;', '&foo; &bar;'],
    ['double-escaped markup only once', '&lt;b&gt;fed&lt;/b&gt;', '<b>fed</b>'],
    ['a lone < as text', '3 < 5 og 7 > 2', '3 < 5 og 7 > 2'],
    ['CDATA inside HTML', '<![CDATA[indhold]]>', 'indhold'],
    ['every kind of whitespace', 'a\t\n\u00a0\u2003b', 'a b'],
  ])('handles %s', (_case, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe(decodeCharacterReferences.name, () => {
  it.each([
    ['&aring;&AElig;', 'åÆ'],
    ['&#0; &#xD800; &#x110000;', '\uFFFD \uFFFD \uFFFD'],
    ['&#128512;', '😀'],
    ['no references', 'no references'],
  ])('decodes %j', (text, expected) => {
    expect(decodeCharacterReferences(text)).toBe(expected);
  });
});
