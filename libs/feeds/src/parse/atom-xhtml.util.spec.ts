import { escapeAtomXhtml } from './atom-xhtml.util';

describe(escapeAtomXhtml.name, () => {
  it.each([
    [
      'xhtml content into escaped html',
      '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">a <b>b</b> &amp; c</div></content>',
      '<content type="html">&lt;div xmlns="http://www.w3.org/1999/xhtml"&gt;a &lt;b&gt;b&lt;/b&gt; &amp;amp; c&lt;/div&gt;</content>',
    ],
    [
      'html content unchanged',
      '<content type="html">&lt;p&gt;x&lt;/p&gt;</content>',
      '<content type="html">&lt;p&gt;x&lt;/p&gt;</content>',
    ],
    [
      'xhtml summary too',
      "<summary type='xhtml'><div>s</div></summary>",
      '<summary type="html">&lt;div&gt;s&lt;/div&gt;</summary>',
    ],
  ])('turns %s', (_case, xml, expected) => {
    expect(escapeAtomXhtml(xml)).toBe(expected);
  });
});
