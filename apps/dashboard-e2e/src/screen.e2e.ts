import type {
  Column,
  InterestList,
  Mention,
  MentionPage,
  Source,
  Topic,
} from '@lyt/contracts';
import { type FeedItemSpec, FeedServer } from '@lyt/testing';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { type Browser, launchBrowser } from './support/browser';
import { cspViolations, recordCspViolations } from './support/csp';
import {
  type LytServer,
  startLytServer,
  VIEWER_TOKEN,
} from './support/lyt-server';
import { LANGUAGES, screenshot, VIEWPORTS } from './support/screenshots';
import { openAs } from './support/session';

const DASHBOARD_DIR = resolve(__dirname, '../../../dist/apps/dashboard');
/** A 1×1 PNG: the picture a post carries. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const POSTS = [
  'Nordlys åbner et nyt solcelleanlæg i Esbjerg #grønenergi',
  'Elendig ventetid hos Nordlys kundeservice i dag #energi',
  'Nordlys og Solvarme byder begge på fjernvarmen i Aarhus #dkbiz',
  'Solvarme hæver priserne igen, skriver Børsen #energi',
  'Vindmøller ved Vesterhavet: Nordlys vinder udbuddet #grønenergi #dkbiz',
  'Ny rapport: danskerne vil have grøn strøm fra Nordlys',
];
const AUTHORS = [
  '@anna@mastodon.social',
  '@bo@norrebro.space',
  'Børsen',
  '@dennis@social.data.coop',
];

/** The mention ids on the screen, in the order shown. */
const shownIds = (page: Page) =>
  page
    .locator('[data-testid="screen-mentions"] [data-mention-id]')
    .evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-mention-id')!),
    );

