import type {
  Column,
  InterestList,
  MentionPage,
  Source,
  Topic,
} from '@lyt/contracts';
import { type FeedItemSpec, FeedServer } from '@lyt/testing';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { type Browser, launchBrowser } from './support/browser';
import { cspViolations, recordCspViolations } from './support/csp';
import { type LytServer, startLytServer } from './support/lyt-server';
import { LANGUAGES, screenshot, VIEWPORTS } from './support/screenshots';
import { openAs } from './support/session';

const MINUTE = 60_000;

/** Marketing's week: a business tag, a campaign tag, politics; some of it angry, all of it Danish. */
const TEXTS: [string, string][] = [
  [
    'Nordlys støtter #givlivetvidere',
    'Flot kampagne fra Nordlys, vi er glade og stolte #givlivetvidere',
  ],
  [
    'Skuffet over Nordlys',
    'Elendig og skuffende kundeservice hos Nordlys, dårligt #givlivetvidere',
  ],
  [
    'Nordlys i erhvervslivet',
    'Nordlys åbner kontor i Århus, Ærø og Østerbro næste år #dkbiz',
  ],
  [
    'Solvarme hæver priserne',
    'Solvarme hæver priserne igen, dårligt og trist for kunderne #dkbiz',
  ],
  [
    'Debat om varme',
    'Folketinget diskuterer Nordlys og Solvarme #dkpol #dkbiz',
  ],
];

function posts(count: number, from = 0): FeedItemSpec[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, index) => {
    const n = from + index;
    const [title, text] = TEXTS[n % TEXTS.length]!;
    return {
      guid: `post-${n}`,
      title: `${title} (${n})`,
      text,
      author: `@skribent${n % 7}@mastodon.social`,
      publishedAt: new Date(
        now - (count - index + 5) * 7 * MINUTE,
      ).toISOString(),
    };
  });
}

