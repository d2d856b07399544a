import type {
  InterestList,
  MentionPage,
  Source,
  SpikeStats,
  SummaryStats,
  Topic,
} from '@lyt/contracts';
import { type FeedItemSpec, FeedServer } from '@lyt/testing';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { type Browser, launchBrowser } from './support/browser';
import { cspViolations, recordCspViolations } from './support/csp';
import { type LytServer, startLytServer } from './support/lyt-server';
import {
  type Language,
  LANGUAGES,
  screenshot,
  VIEWPORTS,
} from './support/screenshots';
import { openAs } from './support/session';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Two weeks of posts about a Danish energy company, its competitors and its industry. */
const POSTS: { title: string; text: string }[] = [
  {
    title: 'Nordlys åbner nyt solcelleanlæg',
    text: 'Nordlys åbner et nyt solcelleanlæg i Esbjerg. Fantastisk nyhed for byen #grønenergi',
  },
  {
    title: 'Skuffet over Nordlys',
    text: 'Elendig kundeservice hos Nordlys i dag, skuffende ventetid #energi',
  },
  {
    title: 'Solvarme hæver priserne',
    text: 'Solvarme hæver priserne igen. Dårligt nyt for kunderne #energi',
  },
  {
    title: 'Vindkraft A/S vinder udbud',
    text: 'Vindkraft A/S vinder stort udbud ved Vesterhavet, flot arbejde #grønenergi',
  },
  {
    title: 'Debat om grøn omstilling',
    text: 'Folketinget debatterer grøn omstilling af fjernvarmen #dkpol #grønenergi',
  },
  {
    title: 'Nordlys og Solvarme i samme udbud',
    text: 'Nordlys og Solvarme byder begge på grøn omstilling i Aarhus #grønenergi',
  },
  {
    title: 'Vejret i weekenden',
    text: 'Sol og let vind hele weekenden, skriver DMI',
  },
];
const AUTHORS = [
  '@anna@mastodon.social',
  '@bo@norrebro.space',
  '@carla@mastodon.social',
  '@dennis@social.data.coop',
  '@emil@mastodon.social',
];

function history(
  source: string,
  every: number,
  offset: number,
): FeedItemSpec[] {
  const now = Date.now();
  const items: FeedItemSpec[] = [];
  let n = offset;
  for (let day = 13; day >= 0; day--) {
    for (const hour of [7, 10, 13, 16, 20]) {
      const at = new Date(now - day * DAY);
      at.setUTCHours(hour, (n * 7) % 60, 0, 0);
      if (at.getTime() > now - HOUR) continue;
      n += 1;
      if (n % every !== 0) continue;
      const post = POSTS[n % POSTS.length]!;
      items.push({
        guid: `${source}-${n}`,
        title: post.title,
        text: post.text,
        author: AUTHORS[n % AUTHORS.length],
        publishedAt: at.toISOString(),
      });
    }
  }
  return items;
}

/** A competitor's bad afternoon: twenty posts within one hour, three hours ago. */
function burst(): FeedItemSpec[] {
  const start = Math.floor((Date.now() - 3 * HOUR) / HOUR) * HOUR;
  return Array.from({ length: 20 }, (_, n) => ({
    guid: `burst-${n}`,
    title: 'Solvarme tilbagekalder varmepumper',
    text: `Solvarme tilbagekalder tusindvis af varmepumper efter brandfare. Alvorlig sag #solvarme (${n + 1})`,
    author: `@kunde${n}@mastodon.social`,
    publishedAt: new Date(start + n * 60_000).toISOString(),
  }));
}

