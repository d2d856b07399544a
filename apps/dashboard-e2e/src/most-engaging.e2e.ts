import type { Source } from '@lyt/contracts';
import { BlueskyServer, FeedServer, MastodonServer } from '@lyt/testing';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { type Browser, launchBrowser } from './support/browser';
import { cspViolations, recordCspViolations } from './support/csp';
import { type LytServer, startLytServer } from './support/lyt-server';
import { LANGUAGES, screenshot, VIEWPORTS } from './support/screenshots';
import { openAs } from './support/session';

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

describe('the most engaging posts on the overview', () => {
  let server: LytServer;
  let mastodon: MastodonServer;
  let bluesky: BlueskyServer;
  let feeds: FeedServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [mastodon, bluesky, feeds, browser] = await Promise.all([
      new MastodonServer().start(),
      new BlueskyServer().start(),
      new FeedServer().start(),
      launchBrowser(),
    ]);
    server = await startLytServer({ env: { LYT_BLUESKY_API: bluesky.url } });
    await recordCspViolations(browser.context);
    mastodon.addAccount({
      username: 'larsen',
      statuses: [
        {
          text: 'Nordlys åbner et nyt solcelleanlæg i Esbjerg. Fantastisk nyhed for byen og for den grønne omstilling i hele Sydvestjylland #grønenergi',
          createdAt: ago(5 * HOUR),
          favourites: 1240,
          reblogs: 310,
          replies: 87,
          image: true,
        },
        {
          text: 'Elendig kundeservice hos Nordlys i dag #grønenergi',
          createdAt: ago(8 * HOUR),
          favourites: 45,
          reblogs: 3,
          replies: 29,
        },
      ],
    });
    bluesky.addProfile({
      handle: 'energikommunikationsmedarbejder.bsky.social',
      posts: [
        {
          text: 'Medarbejdertilfredshedsundersøgelsen hos Nordlys er ude, og den viser fremgang #grønenergi',
          createdAt: ago(2 * HOUR),
          likes: 220,
          reposts: 14,
          replies: 9,
          quotes: 4,
        },
      ],
    });
    feeds.serve('/avis.xml', {
      items: [
        {
          guid: 'avis-1',
          title: 'Nordlys vinder udbud ved Vesterhavet',
          text: 'Nordlys vinder udbud ved Vesterhavet, skriver avisen.',
          link: 'https://avis.example/nordlys',
          publishedAt: ago(HOUR),
        },
      ],
    });
    await server.api('/topics', {
      body: { name: 'Nordlys', kind: 'company', query: 'nordlys' },
    });
    const added = [
      await server.api<Source>('/sources', {
        body: {
          template: 'mastodon-tag',
          params: { instance: mastodon.url, tag: 'grønenergi' },
        },
      }),
      await server.api<Source>('/sources', {
        body: { template: 'bluesky-search', params: { query: '#grønenergi' } },
      }),
      await server.api<Source>('/sources', {
        body: { url: `${feeds.url}/avis.xml`, name: 'Avisen' },
      }),
    ];
    for (const source of added) await server.poll(source.id);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mastodon?.stop();
    await bluesky?.stop();
    await feeds?.stop();
  });
  beforeEach(async () => {
    page = await browser.context.newPage();
  });
  afterEach(async () => {
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('ranks the posts about us by likes, boosts and replies, the feed’s post last, and opens them in explore', async () => {
    await openAs(page, server, 'admin', '/');
    const card = page.getByRole('region', { name: 'Most engaging posts' });
    const list = card.getByTestId('most-engaging');
    await list.waitFor();
    expect(
      await list.locator('.engaging-list__author').allTextContents(),
    ).toEqual([
      `@larsen@${mastodon.host}`,
      'energikommunikationsmedarbejder.bsky.social',
      `@larsen@${mastodon.host}`,
      'Unknown author',
    ]);
    expect(
      await list
        .locator('.engaging-list__item')
        .first()
        .getByTestId('engagement-counts')
        .locator('li')
        .allTextContents(),
    ).toEqual(['1,240 likes', '310 boosts', '87 replies']);
    await card.getByText('No counts: a feed').waitFor();
    await card
      .getByText(
        'Posts from feeds carry no likes or boosts and come after those with counts.',
      )
      .waitFor();
    await expectAccessible(page, 'the overview with the most engaging posts');

    await card
      .getByRole('link', { name: 'All by engagement in Explore' })
      .click();
    await page.waitForURL(/\/explore\?kind=company&sort=engagement/);
    const feed = page.getByTestId('mention-feed');
    await feed.waitFor();
    expect(await page.getByTestId('mention-sort').inputValue()).toBe(
      'engagement',
    );
    expect(await feed.locator('.mention__author').first().textContent()).toBe(
      `@larsen@${mastodon.host}`,
    );
  });

  it.each(LANGUAGES)('looks right at every size (%s)', async (language) => {
    await openAs(page, server, 'viewer', '/', language);
    await page.getByTestId('most-engaging').waitFor();
    for (const viewport of VIEWPORTS)
      await screenshot(page, 'overview-most-engaging', viewport, language);
  });
});