/** Retries an assertion for a few seconds: for what the server settles after the page shows it. */
async function eventually(check: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('explore', () => {
  let server: LytServer;
  let feeds: FeedServer;
  let browser: Browser;
  let page: Page;
  let source: Source;
  const items: FeedItemSpec[] = [];
  const topics: Record<string, Topic> = {};

  const publish = async (more: FeedItemSpec[]) => {
    items.push(...more);
    feeds.serve('/tags', { items });
    await server.poll(source.id);
  };
  const mentions = (query: string, limit = 200) =>
    server.api<MentionPage>(`/mentions?limit=${limit}&${query}`);
  const shownIds = (scope: Page | ReturnType<Page['locator']> = page) =>
    scope
      .locator('[data-mention-id]')
      .evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute('data-mention-id')),
      );
  const settled = () =>
    page.waitForFunction(() => !document.querySelector('.ui-skeleton'));

  beforeAll(async () => {
    [server, feeds, browser] = await Promise.all([
      startLytServer(),
      new FeedServer().start(),
      launchBrowser(),
    ]);
    await recordCspViolations(browser.context);
    page = await browser.context.newPage();
    for (const [name, kind, query] of [
      ['Nordlys', 'company', 'nordlys'],
      ['Solvarme', 'competitor', 'solvarme'],
    ] as const)
      topics[name] = await server.api<Topic>('/topics', {
        body: { name, kind, query },
      });
    feeds.serve('/tags', { items });
    source = await server.api<Source>('/sources', {
      body: { url: `${feeds.url}/tags`, name: 'Mastodon #dkbiz' },
    });
    await publish(posts(70));
  });
  afterAll(async () => {
    await browser?.close();
    await feeds?.stop();
    await server?.stop();
  });
  afterEach(async () => {
    expect(await cspViolations(page)).toEqual([]);
  });

  it('shows exactly the mentions a URL filter selects, and back and forward step through filters', async () => {
    const expected = await mentions(
      'hashtag=givlivetvidere&sentiment=negative',
    );
    expect(expected.items.length).toBeGreaterThan(5);
    await openAs(
      page,
      server,
      'admin',
      '/explore?hashtag=givlivetvidere&sentiment=negative',
    );
    await settled();
    const feed = page.getByTestId('mention-feed');
    await feed.waitFor();
    expect(await shownIds(feed)).toEqual(expected.items.map((m) => m.id));
    // Why each matched: the topic named, its terms marked.
    await feed.locator('mark', { hasText: 'Nordlys' }).first().waitFor();
    await page.getByRole('button', { name: 'Remove #givlivetvidere' }).click();
    await page.waitForURL((url) => !url.searchParams.has('hashtag'));
    const negative = await mentions('sentiment=negative');
    await page.waitForFunction(
      (count) =>
        document.querySelectorAll(
          '[data-testid="mention-feed"] [data-mention-id]',
        ).length === count,
      negative.items.length,
    );
    await page.goBack();
    await page.waitForURL(
      (url) => url.searchParams.get('hashtag') === 'givlivetvidere',
    );
    await page.waitForFunction(
      (count) =>
        document.querySelectorAll(
          '[data-testid="mention-feed"] [data-mention-id]',
        ).length === count,
      expected.items.length,
    );
    await page.goForward();
    await page.waitForURL((url) => !url.searchParams.has('hashtag'));
    await expectAccessible(page, 'explore with filters');
  });

  it('loads the next page as the list scrolls to its end', async () => {
    await openAs(page, server, 'admin', '/explore');
    await settled();
    const feed = page.getByTestId('mention-feed');
    await feed.waitFor();
    expect(await feed.locator('[data-mention-id]').count()).toBe(50);
    await page.locator('.feed-end').scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () =>
        document.querySelectorAll(
          '[data-testid="mention-feed"] [data-mention-id]',
        ).length === 70,
    );
    const all = await mentions('');
    expect(await shownIds(feed)).toEqual(all.items.map((m) => m.id));
    await page.getByText('That is all for this selection.').waitFor();
  });

  it('downloads the selection as CSV with æøå intact', async () => {
    const expected = await mentions('hashtag=dkbiz');
    await openAs(page, server, 'viewer', '/explore?hashtag=dkbiz');
    await settled();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^lyt-mentions-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Århus, Ærø og Østerbro');
    for (const mention of expected.items)
      expect(text).toContain(mention.title!);
    expect(text).not.toContain('givlivetvidere (0)');
    const rows = text.split(/\r?\n/).filter((line) => /^\d+,/.test(line));
    expect(rows).toHaveLength(expected.items.length);
  });

  it('compares the selected hashtags over time and names what occurs with them', async () => {
    const both = await mentions('hashtag=dkbiz');
    const together = both.items.filter((m) => m.hashtags.includes('dkpol'));
    expect(together.length).toBeGreaterThan(5);
    await openAs(page, server, 'viewer', '/explore?hashtag=dkbiz');
    await settled();
    const partners = page.getByTestId('pairs-dkbiz');
    await partners.getByText('#dkpol').waitFor();
    await partners.getByText(`${together.length} together`).waitFor();
    await page
      .getByRole('button', { name: 'Add #dkpol to the filter' })
      .click();
    await page.waitForURL(
      (url) => url.searchParams.getAll('hashtag').join() === 'dkbiz,dkpol',
    );
    const legend = page.locator('.series-legend');
    await legend.getByText('#dkpol').waitFor();
    const dkpol = await mentions('hashtag=dkpol');
    await legend
      .getByText(String(dkpol.items.length), { exact: true })
      .waitFor();
    await legend
      .getByText(String(both.items.length), { exact: true })
      .waitFor();
    await expectAccessible(page, 'explore hashtag panel');
  });

  it('saves filters as live columns that fill from the API and stream new mentions, all over one socket', async () => {
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await openAs(page, server, 'admin', '/explore?hashtag=dkbiz');
    await settled();
    const save = async (name: string) => {
      await page.getByRole('button', { name: 'Save as column' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Column name').fill(name);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page.getByText(`“${name}” is now a live column.`).waitFor();
    };
    await save('Erhverv');
    await page.getByRole('tab', { name: /Live columns \(1\)/ }).waitFor();
    // Another filter, changed in the page itself (the same tab, the same socket).
    await page.getByRole('tab', { name: 'Mentions' }).click();
    await page.getByRole('button', { name: 'Remove #dkbiz' }).click();
    await page.getByLabel('Add a hashtag').fill('#givlivetvidere');
    await page.getByLabel('Add a hashtag').press('Enter');
    await page.waitForURL(
      (url) => url.searchParams.get('hashtag') === 'givlivetvidere',
    );
    await save('Kampagne');
    await page.getByRole('tab', { name: /Live columns \(2\)/ }).click();

    const board = page.getByTestId('columns-board');
    const column = (name: string) =>
      board.locator('[data-testid="live-column"]', {
        has: page.getByRole('heading', { name }),
      });
    const dkbiz = await mentions('hashtag=dkbiz', 30);
    await page.waitForFunction(
      () =>
        document.querySelectorAll(
          '[data-testid="live-column"] [data-mention-id]',
        ).length >= 40,
    );
    expect(await shownIds(column('Erhverv'))).toEqual(
      dkbiz.items.slice(0, 30).map((m) => m.id),
    );

    await publish([
      {
        guid: 'live-1',
        title: 'Nordlys lancerer ny app',
        text: 'Nordlys lancerer en ny app til erhvervskunder #dkbiz',
        publishedAt: new Date().toISOString(),
      },
    ]);
    await column('Erhverv').getByText('Nordlys lancerer ny app').waitFor();
    const [live] = (await mentions('hashtag=dkbiz', 1)).items;
    expect((await shownIds(column('Erhverv')))[0]).toBe(live!.id);
    expect(await shownIds(column('Kampagne'))).not.toContain(live!.id);

    // Both columns (and the rest of the page) live over one connection.
    const liveSockets = sockets.filter((url) => url.includes('/socket.io/'));
    expect(liveSockets).toHaveLength(1);
  });

  it('holds a column still when it is scrolled away from the top and counts what arrives', async () => {
    await openAs(page, server, 'admin', '/explore?view=columns');
    await settled();
    const erhverv = page
      .getByTestId('live-column')
      .filter({ has: page.getByRole('heading', { name: 'Erhverv' }) });
    await erhverv.locator('[data-mention-id]').first().waitFor();
    const before = await shownIds(erhverv);
    await erhverv
      .locator('.live-column__body')
      .evaluate((node) => node.scrollTo({ top: 400 }));
    await page.waitForTimeout(100);
    await publish([
      {
        guid: 'live-2',
        title: 'Nordlys ansætter 40',
        text: 'Nordlys ansætter 40 nye medarbejdere #dkbiz',
        publishedAt: new Date().toISOString(),
      },
    ]);
    await erhverv
      .getByTestId('column-new')
      .getByText('1 new mention')
      .waitFor();
    expect(await shownIds(erhverv)).toEqual(before);
    await erhverv.getByRole('button', { name: /1 new mention/ }).click();
    await erhverv.getByText('Nordlys ansætter 40').waitFor();
    expect(await erhverv.getByTestId('column-new').count()).toBe(0);
  });

  it('lets the admin rename, reorder and remove columns, and shows the board to a viewer', async () => {
    await server.api<Column>('/columns', {
      body: {
        name: 'Konkurrenten',
        filter: { topic: [topics['Solvarme']!.id] },
      },
    });
    await openAs(page, server, 'admin', '/explore?view=columns');
    await settled();
    const names = () =>
      page
        .locator('.live-column__title')
        .evaluateAll((nodes) => nodes.map((node) => node.textContent));
    expect(await names()).toEqual(['Erhverv', 'Kampagne', 'Konkurrenten']);
    await page.getByRole('button', { name: 'Move Konkurrenten left' }).click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.live-column__title')[1]?.textContent ===
        'Konkurrenten',
    );
    // The board moves at once; the server's answer follows.
    await eventually(async () =>
      expect(
        (await server.api<Column[]>('/columns')).map((c) => c.name),
      ).toEqual(['Erhverv', 'Konkurrenten', 'Kampagne']),
    );
    await page.getByRole('button', { name: 'Rename Kampagne' }).click();
    await page
      .getByRole('dialog')
      .getByLabel('Column name')
      .fill('#givlivetvidere');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Save' })
      .click();
    await page.getByRole('heading', { name: '#givlivetvidere' }).waitFor();
    await expectAccessible(page, 'explore columns (admin)');

    for (const language of LANGUAGES) {
      await openAs(page, server, 'admin', '/explore?view=columns', language);
      await settled();
      await page.locator('.live-column [data-mention-id]').first().waitFor();
      for (const viewport of VIEWPORTS)
        await screenshot(page, 'explore-columns', viewport, language);
      await openAs(page, server, 'admin', '/explore?hashtag=dkbiz', language);
      await settled();
      for (const viewport of VIEWPORTS)
        await screenshot(page, 'explore-list', viewport, language);
    }

    await openAs(page, server, 'viewer', '/explore?view=columns');
    await settled();
    expect(await names()).toEqual([
      'Erhverv',
      'Konkurrenten',
      '#givlivetvidere',
    ]);
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(
      0,
    );
    expect(
      await page.getByRole('button', { name: 'Save as column' }).count(),
    ).toBe(0);
    await expectAccessible(page, 'explore columns (viewer)');

    await openAs(page, server, 'admin', '/explore?view=columns');
    await settled();
    await page.getByRole('button', { name: 'Remove Konkurrenten' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Remove column' })
      .click();
    await page.waitForFunction(
      () => document.querySelectorAll('.live-column').length === 2,
    );
    expect((await server.api<Column[]>('/columns')).map((c) => c.name)).toEqual(
      ['Erhverv', '#givlivetvidere'],
    );
  });

  it('filters by an interest list in the URL, and a column with a list streams only its sources', async () => {
    const politics: FeedItemSpec[] = posts(4, 100).map((item) => ({
      ...item,
      guid: `politik-${item.guid}`,
      title: `Folketinget: ${item.title}`,
    }));
    feeds.serve('/politik', { items: politics });
    const folketinget = await server.api<Source>('/sources', {
      body: { url: `${feeds.url}/politik`, name: 'Folketinget' },
    });
    await eventually(async () =>
      expect((await mentions(`source=${folketinget.id}`)).items.length).toBe(4),
    );
    const list = await server.api<InterestList>('/lists', {
      body: { name: 'Politikere', sourceIds: [folketinget.id], accountIds: [] },
    });
    const expected = await mentions(`list=${list.id}`);
    expect(expected.items.map((m) => m.source.id)).toEqual(
      Array(4).fill(folketinget.id),
    );

    await openAs(page, server, 'viewer', `/explore?list=${list.id}`);
    await settled();
    const feed = page.getByTestId('mention-feed');
    await feed.waitFor();
    await page.waitForFunction(
      () =>
        document.querySelectorAll(
          '[data-testid="mention-feed"] [data-mention-id]',
        ).length === 4,
    );
    expect(await shownIds(feed)).toEqual(expected.items.map((m) => m.id));
    expect(await page.getByLabel('List').inputValue()).toBe(list.id);
    await page.getByLabel('List').selectOption('');
    await page.waitForURL((url) => !url.searchParams.has('list'));
    await page.getByLabel('List').selectOption({ label: 'Politikere' });
    await page.waitForURL((url) => url.searchParams.get('list') === list.id);
    await expectAccessible(page, 'explore with a list');

    await server.api<Column>('/columns', {
      body: { name: 'Politikere live', filter: { list: list.id } },
    });
    await openAs(page, server, 'admin', '/explore?view=columns');
    await settled();
    const column = (name: string) =>
      page.getByTestId('live-column').filter({
        has: page.getByRole('heading', { name, exact: true }),
      });
    await column('Politikere live')
      .locator('[data-mention-id]')
      .first()
      .waitFor();
    expect(await shownIds(column('Politikere live'))).toEqual(
      expected.items.map((m) => m.id),
    );
    // Another source's mention arrives in another column, and not in the list's.
    await publish([
      {
        guid: 'live-other',
        title: 'Nordlys åbner i Aalborg',
        text: 'Nordlys åbner kontor i Aalborg #dkbiz',
        publishedAt: new Date().toISOString(),
      },
    ]);
    await column('Erhverv').getByText('Nordlys åbner i Aalborg').waitFor();
    politics.push({
      guid: 'politik-live',
      title: 'Folketinget vedtager energiaftale',
      text: 'Folketinget vedtager en energiaftale med Nordlys #dkpol',
      publishedAt: new Date().toISOString(),
    });
    feeds.serve('/politik', { items: politics });
    await server.poll(folketinget.id);
    await column('Politikere live')
      .getByText('Folketinget vedtager energiaftale')
      .waitFor();
    const [other] = (await mentions(`source=${source.id}`, 1)).items;
    const [mine] = (await mentions(`list=${list.id}`, 1)).items;
    const shown = await shownIds(column('Politikere live'));
    expect(shown[0]).toBe(mine!.id);
    expect(shown).not.toContain(other!.id);
    expect(shown).toHaveLength(5);
    await column('Politikere live').getByText('Politikere').first().waitFor();

    for (const language of LANGUAGES) {
      await openAs(page, server, 'admin', `/explore?list=${list.id}`, language);
      await settled();
      await page.locator('[data-mention-id]').first().waitFor();
      for (const viewport of VIEWPORTS)
        await screenshot(page, 'explore-list-filter', viewport, language);
    }
  });
});
