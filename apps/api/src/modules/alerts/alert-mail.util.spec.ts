import type { AlertWebhookPayload, Mention } from '@lyt/contracts';
import { escapeHtml, renderMail } from './alert-mail.util';

const hostile: Mention = {
  id: '7',
  title: '<script>alert("x")</script> Nordlys & co',
  text: '<img src=x onerror=alert(1)> "citat" og \'mere\'',
  url: 'javascript:alert(1)',
  author: '<b>@troll</b>',
  publishedAt: '2026-11-30T09:00:00.000Z',
  hashtags: [],
  mediaUrl: null,
  engagement: null,
  deletedOnPlatform: false,
  language: 'da',
  sentiment: null,
  source: { id: 's', name: 'Feed <evil>' },
  topics: [{ id: 't', name: 'Nordlys', kind: 'company', terms: ['nordlys'] }],
};

const payload = (mentions: Mention[]): AlertWebhookPayload => ({
  rule: { id: 'r', name: 'Regel "Ø"' },
  trigger: 'mention',
  test: false,
  text: '1 ny omtale af Nordlys\n• …',
  count: mentions.length,
  mentions,
});

describe(escapeHtml.name, () => {
  it('escapes what could open a tag or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe(renderMail.name, () => {
  it('puts nothing from a feed into the page as markup, and links only http(s)', () => {
    const { subject, html, text } = renderMail(
      payload([hostile]),
      'da',
      'https://lyt.example.dk/settings',
    );
    expect(subject).toBe('1 ny omtale af Nordlys');
    expect(html).not.toMatch(/<script|<img|<b>|href="javascript/);
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Nordlys &amp; co',
    );
    expect(html).toContain('Feed &lt;evil&gt;');
    expect(html).toContain('»Regel &quot;Ø&quot;«');
    expect(html).toContain('<a href="https://lyt.example.dk/settings"');
    expect(text).toBe(
      '1 ny omtale af Nordlys\n• …\n\nhttps://lyt.example.dk/settings\n',
    );
  });

  it('counts what it does not list', () => {
    const { html } = renderMail(
      { ...payload([hostile, hostile]), count: 9 },
      'en',
      'https://lyt.example.dk/settings',
    );
    expect(html).toContain('… and 7 more');
  });

  it('writes the page in the rule’s language', () => {
    const { html } = renderMail(
      payload([{ ...hostile, url: 'https://example.dk/7' }]),
      'en',
      'https://lyt.example.dk/settings',
    );
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Change or turn it off in Settings');
    expect(html).toContain('<a href="https://example.dk/7"');
  });
});