describe('the info-screen', () => {
  let server: LytServer;
  let feeds: FeedServer;
  let browser: Browser;
  let page: Page;
  let source: Source;
  const items: FeedItemSpec[] = [];
  let serial = 0;

  /** Adds posts to the feed and has Lyt poll it now. */
  const publish = async (...texts: string[]) => {
    for (const text of texts) {
      serial += 1;
      items.push({
        guid: `post-${serial}`,
        title: text,
        text,
        author: AUTHORS[serial % AUTHORS.length],
        publishedAt: new Date(Date.now() - 60_000 + serial).toISOString(),
        ...(serial % 3 === 0 ? { mediaUrl: `${feeds.url}/picture.png` } : {}),
      });
    }
    feeds.serve('/nordlys', { items: [...items] });
    await server.poll(source.id);
  };
  const mentionWith = async (text: string): Promise<Mention> => {
    const { items: mentions } = await server.api<MentionPage>(
      '/mentions?limit=100',
    );
    const found = mentions.find((mention) => mention.text.includes(text));
    if (!found) throw new Error(`no mention with "${text}"`);
    return found;
  };
  const open = (path: string, language: 'da' | 'en' = 'en') =>
    openAs(page, server, 'viewer', path, language);

  beforeAll(async () => {
    [server, feeds, browser] = await Promise.all([
      startLytServer(),
      new FeedServer().start(),
      launchBrowser(),
    ]);
    await recordCspViolations(browser.context);
    feeds.serve('/picture.png', {
      file: { contentType: 'image/png', body: PNG },
    });
    await server.api<Topic>('/topics', {
      body: { name: 'Nordlys', kind: 'company', query: 'nordlys' },
    });
    await server.api<Topic>('/topics', {
      body: { name: 'Solvarme', kind: 'competitor', query: 'solvarme' },
    });
    source = await server.api<Source>('/sources', {
      body: { url: feeds.serve('/nordlys', { items: [] }), name: 'Energinyt' },
    });
    await publish(...POSTS);
  });
  afterAll(async () => {
    await browser?.close();
    await feeds?.stop();
    await server?.stop();
  });
  beforeEach(async () => {
    page = await browser.context.newPage();
  });
  afterEach(async () => {
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a new mention the moment it is collected, with author, source, time and picture, and today’s figures', async () => {
    await open('/screen?layout=grid');
    const stage = page.getByTestId('screen-mentions');
    await stage.getByText('Ny rapport: danskerne').waitFor();
    await expect(
      page.getByTestId('figure-mentions').locator('dd').first().textContent(),
    ).resolves.toBe(String(POSTS.length));

    await publish('Nordlys sænker elprisen fra i morgen #dkbiz');
    const card = stage.locator('article', {
      hasText: 'Nordlys sænker elprisen',
    });
    await card.waitFor();
    expect(await card.locator('.screen-mention__source').textContent()).toBe(
      'via Energinyt',
    );
    expect(await card.locator('time').textContent()).toMatch(/ago|now/);
    // The seventh post carries no picture; the sixth does, from the feed's own server.
    const withPicture = stage.locator('article', { hasText: 'Ny rapport' });
    expect(await withPicture.locator('img').getAttribute('src')).toBe(
      `${feeds.url}/picture.png`,
    );
    // The newest comes first and the figures follow it.
    expect((await shownIds(page))[0]).toBe(
      (await mentionWith('sænker elprisen')).id,
    );
    await page
      .getByTestId('figure-mentions')
      .getByText(String(POSTS.length + 1), { exact: true })
      .waitFor({ timeout: 20_000 });
    // A wall: no navigation, no links, no buttons, no scrollbars, no cursor.
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.locator('a, button, input').count()).toBe(0);
    expect(
      await page.evaluate(() => ({
        cursor: getComputedStyle(document.querySelector('.screen')!).cursor,
        scrolls:
          document.documentElement.scrollHeight > window.innerHeight ||
          document.documentElement.scrollWidth > window.innerWidth,
      })),
    ).toEqual({ cursor: 'none', scrolls: false });
  });

  it('takes a hidden mention off at once, also out of the rotation', async () => {
    await open('/screen?layout=single&seconds=3');
    await publish('Nordlys fyrer 200 medarbejdere, siger kilde #dkbiz');
    const hidden = await mentionWith('fyrer 200');
    await page
      .locator(`[data-mention-id="${hidden.id}"]`)
      .waitFor({ timeout: 10_000 });
    await server.api(`/mentions/${hidden.id}`, {
      method: 'PATCH',
      body: { hidden: true },
    });
    await page
      .locator(`[data-mention-id="${hidden.id}"]`)
      .waitFor({ state: 'detached', timeout: 3_000 });
    // A full turn of the rotation (eight slides of three seconds) never shows it again.
    const seen = new Set<string>();
    const until = Date.now() + 25_000;
    while (Date.now() < until) {
      for (const id of await shownIds(page)) seen.add(id);
      await page.waitForTimeout(500);
    }
    expect(seen.has(hidden.id)).toBe(false);
    expect(seen.size).toBeGreaterThanOrEqual(7);
  });

  it('keeps its content while the api is down, says it is reconnecting, and catches up after the restart with nothing missed and nothing twice', async () => {
    await open('/screen?layout=ticker');
    await page
      .getByTestId('screen-mentions')
      .locator('article')
      .first()
      .waitFor();
    const before = await shownIds(page);
    expect(before.length).toBeGreaterThan(3);

    await server.stopProcess();
    await page
      .getByTestId('screen-connection')
      .and(
        page.locator('[data-status="reconnecting"], [data-status="offline"]'),
      )
      .waitFor();
    await page
      .getByTestId('screen-connection')
      .getByText(/Reconnecting|Offline/)
      .waitFor();
    expect(await shownIds(page)).toEqual(before);

    // Posts written while Lyt was away are collected when it is back.
    const missed = [
      'Nordlys får ny direktør efter tre år #dkbiz',
      'Nordlys åbner ladestandere i Odense',
      'Nordlys og Solvarme fusionerer? Rygterne svirrer #energi',
    ];
    for (const text of missed) {
      serial += 1;
      items.push({
        guid: `post-${serial}`,
        title: text,
        text,
        publishedAt: new Date(Date.now() - 60_000 + serial).toISOString(),
      });
    }
    feeds.serve('/nordlys', { items: [...items] });
    await server.startProcess();
    await server.poll(source.id);
    await page
      .getByTestId('screen-connection')
      .and(page.locator('[data-status="live"]'))
      .waitFor({ state: 'attached', timeout: 30_000 });
    await page
      .getByTestId('screen-mentions')
      .getByText('Rygterne svirrer')
      .waitFor({ timeout: 15_000 });
    // And one more, live again.
    await publish('Nordlys vinder pris for bedste kundeservice #dkbiz');
    await page
      .getByTestId('screen-mentions')
      .getByText('bedste kundeservice')
      .waitFor();

    const { items: newest } =
      await server.api<MentionPage>('/mentions?limit=6');
    const shown = await shownIds(page);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).toEqual(newest.map((mention) => mention.id));
    // The mention hidden earlier stayed away through the restart.
    expect(await page.getByText('fyrer 200 medarbejdere').count()).toBe(0);
  });

  it('runs nothing a feed item smuggles in: markup stays text, javascript: goes nowhere', async () => {
    await open('/screen?layout=grid');
    serial += 1;
    items.push({
      guid: `hostile-${serial}`,
      title: 'Nordlys <img src=x onerror="window.__pwned=\'img\'"> tilbud',
      text: 'Nordlys <script>window.__pwned="script"</script> klik <a href="javascript:window.__pwned=\'link\'">her</a> <img src=x onerror="window.__pwned=\'text\'">',
      link: "javascript:window.__pwned='link'",
      mediaUrl: "javascript:window.__pwned='media'",
      publishedAt: new Date(Date.now() - 60_000 + serial).toISOString(),
    });
    feeds.serve('/nordlys', { items: [...items] });
    await server.poll(source.id);
    const hostile = page
      .getByTestId('screen-mentions')
      .locator('article', { hasText: 'tilbud' });
    await hostile.waitFor();
    await page.waitForTimeout(500);
    expect(
      await page.evaluate(() => 'pwned' in window || '__pwned' in window),
    ).toBe(false);
    expect(await hostile.locator('img, script, a, iframe').count()).toBe(0);
    expect(
      await page.locator('[href^="javascript:"], [src^="javascript:"]').count(),
    ).toBe(0);
  });

  it('writes screenshots of every layout and theme, in Danish and English, without accessibility violations', async () => {
    for (const language of LANGUAGES)
      for (const layout of ['single', 'grid', 'ticker'] as const)
        for (const theme of ['dark', 'light'] as const) {
          await open(
            `/screen?layout=${layout}&theme=${theme}&seconds=300`,
            language,
          );
          await page
            .getByTestId('screen-mentions')
            .locator('article')
            .first()
            .waitFor();
          await page
            .getByTestId('figure-mentions')
            .locator('dd')
            .filter({ hasText: /\d/ })
            .waitFor();
          // The ticker's newest row slides in: judge the colours once it has arrived.
          await page.waitForFunction(() =>
            document
              .getAnimations()
              .every((animation) => animation.playState === 'finished'),
          );
          await expectAccessible(
            page,
            `screen ${layout} ${theme} (${language})`,
          );
          for (const viewport of VIEWPORTS)
            await screenshot(
              page,
              `screen-${layout}-${theme}`,
              viewport,
              language,
            );
        }
  });

  it('keeps its DOM and its memory bounded through a flood of 10,000 mentions', async () => {
    await open('/screen?layout=grid&seconds=3');
    await page
      .getByTestId('screen-mentions')
      .locator('article')
      .first()
      .waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) =>
        metrics.find((entry) => entry.name === name)!.value;
      return {
        nodes: await page.evaluate(
          () => document.getElementsByTagName('*').length,
        ),
        heap: metric('JSHeapUsedSize'),
      };
    };
    // Settled first: the first figures and fonts are in before the baseline.
    await page.waitForTimeout(2_000);
    const baseline = await measure();

    const flood: FeedItemSpec[] = Array.from({ length: 10_000 }, (_, n) => ({
      guid: `flood-${n}`,
      title: `Nordlys nævnt i indlæg nummer ${n + 1}`,
      text: `Indlæg nummer ${n + 1} om Nordlys og den grønne omstilling, med lidt mere tekst for at ligne et rigtigt opslag #flood${n % 50}`,
      author: `@bruger${n}@mastodon.social`,
      publishedAt: new Date(Date.now() - 30_000 + n).toISOString(),
    }));
    const floodSource = await server.api<Source>('/sources', {
      body: { url: feeds.serve('/flood', { items: flood }), name: 'Flod' },
    });
    await server.poll(floodSource.id);
    await page
      .getByTestId('screen-mentions')
      .getByText('Indlæg nummer 10000 om', { exact: false })
      // Two shared cores: ingesting and relaying 10,000 posts may take a while.
      .waitFor({ timeout: 150_000 });
    // Let the last batches land and the rotation turn once.
    await page.waitForTimeout(4_000);
    const after = await measure();
    console.log(
      `screen flood: DOM ${baseline.nodes} → ${after.nodes} nodes; JS heap ${(baseline.heap / 1e6).toFixed(1)} → ${(after.heap / 1e6).toFixed(1)} MB`,
    );
    expect(after.nodes).toBeLessThanOrEqual(baseline.nodes + 40);
    // 10,000 mentions held would be well over 10 MB; the buffer keeps 30.
    expect(after.heap - baseline.heap).toBeLessThan(6e6);
    expect((await shownIds(page)).length).toBeLessThanOrEqual(6);
  }, 240_000);

  it('reloads itself when a new version of Lyt is deployed, once', async () => {
    await open('/screen?layout=single');
    const first = await page.locator('.screen').getAttribute('data-build');
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    await page.evaluate(() => {
      (window as unknown as { __before: boolean }).__before = true;
    });
    let loads = 0;
    page.on('load', () => (loads += 1));
    // A real deploy brings new asset names; this one reuses them, so the browser must not answer them from its cache.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

    // The next version: the same app stamped with another build id, served from another folder.
    const next = '00ddba11c0ffee00';
    const deployed = mkdtempSync(join(tmpdir(), 'lyt-deploy-'));
    try {
      cpSync(DASHBOARD_DIR, deployed, { recursive: true });
      for (const file of readdirSync(join(deployed, 'assets')))
        if (file.endsWith('.js')) {
          const path = join(deployed, 'assets', file);
          writeFileSync(
            path,
            readFileSync(path, 'utf8').replaceAll(first!, next),
          );
        }
      writeFileSync(
        join(deployed, 'build.json'),
        JSON.stringify({ build: next }),
      );

      await server.stopProcess();
      await server.startProcess({ LYT_DASHBOARD_DIR: deployed });
      await page
        .locator(`.screen[data-build="${next}"]`)
        // Health is asked every 15 s and at every reconnect; a loaded machine restarts slowly.
        .waitFor({ timeout: 60_000 });
      expect(await page.evaluate(() => '__before' in window)).toBe(false);
      await page
        .getByTestId('screen-mentions')
        .locator('article')
        .first()
        .waitFor();
      // Running the build the server tells, it stays.
      await page.waitForTimeout(3_000);
      expect(loads).toBe(1);
    } finally {
      await server.stopProcess();
      await server.startProcess();
      rmSync(deployed, { recursive: true, force: true });
    }
  }, 150_000);

  it('shows a saved explore column: its mentions only, live, under its name; a removed column is said so', async () => {
    const column = await server.api<Column>('/columns', {
      body: { name: 'Kampagne #dkbiz', filter: { hashtag: ['dkbiz'] } },
    });
    await open(`/screen?column=${column.id}&layout=ticker&lang=da`);
    const stage = page.getByTestId('screen-mentions');
    await stage.locator('[data-mention-id]').first().waitFor();
    await stage.getByText('Kampagne #dkbiz').waitFor();
    await publish(
      'Nordlys lancerer kampagnen i dag #dkbiz',
      'Nordlys holder sommerfest for de ansatte',
    );
    await stage.getByText('lancerer kampagnen').waitFor();
    expect(await stage.getByText('holder sommerfest').count()).toBe(0);
    for (const text of await stage
      .locator('.screen-mention__text')
      .allTextContents())
      expect(text).toContain('#dkbiz');

    // The builder offers the column instead of topics, kinds and hashtags.
    const settings = await browser.context.newPage();
    try {
      await openAs(settings, server, 'admin', '/settings?section=screen', 'en');
      await settings
        .getByLabel('Saved column')
        .selectOption({ label: 'Kampagne #dkbiz' });
      expect(
        await settings.getByRole('button', { name: 'Nordlys' }).count(),
      ).toBe(0);
      const link = new URL(
        await settings.getByTestId('screen-link').inputValue(),
      );
      expect(link.searchParams.get('column')).toBe(column.id);
      expect(link.searchParams.has('hashtag')).toBe(false);
      await settings
        .getByTestId('screen-preview')
        .getByText('lancerer kampagnen')
        .waitFor();
    } finally {
      await settings.close();
    }

    await server.api(`/columns/${column.id}`, { method: 'DELETE' });
    await page.reload();
    await page
      .getByRole('alert')
      .getByText('Kolonnen, skærmen viser, er fjernet')
      .waitFor();
  });

  it('shows only an interest list’s sources with ?list=, live, and the builder writes the list into the link', async () => {
    const politics: FeedItemSpec[] = [
      {
        guid: 'politik-1',
        title: 'Folketinget spørger Nordlys om priserne',
        text: 'Folketinget spørger Nordlys om priserne #dkpol',
        publishedAt: new Date(Date.now() - 120_000).toISOString(),
      },
    ];
    feeds.serve('/politik', { items: [...politics] });
    const folketinget = await server.api<Source>('/sources', {
      body: { url: `${feeds.url}/politik`, name: 'Folketinget' },
    });
    await server.poll(folketinget.id);
    const list = await server.api<InterestList>('/lists', {
      body: { name: 'Politikere', sourceIds: [folketinget.id], accountIds: [] },
    });
    await open(`/screen?list=${list.id}&layout=ticker`);
    const stage = page.getByTestId('screen-mentions');
    await stage.getByText('spørger Nordlys om priserne').first().waitFor();
    await publish('Nordlys åbner en butik i Odense');
    politics.push({
      guid: 'politik-2',
      title: 'Folketinget roser Nordlys',
      text: 'Folketinget roser Nordlys for den grønne omstilling #dkpol',
      publishedAt: new Date().toISOString(),
    });
    feeds.serve('/politik', { items: [...politics] });
    await server.poll(folketinget.id);
    await stage.getByText('roser Nordlys').first().waitFor();
    expect(await stage.getByText('butik i Odense').count()).toBe(0);

    const settings = await browser.context.newPage();
    try {
      await openAs(settings, server, 'admin', '/settings?section=screen', 'en');
      await settings
        .getByLabel('Interest list')
        .selectOption({ label: 'Politikere' });
      const link = new URL(
        await settings.getByTestId('screen-link').inputValue(),
      );
      expect(link.searchParams.get('list')).toBe(list.id);
      await settings
        .getByTestId('screen-preview')
        .getByText('roser Nordlys')
        .first()
        .waitFor();
    } finally {
      await settings.close();
    }
  });

  it('composes a screen link in settings with a live preview, and the link opens exactly that screen', async () => {
    await openAs(page, server, 'admin', '/settings?section=screen', 'en');
    await page.getByRole('heading', { name: 'Screen link' }).waitFor();
    await page.getByRole('radio', { name: 'Grid' }).click();
    await page.getByRole('radio', { name: 'Light' }).click();
    await page.getByRole('radio', { name: 'Danish' }).click();
    await page.getByLabel('Seconds per slide').fill('1');
    await page.getByText('Write a whole number from 3 to 300.').waitFor();
    await page.getByLabel('Seconds per slide').fill('15');
    await page.getByRole('button', { name: 'Nordlys' }).click();
    await page.getByLabel('Hashtags').fill('#dkbiz, #1234');
    await page.getByText('“#1234” is not a hashtag').waitFor();
    await page.getByLabel('Hashtags').fill('#DKbiz');
    await page.getByLabel('Viewer token').fill(VIEWER_TOKEN);
    const link = await page.getByTestId('screen-link').inputValue();
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(`${server.url}/screen`);
    const nordlys = (await server.api<Topic[]>('/topics')).find(
      (topic) => topic.name === 'Nordlys',
    )!;
    expect(Object.fromEntries(url.searchParams)).toEqual({
      layout: 'grid',
      theme: 'light',
      lang: 'da',
      seconds: '15',
      topic: nordlys.id,
      hashtag: 'dkbiz',
      token: VIEWER_TOKEN,
    });

    // The preview is that screen, in its language and theme, inside the page.
    const preview = page.getByTestId('screen-preview');
    await preview
      .locator('.screen[data-layout="grid"][data-theme="light"]')
      .waitFor();
    await preview.getByText('Omtaler i dag').waitFor();
    await preview.locator('[data-mention-id]').first().waitFor();
    for (const text of await preview
      .locator('.screen-mention__text')
      .allTextContents())
      expect(text.toLowerCase()).toContain('#dkbiz');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(page, 'screen builder (en)');
    for (const viewport of VIEWPORTS)
      await screenshot(page, 'settings-screen', viewport, 'en');

    // On the wall: a browser with no session opens the link and is the screen.
    const wall = await browser.context.newPage();
    try {
      await wall.goto(`${server.url}/api/health`);
      await wall.evaluate(() => localStorage.clear());
      await wall.goto(link);
      await wall
        .locator('.screen[data-layout="grid"][data-theme="light"]')
        .waitFor();
      await wall.getByText('Omtaler i dag').waitFor();
      await wall.locator('[data-mention-id]').first().waitFor();
      expect(new URL(wall.url()).searchParams.has('token')).toBe(false);
      expect(await wall.getAttribute('html', 'lang')).toBe('da');
      for (const text of await wall
        .locator('.screen-mention__text')
        .allTextContents())
        expect(text.toLowerCase()).toContain('#dkbiz');
    } finally {
      await wall.close();
    }
  });

  it('says plainly that its link is no longer valid once the viewer token is replaced', async () => {
    // A viewer token from the environment cannot be rotated: from here on it is the stored one.
    await server.stopProcess();
    await server.startProcess({ LYT_VIEWER_TOKEN: '' });
    await open('/screen?layout=grid', 'da');
    await page
      .getByTestId('screen-mentions')
      .locator('article')
      .first()
      .waitFor();
    await server.api('/access/viewer-token', { method: 'POST' });
    await page
      .getByRole('alert')
      .getByText('Skærmens link gælder ikke længere')
      .waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-mention-id]').count()).toBe(0);
    await expectAccessible(page, 'screen link no longer valid (da)');
    for (const viewport of VIEWPORTS)
      await screenshot(page, 'screen-link-invalid', viewport, 'da');
  });
});
