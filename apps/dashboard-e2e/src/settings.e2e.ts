import type { Source, Topic } from '@lyt/contracts';
import { FeedServer } from '@lyt/testing';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { type Browser, launchBrowser } from './support/browser';
import { cspViolations, recordCspViolations } from './support/csp';
import { type LytServer, startLytServer } from './support/lyt-server';
import { LANGUAGES, screenshot, VIEWPORTS } from './support/screenshots';
import { openAs } from './support/session';

describe('settings', () => {
  let server: LytServer;
  let feeds: FeedServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, feeds, browser] = await Promise.all([
      startLytServer(),
      new FeedServer().start(),
      launchBrowser(),
    ]);
    await recordCspViolations(browser.context);
    const source = await server.api<Source>('/sources', {
      body: {
        name: 'Erhvervsnyt',
        url: feeds.serve('/erhverv', {
          items: [
            {
              guid: 'a',
              title: 'LEGO åbner fabrik',
              text: 'LEGO åbner en ny fabrik i Billund #dkbiz',
            },
            {
              guid: 'b',
              title: 'Legoland udvider',
              text: 'Legoland får en ny forlystelse til sommer',
            },
            {
              guid: 'c',
              title: 'Vejret',
              text: 'Sol og let vind hele weekenden',
            },
          ],
        }),
      },
    });
    await server.api(`/sources/${source.id}/poll`, { method: 'POST' });
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

  const topicsOnServer = () => server.api<Topic[]>('/topics');

  describe('topics', () => {
    it('creates the company topic: a broken query shows where it breaks, the preview marks what the fixed one finds, and history is matched', async () => {
      await openAs(page, server, 'admin', '/settings');
      await page.getByText('Create your company topic').waitFor();
      await page.getByRole('button', { name: 'New topic' }).click();
      const dialog = page.getByRole('dialog', { name: 'New topic' });
      await dialog.getByLabel('Name').fill('LEGO');
      expect(await dialog.getByLabel('Kind').inputValue()).toBe('company');

      const query = dialog.getByRole('textbox', { name: 'Query' });
      await query.fill('lego (billund');
      await dialog.getByText('unbalanced parenthesis at character 6').waitFor();
      expect(
        await dialog
          .getByTestId('query-error-marker')
          .locator('mark')
          .textContent(),
      ).toBe('(');
      expect(await query.getAttribute('aria-invalid')).toBe('true');
      await dialog
        .getByText('Write a valid query to see what it finds.')
        .waitFor();

      await query.fill('lego -legoland');
      await dialog
        .getByTestId('query-error-marker')
        .waitFor({ state: 'detached' });
      const preview = dialog.getByTestId('topic-preview');
      await preview.getByText('ny fabrik i Billund').waitFor();
      expect(await preview.locator('mark').allTextContents()).toContain('LEGO');
      expect(await preview.getByText('Legoland').count()).toBe(0);
      await expectAccessible(page, 'the topic form');
      for (const viewport of VIEWPORTS)
        await screenshot(page, 'settings-topic-form', viewport, 'en');

      await dialog.getByRole('button', { name: 'Create topic' }).click();
      await page.getByText('“LEGO” was saved.').waitFor();
      const row = page.getByRole('row', { name: /LEGO/ });
      await row.getByText('Company').waitFor();
      await row.getByText('lego -legoland').waitFor();
      await row.locator('[data-status="done"]').waitFor();
      const [topic] = await topicsOnServer();
      expect(topic).toMatchObject({
        name: 'LEGO',
        kind: 'company',
        query: 'lego -legoland',
      });
      expect(topic!.rematch).toMatchObject({ status: 'done', processed: 3 });
    });

    it('edits a topic with its query and deletes one after confirming', async () => {
      await server.api('/topics', {
        body: { name: 'Vejret', kind: 'industry', query: 'vejret' },
      });
      await openAs(page, server, 'admin', '/settings');
      await page.getByRole('button', { name: 'Edit Vejret' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit topic' });
      expect(
        await dialog.getByRole('textbox', { name: 'Query' }).inputValue(),
      ).toBe('vejret');
      await dialog
        .getByRole('button', { name: 'Use the example #dkbiz OR #dkpol' })
        .click();
      expect(
        await dialog.getByRole('textbox', { name: 'Query' }).inputValue(),
      ).toBe('#dkbiz OR #dkpol');
      await dialog
        .getByTestId('topic-preview')
        .getByText('ny fabrik i Billund')
        .waitFor();
      await dialog.getByLabel('Name').fill('Erhverv');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page
        .getByRole('row', { name: /Erhverv/ })
        .getByText('#dkbiz OR #dkpol')
        .waitFor();
      expect(
        (await topicsOnServer()).map((topic) => topic.name).sort(),
      ).toEqual(['Erhverv', 'LEGO']);

      await page.getByRole('button', { name: 'Delete Erhverv' }).click();
      const confirm = page.getByRole('dialog', { name: 'Delete the topic?' });
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      expect(await topicsOnServer()).toHaveLength(2);
      await page.getByRole('button', { name: 'Delete Erhverv' }).click();
      await confirm.getByRole('button', { name: 'Delete topic' }).click();
      await page.getByText('“Erhverv” was deleted.').waitFor();
      await page
        .getByRole('row', { name: /Erhverv/ })
        .waitFor({ state: 'detached' });
      expect((await topicsOnServer()).map((topic) => topic.name)).toEqual([
        'LEGO',
      ]);
    });
  });

  it('shows a viewer every section without a control that changes anything', async () => {
    if ((await topicsOnServer()).length === 0)
      await server.api('/topics', {
        body: { name: 'LEGO', kind: 'company', query: 'lego' },
      });
    await openAs(page, server, 'viewer', '/settings');
    await page.getByText('only an admin can change them').waitFor();
    await page.getByRole('row', { name: /LEGO/ }).waitFor();
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    expect(await tabs.count()).toBeGreaterThanOrEqual(2);
    for (let index = 0; index < (await tabs.count()); index++) {
      await tabs.nth(index).click();
      const panel = page.getByRole('tabpanel');
      await panel.waitFor();
      await page.waitForFunction(() => !document.querySelector('.ui-skeleton'));
      expect(await panel.getByRole('button').count()).toBe(0);
      expect(await panel.locator('input, textarea, select').count()).toBe(0);
    }
  });

  it('moves between sections with the arrow keys, keeps the section in the URL, and has no serious accessibility violations; screenshots', async () => {
    await openAs(page, server, 'admin', '/settings');
    await page.getByRole('tab', { name: 'Topics' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/section=/);
    const second = new URL(page.url()).searchParams.get('section');
    await page.reload();
    expect(
      await page.getByRole('tab', { selected: true }).getAttribute('id'),
    ).toContain(second!);

    for (const language of LANGUAGES) {
      await openAs(page, server, 'admin', '/settings', language);
      const tabs = page.getByRole('tab');
      await tabs.first().waitFor();
      for (let index = 0; index < (await tabs.count()); index++) {
        await tabs.nth(index).click();
        await page.waitForFunction(
          () => !document.querySelector('.ui-skeleton'),
        );
        const section =
          new URL(page.url()).searchParams.get('section') ?? 'topics';
        await expectAccessible(page, `settings ${section} (${language})`);
        for (const viewport of VIEWPORTS)
          await screenshot(page, `settings-${section}`, viewport, language);
      }
    }
  });
});
