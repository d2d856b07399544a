import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MentionPage, Source, Topic } from '@lyt/contracts';
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
    await server.poll(source.id);
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
    it('says in the dialog that a topic was not deleted, when it went first in another tab', async () => {
      const gone = await server.api<Topic>('/topics', {
        body: { name: 'Gammelt', kind: 'custom', query: 'gammelt' },
      });
      const again = await server.api<Topic>('/topics', {
        body: { name: 'Forældet', kind: 'custom', query: 'forældet' },
      });
      for (const [language, topic, deleteLabel, confirmLabel, said] of [
        [
          'en',
          gone,
          'Delete Gammelt',
          'Delete topic',
          'Gammelt was not removed',
        ],
        [
          'da',
          again,
          'Slet Forældet',
          'Slet emne',
          'Forældet blev ikke fjernet',
        ],
      ] as const) {
        await openAs(page, server, 'admin', '/settings', language);
        await page.getByRole('button', { name: deleteLabel }).click();
        const confirm = page.getByRole('dialog');
        await server.api(`/topics/${topic.id}`, { method: 'DELETE' });
        await confirm.getByRole('button', { name: confirmLabel }).click();
        const alert = confirm.getByRole('alert');
        await alert.getByText(said).waitFor();
        for (const viewport of VIEWPORTS)
          await screenshot(
            page,
            'settings-topic-delete-failed',
            viewport,
            language,
          );
        await page.keyboard.press('Escape');
        await confirm.waitFor({ state: 'hidden' });
      }
    });
  });

  describe('sources', () => {
    const sourcesOnServer = () => server.api<Source[]>('/sources');

    it('adds a source from the "any feed URL" template, polls it at once and shows its health', async () => {
      const url = feeds.serve('/blog', {
        items: [
          { guid: 'b1', title: 'Første indlæg', text: 'Om LEGO i Billund' },
          { guid: 'b2', title: 'Andet indlæg', text: 'Om vejret' },
        ],
      });
      await openAs(page, server, 'admin', '/settings?section=sources');
      await page.getByRole('button', { name: 'Add source' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a source' });
      await dialog.getByRole('radio', { name: /Any feed URL/ }).check();
      await dialog.getByRole('button', { name: 'Add and poll now' }).click();
      await dialog.getByText('Fill this in.').waitFor();
      await dialog.getByRole('textbox', { name: 'Feed URL' }).fill(url);
      await dialog
        .getByRole('textbox', { name: 'Name (optional)' })
        .fill('Bloggen');
      await dialog
        .getByLabel('Poll', { exact: true })
        .selectOption({ label: 'Every 15 minutes' });
      await dialog.getByRole('button', { name: 'Add and poll now' }).click();
      await page
        .getByText('“Bloggen” was added and is being polled.')
        .waitFor();

      const row = page.getByRole('row', { name: /Bloggen/ });
      await row.locator('[data-status="ok"]').waitFor();
      await row.getByTestId('source-items').getByText('2').waitFor();
      const added = (await sourcesOnServer()).find(
        (source) => source.name === 'Bloggen',
      )!;
      expect(added).toMatchObject({
        url,
        kind: 'feed',
        intervalSeconds: 900,
        enabled: true,
      });
      expect(added.health.itemsSeen).toBe(2);
    });

    it('shows a failing source at a glance, with its error in words, and recovers after "poll now"', async () => {
      const path = '/broken';
      const url = feeds.serve(path, { status: 500 });
      const broken = await server.api<Source>('/sources', {
        body: { url, name: 'Knækket feed' },
      });
      await openAs(page, server, 'admin', '/settings?section=sources');
      await page.getByText('1 source is failing').waitFor();
      const row = page.getByRole('row', { name: /Knækket feed/ });
      await row.locator('[data-status="failing"]').waitFor();
      await row.getByText('The server answered with an error.').waitFor();
      await row.getByText(/HTTP 500/).waitFor();
      expect(await row.getAttribute('class')).toContain(
        'ui-table__row--danger',
      );

      feeds.serve(path, {
        items: [{ guid: 'k1', title: 'Virker igen', text: 'Virker igen' }],
      });
      await row.getByRole('button', { name: 'Poll Knækket feed now' }).click();
      await page.getByText('Knækket feed was polled.').waitFor();
      await row.locator('[data-status="ok"]').waitFor();
      await page
        .getByText('1 source is failing')
        .waitFor({ state: 'detached' });
      expect(
        (await server.api<Source>(`/sources/${broken.id}`)).health.errorCount,
      ).toBe(0);
    });

    it('imports an OPML file written as Miniflux writes it, reports what it did, and exports the list again', async () => {
      const existing = (await sourcesOnServer())[0]!;
      const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
    <head>
        <title>Miniflux</title>
        <dateCreated>Tue, 01 Dec 2026 10:00:00 UTC</dateCreated>
    </head>
    <body>
        <outline text="Nyheder">
            <outline title="Lokalavisen" text="Lokalavisen" xmlUrl="${feeds.serve('/lokal', { items: [] })}" htmlUrl="https://lokal.example/" type="rss"></outline>
            <outline title="${existing.name}" text="${existing.name}" xmlUrl="${existing.url}" type="rss"></outline>
        </outline>
        <outline text="Teknik">
            <outline title="Teknikbloggen &amp; co" text="Teknikbloggen &amp; co" xmlUrl="${feeds.serve('/teknik', { items: [] })}" type="rss"></outline>
            <outline title="Gopher" text="Gopher" xmlUrl="gopher://old.example/feed" type="rss"></outline>
        </outline>
    </body>
</opml>`;
      const file = join(
        mkdtempSync(join(tmpdir(), 'lyt-opml-')),
        'miniflux.opml',
      );
      writeFileSync(file, opml);
      await openAs(page, server, 'admin', '/settings?section=sources');
      await page.getByTestId('opml-file').setInputFiles(file);
      const report = page
        .getByRole('dialog', { name: 'OPML import' })
        .getByTestId('opml-report');
      await report.getByText('2 feeds added').waitFor();
      await report.getByText('1 skipped: a source already').waitFor();
      await report.getByText('1 refused').waitFor();
      await report.getByText('Teknikbloggen & co').waitFor();
      await report
        .getByText(/gopher:\/\/old\.example\/feed/)
        .first()
        .waitFor();
      await expectAccessible(page, 'the OPML import report');
      for (const viewport of VIEWPORTS)
        await screenshot(page, 'settings-opml-report', viewport, 'en');
      await page
        .getByRole('dialog', { name: 'OPML import' })
        .getByRole('button', { name: 'Close' })
        .click();
      await page.getByRole('row', { name: /Teknikbloggen & co/ }).waitFor();
      await page.getByRole('row', { name: /Lokalavisen/ }).waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export OPML' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('lyt-sources.opml');
      const exported = readFileSync((await download.path())!, 'utf8');
      expect(exported).toContain('text="Teknikbloggen &amp; co"');
      expect(exported).toContain(`xmlUrl="${existing.url}"`);
    });

    it('pauses and resumes a source, changes its interval and deletes it after confirming', async () => {
      const source = await server.api<Source>('/sources', {
        body: { url: feeds.serve('/pause', { items: [] }), name: 'Pausefeed' },
      });
      const onServer = () => server.api<Source>(`/sources/${source.id}`);
      await openAs(page, server, 'admin', '/settings?section=sources');
      const row = page.getByRole('row', { name: /Pausefeed/ });
      await row.getByRole('button', { name: 'Pause Pausefeed' }).click();
      await row.locator('[data-status="paused"]').waitFor();
      expect((await onServer()).enabled).toBe(false);
      await row.getByRole('button', { name: 'Resume Pausefeed' }).click();
      await row.locator('[data-status="ok"]').waitFor();
      expect((await onServer()).enabled).toBe(true);

      await row
        .getByRole('combobox', { name: 'Poll interval of Pausefeed' })
        .selectOption({ label: 'Every hour' });
      await page
        .getByText('Pausefeed is now polled at the new interval.')
        .waitFor();
      expect((await onServer()).intervalSeconds).toBe(3600);

      await row.getByRole('button', { name: 'Delete Pausefeed' }).click();
      const confirm = page.getByRole('dialog', { name: 'Delete the source?' });
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      expect(
        (await sourcesOnServer()).some((one) => one.id === source.id),
      ).toBe(true);
      await row.getByRole('button', { name: 'Delete Pausefeed' }).click();
      await confirm.getByRole('button', { name: 'Delete source' }).click();
      await page.getByText('“Pausefeed” was deleted.').waitFor();
      await row.waitFor({ state: 'detached' });
      expect(
        (await sourcesOnServer()).some((one) => one.id === source.id),
      ).toBe(false);
    });
  });

  it('lists the hidden mentions and shows one again, back in the mention list', async () => {
    if ((await topicsOnServer()).length === 0)
      await server.api('/topics', {
        body: { name: 'LEGO', kind: 'company', query: 'lego' },
      });
    const visible = () => server.api<MentionPage>('/mentions');
    const target = (await visible()).items.find((mention) =>
      mention.text.includes('ny fabrik i Billund'),
    )!;
    await server.api(`/mentions/${target.id}`, {
      method: 'PATCH',
      body: { hidden: true },
    });
    await openAs(page, server, 'admin', '/settings?section=moderation');
    const list = page.getByTestId('hidden-mentions');
    await list.getByText('ny fabrik i Billund').waitFor();
    await expectAccessible(page, 'moderation with a hidden mention');
    for (const viewport of VIEWPORTS)
      await screenshot(page, 'settings-moderation-hidden', viewport, 'en');
    await list
      .getByRole('button', { name: /^Show again: the mention by / })
      .click();
    await page.getByText('The mention is shown again everywhere.').waitFor();
    await page.getByText('No hidden mentions').waitFor();
    expect((await visible()).items.map((mention) => mention.id)).toContain(
      target.id,
    );
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
      // Reading controls only: the OPML export changes nothing.
      const buttons = await panel.getByRole('button').allTextContents();
      expect(buttons.filter((text) => text !== 'Export OPML')).toEqual([]);
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

    // A failing source in the pictures too.
    await server.api('/sources', {
      body: { url: feeds.serve('/gone', { status: 404 }), name: 'Gammel blog' },
    });
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
