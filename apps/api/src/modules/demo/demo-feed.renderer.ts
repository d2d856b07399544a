import type { DemoFeed, DemoPost } from './demo-feed.generator';

export interface RenderedFeed {
  contentType: string;
  body: string;
}

/** Real RSS 2.0, Atom 1.0 and JSON Feed 1.1 bytes, as the platforms they imitate send them. */
export function renderDemoFeed(
  feed: DemoFeed,
  posts: DemoPost[],
  selfUrl: string,
): RenderedFeed {
  const newestFirst = [...posts].reverse();
  switch (feed.format) {
    case 'rss':
      return {
        contentType: 'application/rss+xml; charset=utf-8',
        body: rss(feed, newestFirst, selfUrl),
      };
    case 'atom':
      return {
        contentType: 'application/atom+xml; charset=utf-8',
        body: atom(feed, newestFirst, selfUrl),
      };
    case 'json':
      return {
        contentType: 'application/feed+json; charset=utf-8',
        body: json(feed, newestFirst, selfUrl),
      };
  }
}

function rss(feed: DemoFeed, posts: DemoPost[], selfUrl: string): string {
  const items = posts.map(
    (post) => `
    <item>
      ${post.title === null ? '' : `<title>${xml(post.title)}</title>`}
      <link>${xml(post.url)}</link>
      <guid isPermaLink="false">${xml(post.guid)}</guid>
      <pubDate>${new Date(post.publishedAt).toUTCString()}</pubDate>
      <dc:creator>${xml(post.author)}</dc:creator>
      <description>${xml(`<p>${xml(post.text)}</p>`)}</description>${
        post.image
          ? `\n      <media:content url="${xml(post.image)}" medium="image" type="image/png"/>`
          : ''
      }
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xml(feed.name)} (demo)</title>
    <link>${xml(selfUrl)}</link>
    <atom:link href="${xml(selfUrl)}" rel="self" type="application/rss+xml"/>
    <description>Lyt's demo feed: invented posts about invented companies.</description>${items.join('')}
  </channel>
</rss>
`;
}

function atom(feed: DemoFeed, posts: DemoPost[], selfUrl: string): string {
  const updated = new Date(posts[0]?.publishedAt ?? 0).toISOString();
  const entries = posts.map((post) => {
    const when = new Date(post.publishedAt).toISOString();
    return `
  <entry>
    <id>${xml(`urn:lyt-demo:${post.guid}`)}</id>
    <title>${xml(post.title ?? post.text.slice(0, 80))}</title>
    <link rel="alternate" type="text/html" href="${xml(post.url)}"/>
    <published>${when}</published>
    <updated>${when}</updated>
    <author><name>${xml(post.author)}</name></author>
    <content type="html">${xml(`<p>${xml(post.text)}</p>`)}</content>${
      post.image
        ? `\n    <media:content url="${xml(post.image)}" medium="image" type="image/png"/>`
        : ''
    }${post.hashtags.map((tag) => `\n    <category term="${xml(tag)}"/>`).join('')}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
  <id>${xml(selfUrl)}</id>
  <title>${xml(feed.name)} (demo)</title>
  <updated>${updated}</updated>
  <link rel="self" href="${xml(selfUrl)}"/>${entries.join('')}
</feed>
`;
}

function json(feed: DemoFeed, posts: DemoPost[], selfUrl: string): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: `${feed.name} (demo)`,
      feed_url: selfUrl,
      items: posts.map((post) => ({
        id: post.guid,
        url: post.url,
        ...(post.title === null ? {} : { title: post.title }),
        content_text: post.text,
        date_published: new Date(post.publishedAt).toISOString(),
        authors: [{ name: post.author }],
        language: post.language,
        ...(post.image ? { image: post.image } : {}),
        tags: post.hashtags,
      })),
    },
    null,
    2,
  );
}

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