describe('the overview', () => {
  let server: LytServer;
  let feeds: FeedServer;
  let browser: Browser;
  let page: Page;
  const topics: Record<string, Topic> = {};
  const sources: Record<string, Source> = {};
  const published = new Map<string, FeedItemSpec[]>();

  const publish = async (path: string, items: FeedItemSpec[]) => {
    const all = [...(published.get(path) ?? []), ...items];
    published.set(path, all);
    feeds.serve(path, { items: all });
    if (sources[path]) await server.poll(sources[path].id);
  };
  const addSource = async (path: string, name: string) => {
    feeds.serve(path, { items: published.get(path) ?? [] });
    sources[path] = await server.api<Source>('/sources', {
      body: { url: `${feeds.url}${path}`, name },
    });
    await server.poll(sources[path].id);
  };
  const addTopic = async (name: string, kind: string, query: string) => {
    topics[name] = await server.api<Topic>('/topics', {
      body: { name, kind, query },
    });
  };
  const screenshots = async (name: string, path = '/') => {
    for (const language of LANGUAGES) {
      await openAs(page, server, 'admin', path, language);
      await settled(page);
      await expectAccessible(page, `${name} (${language})`);
      for (const viewport of VIEWPORTS)
        await screenshot(page, name, viewport, language);
    }
  };
  const open = async (language: Language = 'en', path = '/') => {
    await openAs(page, server, 'admin', path, language);
    await settled(page);
  };

  beforeAll(async () => {
    [server, feeds, browser] = await Promise.all([
      startLytServer(),
      new FeedServer().start(),
      launchBrowser(),
    ]);
    await recordCspViolations(browser.context);
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await feeds?.stop();
    await server?.stop();
  });
  afterEach(async () => {
    expect(await cspViolations(page)).toEqual([]);
  });

  it('tells a new admin what to set up, then what is being collected, then fills in', async () => {
    await open();
    await page.getByText('Create your company topic').waitFor();
    await screenshots('overview-empty-topic');

    await addTopic('Nordlys', 'company', 'nordlys');
    await open();
    await page.getByText('Add your first source').waitFor();
    const templates = page.getByTestId('source-templates');
    await templates
      .getByText('Google News', { exact: false })
      .first()
      .waitFor();
    expect(await templates.locator('li').count()).toBeGreaterThanOrEqual(7);
    await screenshots('overview-empty-source');

    await publish('/quiet', [
      {
        guid: 'quiet-1',
        title: 'Vejret',
        text: 'Sol og let vind hele weekenden',
        publishedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
      },
    ]);
    await addSource('/quiet', 'Mastodon #vejret');
    await open();
    await page
      .getByRole('heading', { name: 'Listening — no mentions yet' })
      .waitFor();
    await page
      .getByText('Lyt has collected 1 post so far', { exact: false })
      .waitFor();
    const row = page.getByRole('row', { name: /Mastodon #vejret/ });
    await row.getByText('OK').waitFor();
    await row.getByText(/in \d+ minutes/).waitFor();
    await screenshots('overview-collecting');

    // The first mention turns the page into the overview by itself, and arrives live with its term marked.
    await open();
    await publish('/quiet', [
      {
        guid: 'quiet-2',
        title: 'Nordlys i vinden',
        text: 'Nordlys sætter ny vindmølle op ved Hvide Sande',
        publishedAt: new Date(Date.now() - HOUR).toISOString(),
      },
    ]);
    await page
      .getByTestId('live-mentions')
      .locator('mark', { hasText: 'Nordlys' })
      .first()
      .waitFor();
    await page.getByTestId('kpi-mentions').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('kpi-mentions').textContent()).toBe('1');
  });

  describe('with two weeks of mentions', () => {
    beforeAll(async () => {
      // The first test makes the company topic; without it (run alone), make it here.
      if (!topics['Nordlys']) await addTopic('Nordlys', 'company', 'nordlys');
      await addTopic('Solvarme', 'competitor', 'solvarme');
      await addTopic('Vindkraft A/S', 'competitor', '"vindkraft a/s"');
      await addTopic(
        'Grøn energi',
        'industry',
        '#grønenergi OR "grøn omstilling"',
      );
      published.set('/mastodon', [...history('m', 1, 0), ...burst()]);
      published.set('/news', history('n', 2, 3));
      published.set('/reddit', history('r', 3, 5));
      await addSource('/mastodon', 'Mastodon #grønenergi');
      await addSource('/news', 'Google News: Nordlys');
      await addSource('/reddit', 'Reddit-søgning');
    });

    it('shows each figure against the period before, each a link to its mentions', async () => {
      await open();
      const to = new Date();
      const from = new Date(to.getTime() - 7 * DAY);
      const summary = await server.api<SummaryStats>(
        `/stats/summary?from=${from.toISOString()}&to=${to.toISOString()}`,
      );
      const mentions = page.getByTestId('kpi-mentions');
      expect(await mentions.textContent()).toBe(
        summary.mentions.toLocaleString('en-GB'),
      );
      expect(await page.getByTestId('kpi-share').textContent()).toMatch(
        /^\d+%$/,
      );
      expect(await page.getByTestId('kpi-sentiment').textContent()).toMatch(
        /^[+-]?[\d.]+%$/,
      );
      const card = page.locator('a.ui-kpi', { has: mentions });
      await card.getByText(/vs\. the 7 days before/).waitFor();

      // One line per topic, in the topics' colours.
      const volume = page.getByRole('region', { name: 'Mentions over time' });
      await volume.locator('.recharts-line').first().waitFor();
      expect(await volume.locator('.recharts-line').count()).toBe(4);
      for (const topic of Object.values(topics))
        await volume
          .locator(`.recharts-line path[stroke="${topic.color}"]`)
          .first()
          .waitFor();
      await page
        .getByRole('region', { name: 'Share of voice' })
        .locator('.recharts-bar-rectangle')
        .first()
        .waitFor();
      await page
        .getByTestId('top-hashtags')
        .getByRole('link', { name: '#grønenergi' })
        .waitFor();
      await page.getByTestId('top-authors').getByText(AUTHORS[0]!).waitFor();

      await card.click();
      await page.waitForURL(/\/explore\?from=.+&to=.+/);
      const opened = new URL(page.url());
      expect(
        Date.parse(opened.searchParams.get('to')!) -
          Date.parse(opened.searchParams.get('from')!),
      ).toBe(7 * DAY);
    });

    it('rings the spike and opens its window in explore', async () => {
      await open();
      const spikes = await server.api<SpikeStats>(
        `/stats/spikes?from=${new Date(Date.now() - 7 * DAY).toISOString()}`,
      );
      const spike = spikes.spikes.find(
        (found) => found.topic.id === topics['Solvarme']!.id,
      );
      expect(spike).toBeDefined();
      const volume = page.getByRole('region', { name: 'Mentions over time' });
      await volume.locator('.recharts-reference-dot').first().waitFor();
      const link = volume
        .getByTestId('spike-link')
        .filter({ hasText: 'Solvarme' });
      await link.click();
      await page.waitForURL(/\/explore\?/);
      const opened = new URL(page.url());
      expect(opened.searchParams.getAll('topic')).toContain(
        topics['Solvarme']!.id,
      );
      expect(opened.searchParams.get('from')).toBe(spike!.t);
    });

    it('shades the outage of a failing source and says which and since when', async () => {
      feeds.serve('/reddit', { status: 503 });
      await server.poll(sources['/reddit']!.id);
      await open();
      const notice = page.getByTestId('blind-spots');
      await notice
        .getByText(/Reddit-søgning has been failing since \d\d:\d\d/)
        .waitFor();
      await notice.getByText(/503/).waitFor();
      for (const chart of ['Mentions over time', 'Share of voice']) {
        const region = page.getByRole('region', { name: chart });
        await region.locator('.recharts-reference-area').first().waitFor();
        await region.getByTestId('blind-spot-legend').waitFor();
      }
      await open('da');
      await page
        .getByTestId('blind-spots')
        .getByText(/Reddit-søgning har fejlet siden \d\d\.\d\d/)
        .waitFor();
      await screenshots('overview-data');
    });

    it('counts only an interest list’s sources once it is chosen, and keeps the list in the URL', async () => {
      const list = await server.api<InterestList>('/lists', {
        body: { name: 'Branchemedier', sourceIds: [sources['/news']!.id] },
      });
      // Reddit failing (as the test before leaves it): not a source of the list.
      feeds.serve('/reddit', { status: 503 });
      await server.poll(sources['/reddit']!.id);
      await open();
      const to = new Date();
      const from = new Date(to.getTime() - 7 * DAY);
      const period = `from=${from.toISOString()}&to=${to.toISOString()}`;
      const [every, listed] = await Promise.all([
        server.api<SummaryStats>(`/stats/summary?${period}`),
        server.api<SummaryStats>(`/stats/summary?${period}&list=${list.id}`),
      ]);
      expect(listed.mentions).toBeGreaterThan(0);
      expect(listed.mentions).toBeLessThan(every.mentions);
      const kpi = page.getByTestId('kpi-mentions');
      expect(await kpi.textContent()).toBe(
        every.mentions.toLocaleString('en-GB'),
      );
      await page.getByTestId('blind-spots').waitFor();

      await page
        .getByTestId('overview-list')
        .selectOption({ label: 'Branchemedier' });
      await page.waitForURL(new RegExp(`[?&]list=${list.id}`));
      await kpi
        .getByText(listed.mentions.toLocaleString('en-GB'), { exact: true })
        .waitFor();
      await settled(page);
      const top = page.getByTestId('top-sources');
      await top.getByText('Google News: Nordlys').waitFor();
      expect(await top.getByText('Mastodon #grønenergi').count()).toBe(0);
      expect(await page.getByTestId('blind-spots').count()).toBe(0);
      // The newest mentions too: only the list's sources.
      const live = page.getByTestId('live-mentions');
      await live.getByText('Google News: Nordlys').first().waitFor();
      expect(await live.getByText('Mastodon #grønenergi').count()).toBe(0);
      await screenshots('overview-list', `/?list=${list.id}`);

      // The list stays through a reload, and the figures open explore with it.
      await open('en', `/?list=${list.id}`);
      expect(await page.getByTestId('overview-list').inputValue()).toBe(
        list.id,
      );
      await page.locator('a.ui-kpi', { has: kpi }).click();
      await page.waitForURL(/\/explore\?/);
      expect(new URL(page.url()).searchParams.get('list')).toBe(list.id);
    });

    it('brings a new mention live with its terms marked, and drops a hidden one at once', async () => {
      await open();
      const before = Number(
        (await page.getByTestId('kpi-mentions').textContent())!.replace(
          /\D/g,
          '',
        ),
      );
      await publish('/news', [
        {
          guid: 'live-1',
          title: 'Nordlys vinder pris',
          text: 'Nordlys vinder årets pris for grøn omstilling',
          publishedAt: new Date().toISOString(),
        },
      ]);
      const live = page.getByTestId('live-mentions');
      const card = live.locator('article', { hasText: 'vinder årets pris' });
      await card.waitFor();
      expect(await card.locator('mark').allTextContents()).toEqual([
        'Nordlys',
        'Nordlys',
        'grøn omstilling',
      ]);
      const kpi = page.getByTestId('kpi-mentions');
      await kpi
        .getByText((before + 1).toLocaleString('en-GB'), { exact: true })
        .waitFor();

      const { items } = await server.api<MentionPage>('/mentions?limit=1');
      await server.api(`/mentions/${items[0]!.id}`, {
        method: 'PATCH',
        body: { hidden: true },
      });
      // At once: from the hidden event, not from the next periodic refresh (10 s).
      await card.waitFor({ state: 'detached', timeout: 5_000 });
      await kpi
        .getByText(before.toLocaleString('en-GB'), { exact: true })
        .waitFor({ timeout: 5_000 });
    });

    it('keeps a custom period in the URL and refuses a reversed one', async () => {
      await open();
      await page.getByRole('button', { name: 'Custom period' }).click();
      await page.getByLabel('From').fill('2026-11-20');
      await page.getByLabel('To (included)').fill('2026-11-10');
      await page.getByRole('button', { name: 'Show' }).click();
      await page
        .getByText('Choose two dates, the first on or before the second.')
        .waitFor();

      const today = copenhagenDay(new Date());
      const weekAgo = copenhagenDay(new Date(Date.now() - 7 * DAY));
      await page.getByLabel('From').fill(weekAgo);
      await page.getByLabel('To (included)').fill(today);
      await page.getByRole('button', { name: 'Show' }).click();
      await page.waitForURL(
        new RegExp(`\\?period=custom&from=${weekAgo}&to=${today}$`),
      );
      await page.getByTestId('kpi-mentions').waitFor();
      await page.reload();
      await page
        .getByRole('button', { name: new RegExp(`^.+ – .+$`) })
        .waitFor();
      expect(
        await page
          .getByRole('radio', { name: '7 days' })
          .getAttribute('aria-checked'),
      ).toBe('false');
    });
  });
});

/** No skeleton left and the charts drawn. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ui-skeleton'));
}

/** `YYYY-MM-DD` on Copenhagen's calendar, as the custom period reads days. */
function copenhagenDay(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
  }).format(instant);
}
