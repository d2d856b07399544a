import { htmlToText, looksLikeHtml } from './html-text.util';

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
    [
      'all HTML5 named entities',
      '&aring;&AElig; &bigstar; &NotNestedGreaterGreater; &frac12;',
      'åÆ ★ ⪢̸ ½',
    ],
    [
      'invalid code points as U+FFFD',
      '&#0; &#xD800; &#x110000;',
      '\uFFFD \uFFFD \uFFFD',
    ],
    ['astral code points', '&#128512;', '😀'],
    [
      'a literal generic type',
      '<p>Brug Vec<T> og HashMap<K, V></p>',
      'Brug Vec<T> og HashMap<K, V>',
    ],
    [
      'a self-closed iframe without swallowing the rest',
      'før<iframe src="https://x.dk/v"/>efter <object data="x"/>og mere',
      'før efter og mere',
    ],
    [
      'a script inside a comment',
      'start<!-- <script>skjult() --> resten af teksten',
      'start resten af teksten',
    ],
    [
      'a script that contains markup',
      'a<script>document.write("<p>x</p>")</script>b',
      'a b',
    ],
    [
      'Word markup',
      '<p class="MsoNormal">Hej<o:p></o:p> verden</p>',
      'Hej verden',
    ],
    ['a heart', 'Jeg <3 Aarhus', 'Jeg <3 Aarhus'],
    [
      'the fallback text of an iframe, an object and an applet',
      'Se<iframe src="https://x.dk/v">din <b>browser</b> viser ikke video</iframe> her. <object data="a.swf">Ingen <i>Flash</i>.</object><applet code="A.class"></applet>Slut',
      'Se din browser viser ikke video her. Ingen Flash. Slut',
    ],
    [
      'obsolete elements as markup, not text',
      '<hgroup><h1>Overskrift</h1></hgroup><multicol cols="2">Spalte</multicol> <spacer/>tekst<listing>kode</listing>',
      'Overskrift Spalte tekst kode',
    ],
    [
      'the text of inline SVG and MathML, never their tags',
      'Figur:<svg width="10"><desc>En cirkel</desc><circle r="5"/></svg> og <math><mrow><mi>x</mi><mo>=</mo><mn>2</mn></mrow></math>.',
      'Figur: En cirkel og x=2 .',
    ],
    [
      'an iframe inside an iframe once, never deeper',
      'a<iframe><iframe>b</iframe>c</iframe>d',
      'a cd',
    ],
    [
      'legacy entities without a semicolon, as browsers read them',
      'K&oslashbenhavn &copy 2025',
      'København © 2025',
    ],
  ])('handles %s', (_case, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe(`${htmlToText.name} on hostile nesting`, () => {
  it('reads 100 000 unclosed nested elements in linear time', () => {
    const started = performance.now();

    expect(htmlToText(`${'<span>'.repeat(100_000)}tekst`)).toBe('tekst');
    expect(htmlToText(`${'<svg>'.repeat(100_000)}<T>`)).toBe('');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('keeps the text and the tags after deep nesting', () => {
    expect(
      htmlToText(
        `${'<div>'.repeat(1000)}a<b>b</b>${'</div>'.repeat(1000)} efter <i>x</i>`,
      ),
    ).toBe('ab efter x');
  });
});

describe(looksLikeHtml.name, () => {
  it.each([
    ['<p>Hej</p>', true],
    ['Linje<br/>to', true],
    ['R&oslash;d', true],
    ['&#8220;citat&#8221;', true],
    ['Vec<T> og Option<String>', false],
    ['3 < 5 og 7 > 2', false],
    ['AT&T', false],
    ['ren tekst', false],
  ])('reads %j as HTML: %j', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
