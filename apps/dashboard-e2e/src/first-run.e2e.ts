import { type FeedItemSpec, FeedServer } from '@lyt/testing';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { type Browser, launchBrowser } from './support/browser';
import { cspViolations, recordCspViolations } from './support/csp';
import { type LytServer, startLytServer } from './support/lyt-server';
import { openAs } from './support/session';

const HOUR = 3_600_000;

/**
 * Issue 9's journey, from an empty database and without curl: the admin link,
 * the company topic (a broken query first), a source from the "any feed URL"
 * template, its health, the overview filling, a new mention live after
 * "poll now", and then the source failing and the overview saying so.
 */
describe('the first run, in the browser only', () => {
  let server: LytServer;
  let feeds: FeedServer;
  let browser: Browser;
  const pages: Page[] = [];
  const items: FeedItemSpec[] = [
    {
      guid: 'n1',
      title: 'Nordlys åbner solcellepark',
      text: 'Nordlys åbner en ny solcellepark ved Esbjerg #grønenergi',
      publishedAt: new Date(Date.now() - 3 * HOUR).toISOString(),
    },
    {
      guid: 'n2',
      title: 'Nordlys hæver ikke priserne',
      text: 'Kunderne hos Nordlys slipper for prisstigninger i vinter',
      publishedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    },
    {
      guid: 'n3',
      title: 'Nordlys-festival i Tromsø',
      text: 'Nordlysfestivalen trækker turister til Tromsø',
      publishedAt: new Date(Date.now() - HOUR).toISOString(),
    },
  ];

  beforeAll(async () => {
    [server, feeds, browser] = await Promise.all([
      startLytServer(),
      new FeedServer().start(),
      launchBrowser(),
    ]);
    await recordCspViolations(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
    await feeds?.stop();
    await server?.stop();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) {
      expect(await cspViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('sets Lyt up from the admin link to a live overview, then shows a failing source on both pages', async () => {
    const feedUrl = feeds.serve('/nordlys', { items });
    const page = await browser.context.newPage();
    pages.push(page);

    // The printed admin link; an empty database says what to do first.
    await openAs(page, server, 'admin', '/');
    await page.getByText('Create your company topic').waitFor();
    await page.getByRole('link', { name: 'Go to Settings' }).click();
    await page.waitForURL(/\/settings\?section=topics$/);

    await page.getByRole('button', { name: 'New topic' }).click();
    const topicForm = page.getByRole('dialog', { name: 'New topic' });
    await topicForm.getByLabel('Name').fill('Nordlys');
    const query = topicForm.getByRole('textbox', { name: 'Query' });
    await query.fill('nordlys -"nordlys-festival" OR');
    await topicForm
      .getByText(/OR without a term on both sides at character \d+/)
      .waitFor();
    await topicForm.getByTestId('query-error-marker').locator('mark').waitFor();
    await query.fill('nordlys -festival*');
    await topicForm
      .getByText('None of the recent items match.', { exact: false })
      .waitFor();
    await topicForm.getByRole('button', { name: 'Create topic' }).click();
    await page
      .getByRole('row', { name: /Nordlys/ })
      .getByText('Company')
      .waitFor();

    // A source from the "any feed URL" template, polled at once.
    await page.getByRole('tab', { name: 'Sources' }).click();
    await page.getByText('Add your first source').waitFor();
    await page.getByRole('button', { name: 'Any feed URL' }).click();
    const sourceForm = page.getByRole('dialog', { name: 'Add a source' });
    expect(
      await sourceForm.getByRole('radio', { name: /Any feed URL/ }).isChecked(),
    ).toBe(true);
    await sourceForm.getByRole('textbox', { name: 'Feed URL' }).fill(feedUrl);
    await sourceForm
      .getByRole('textbox', { name: 'Name (optional)' })
      .fill('Energinyt');
    await sourceForm.getByRole('button', { name: 'Add and poll now' }).click();
    const row = page.getByRole('row', { name: /Energinyt/ });
    await row.locator('[data-status="ok"]').waitFor();
    await row.getByTestId('source-items').getByText('3').waitFor();

    // The overview fills: two mentions (the festival is excluded), charts, the live list.
    const overview = await browser.context.newPage();
    pages.push(overview);
    await overview.goto(`${server.url}/`);
    await overview.getByTestId('kpi-mentions').waitFor({ timeout: 15_000 });
    expect(await overview.getByTestId('kpi-mentions').textContent()).toBe('2');
    await overview
      .getByRole('region', { name: 'Mentions over time' })
      .waitFor();
    const live = overview.getByTestId('live-mentions');
    await live.getByText('ny solcellepark', { exact: false }).waitFor();
    expect(
      await live.getByText('Nordlysfestivalen', { exact: false }).count(),
    ).toBe(0);
    await overview
      .getByTestId('live-status')
      .first()
      .and(overview.locator('[data-status="live"]'))
      .waitFor();
    await expectAccessible(overview, 'the overview after the first run');

    // A new post, "poll now" in settings, and it arrives on the overview without a reload.
    feeds.serve('/nordlys', {
      items: [
        ...items,
        {
          guid: 'n4',
          title: 'Nordlys bygger batteri',
          text: 'Nordlys bygger Danmarks største batteri',
        },
      ],
    });
    await row.getByRole('button', { name: 'Poll Energinyt now' }).click();
    await page.getByText('Energinyt was polled.').waitFor();
    await live.locator('mark', { hasText: 'Nordlys' }).first().waitFor();
    await live.getByText('største batteri', { exact: false }).waitFor();
    await row.getByTestId('source-items').getByText('4').waitFor();

    // The feed breaks: settings says so in words, the overview shades the outage.
    feeds.serve('/nordlys', { status: 502 });
    await row.getByRole('button', { name: 'Poll Energinyt now' }).click();
    await page.getByText('Energinyt was polled, but failed.').waitFor();
    await row.locator('[data-status="failing"]').waitFor();
    await row.getByText('The server answered with an error.').waitFor();
    await row.getByText(/HTTP 502/).waitFor();
    await page.getByText('1 source is failing').waitFor();

    await overview.reload();
    const notice = overview.getByTestId('blind-spots');
    await notice
      .getByText(/Energinyt has been failing since \d\d:\d\d/)
      .waitFor();
    await overview
      .getByRole('region', { name: 'Mentions over time' })
      .locator('.recharts-reference-area')
      .first()
      .waitFor();
    await overview.getByRole('link', { name: 'See the sources' }).click();
    await overview.waitForURL(/\/settings\?section=sources$/);
    await overview
      .getByRole('row', { name: /Energinyt/ })
      .locator('[data-status="failing"]')
      .waitFor();
  });
});
