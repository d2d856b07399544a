import type { Account, Source } from '@lyt/contracts';
import { BlueskyServer, FeedServer, MastodonServer } from '@lyt/testing';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { type Browser, launchBrowser } from './support/browser';
import { cspViolations, recordCspViolations } from './support/csp';
import { type LytServer, startLytServer } from './support/lyt-server';
import { LANGUAGES, screenshot, VIEWPORTS } from './support/screenshots';
import { openAs } from './support/session';

const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

describe('accounts', () => {
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
    const own = mastodon.addAccount({
      username: 'nordlys',
      displayName: 'Nordlys A/S',
      followers: 940,
      statuses: [
        {
          text: 'Vi har åbnet i Aarhus! Kom forbi 🎉',
          createdAt: ago(3_600_000),
          favourites: 31,
          reblogs: 8,
          replies: 5,
          image: true,
        },
        {
          text: 'Årsrapporten er klar: https://nordlys.dk/rapport',
          createdAt: ago(DAY),
          favourites: 12,
          reblogs: 2,
        },
        {
          text: '<img src=x onerror=alert(1)> er ikke HTML her',
          createdAt: ago(2 * DAY),
          favourites: 1,
        },
      ],
    });
    const shared = mastodon.statusUrl(mastodon.statusIds(own)[0]!);
    bluesky.addProfile({
      handle: 'anne.bsky.social',
      displayName: 'Anne Holm',
      followers: 2100,
      posts: [
        {
          text: 'Hvad gør jeg nu? 😂 #ledelse',
          createdAt: ago(DAY),
          likes: 80,
          reposts: 12,
          replies: 9,
        },
        {
          text: 'Jeg elsker mandage #ledelse',
          createdAt: ago(3 * DAY),
          likes: 41,
          reposts: 3,
        },
      ],
    });
    mastodon.addAccount({
      username: 'bo',
      displayName: 'Bo Lind',
      followers: 520,
      statuses: [
        {
          text: 'Kvartalsrapport <img src=x onerror=alert(1)> offentliggjort.',
          createdAt: ago(DAY),
          favourites: 6,
        },
      ],
    });
    const employees: [
      string,
      string,
      number,
      Parameters<MastodonServer['post']>[1],
    ][] = [
      [
        'mette',
        'Mette Skov',
        410,
        {
          text: '',
          reblogOf: { acct: `nordlys@${mastodon.host}`, url: shared },
        },
      ],
      [
        'jonas',
        'Jonas Berg',
        380,
        { text: 'Læs rapporten https://nordlys.dk/rapport' },
      ],
      [
        'omar',
        'Omar Aziz',
        90,
        {
          text: '',
          reblogOf: { acct: `nordlys@${mastodon.host}`, url: shared },
        },
      ],
    ];
    for (const [username, displayName, followers, status] of employees)
      mastodon.addAccount({
        username,
        displayName,
        followers,
        statuses: [{ ...status, createdAt: ago(DAY) }],
      });
    bluesky.addProfile({
      handle: 'lise.bsky.social',
      displayName: 'Lise Juhl',
      followers: 60,
      posts: [{ text: 'Frokost i kantinen', createdAt: ago(DAY) }],
    });
    // Blogs: posts without followers or likes.
    feeds.serve('/sara.xml', {
      items: [
        {
          guid: 'sara-1',
          title: 'Vi giver videre',
          text: 'Vi giver videre #givlivetvidere',
          publishedAt: ago(DAY),
        },
      ],
    });
    feeds.serve('/ledelse.xml', {
      items: [
        {
          guid: 'ledelse-1',
          title: 'Ledelse i praksis',
          text: 'Hvad gør I, når teamet mister modet? Jeg har tre råd.',
          publishedAt: ago(DAY),
          mediaUrl: `${feeds.url}/team.png`,
        },
        {
          guid: 'ledelse-2',
          title: 'Kommunikationsmedarbejderens hverdagsudfordringer',
          text: 'Om kommunikationsafdelingens arbejdsgange og medarbejdertilfredshedsundersøgelser.',
          publishedAt: ago(3 * DAY),
        },
      ],
    });
    const added: Account[] = [];
    added.push(
      await server.api<Account>('/accounts', {
        body: { url: `${mastodon.url}/@nordlys`, role: 'own' },
      }),
    );
    added.push(
      await server.api<Account>('/accounts', {
        body: { handle: 'anne.bsky.social', role: 'role-model' },
      }),
    );
    added.push(
      await server.api<Account>('/accounts', {
        body: { url: `${mastodon.url}/@bo`, role: 'role-model' },
      }),
    );
    for (const [username] of employees)
      added.push(
        await server.api<Account>('/accounts', {
          body: { url: `${mastodon.url}/@${username}`, role: 'employee' },
        }),
      );
    added.push(
      await server.api<Account>('/accounts', {
        body: { handle: 'lise.bsky.social', role: 'employee' },
      }),
    );
    added.push(
      await server.api<Account>('/accounts', {
        body: {
          url: `${feeds.url}/sara.xml`,
          role: 'employee',
          name: 'Sara Dahl',
        },
      }),
    );
    added.push(
      await server.api<Account>('/accounts', {
        body: {
          url: `${feeds.url}/ledelse.xml`,
          role: 'watched',
          name: 'Ledelsesbloggen',
        },
      }),
    );
    // The collector polls a new account's source at once.
    for (let tries = 0; ; tries += 1) {
      const sources = await server.api<Source[]>('/sources');
      const polled = added.every((account) =>
        sources.some(
          (source) =>
            source.id === account.sourceId && source.health.lastStatus === 'ok',
        ),
      );
      if (polled) break;
      if (tries > 100)
        throw new Error('the accounts were not polled within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await server.api('/accounts/ambassador-settings', {
      method: 'PUT',
      body: { domains: ['nordlys.dk'], hashtags: ['givlivetvidere'] },
    });
    await server.api('/topics', {
      body: { name: 'Nordlys', kind: 'company', query: 'nordlys OR aarhus' },
    });
    await server.api('/goals', {
      body: {
        name: 'Tre opslag om ugen',
        metric: 'posts',
        target: 3,
        period: 'week',
      },
    });
    await server.api('/goals', {
      body: {
        name: 'De næste 100 følgere',
        metric: 'followers',
        target: 1040,
        accountId: added[0]!.id,
        deadline: new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10),
      },
    });
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

  it('shows the accounts, the goals, the role models beside the own account and the ambassador ranking', async () => {
    await openAs(page, server, 'admin', '/accounts?period=30d');
    const table = page.getByRole('table', {
      name: 'Accounts with followers and engagement in the period',
    });
    await table.getByRole('rowheader', { name: /Nordlys A\/S/ }).waitFor();
    expect(await table.getByRole('row').count()).toBe(10);
    // A blog has no followers or likes: not available, not 0.
    expect(
      await table
        .getByRole('row', { name: /Sara Dahl/ })
        .getByText('Not available')
        .count(),
    ).toBe(2);
    await page.getByText('Tre opslag om ugen').waitFor();
    await page
      .getByRole('progressbar', { name: 'Progress of Tre opslag om ugen' })
      .waitFor();

    const comparison = page.getByRole('table', {
      name: 'Own accounts and role models side by side',
    });
    expect(
      await comparison.getByRole('columnheader').allTextContents(),
    ).toEqual([
      'Measure',
      'Nordlys A/SOwn',
      'Anne HolmRole model',
      'Bo LindRole model',
      'LedelsesbloggenWatched',
    ]);
    const cells = async (measure: string) =>
      comparison
        .getByRole('row', { name: new RegExp(`^${measure}`) })
        .getByRole('cell')
        .allTextContents();
    expect(await cells('Followers')).toEqual([
      '940',
      '2,100',
      '520',
      'Not available',
    ]);
    expect(await cells('Posts per week')).toEqual(['0.7', '0.5', '0.2', '0.5']);
    expect(await cells('With an image')).toEqual(['33%', '0%', '0%', '50%']);
    expect((await cells('Best post'))[3]).toBe('Not available');
    await comparison
      .getByText(/A capital “I” counts in Danish posts too/)
      .waitFor();
    await comparison
      .getByText('Kvartalsrapport <img src=x onerror=alert(1)> offentliggjort.')
      .waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    const ranking = page.getByRole('table', {
      name: 'Employees ranked by shares of company content',
    });
    const names = await ranking
      .locator('.account-cell__name')
      .allTextContents();
    // Sara's blog shared as Omar did; its reach is unknown, so it follows his among equals.
    expect(names).toEqual([
      '1.Mette Skov',
      '2.Jonas Berg',
      '3.Omar Aziz',
      '4.Sara Dahl',
      'Lise Juhl',
    ]);
    expect(
      await ranking
        .getByRole('row', { name: /Sara Dahl/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['1', '0 · 0 · 1', 'Not available', 'Not available']);
    await page.getByText('Shared by 2 employees').waitFor();
    await expectAccessible(page, 'the accounts page');
  });

  it('adds an account by handle, refuses an unknown one in words, and sets a follower goal with a forecast', async () => {
    bluesky.addProfile({
      handle: 'ny.bsky.social',
      displayName: 'Ny Kollega',
      followers: 12,
    });
    await openAs(page, server, 'admin', '/accounts');
    await page.getByRole('button', { name: 'Add account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an account' });
    await dialog.getByLabel('Handle or profile URL').fill('ukendt.bsky.social');
    await dialog.getByRole('button', { name: 'Add account' }).click();
    await dialog
      .getByText(
        'No account was found at ukendt.bsky.social. Check the spelling, or paste the profile’s address from the browser.',
      )
      .waitFor();
    await dialog.getByLabel('Handle or profile URL').fill('anne.bsky.social');
    await dialog.getByRole('button', { name: 'Add account' }).click();
    await dialog
      .getByText(
        'anne.bsky.social is added already: change its role in the table.',
      )
      .waitFor();
    await expectAccessible(page, 'the account form');
    await dialog.getByLabel('Handle or profile URL').fill('ny.bsky.social');
    await dialog.getByLabel('Employee').check();
    await dialog.getByRole('button', { name: 'Add account' }).click();
    await page
      .getByRole('table', {
        name: 'Accounts with followers and engagement in the period',
      })
      .getByRole('rowheader', { name: /Ny Kollega/ })
      .waitFor();

    await page.getByRole('button', { name: 'Set a goal' }).first().click();
    const goal = page.getByRole('dialog', { name: 'Set a goal' });
    await goal.getByLabel('What to measure').selectOption('followers');
    await goal.getByLabel('Name').fill('1.000 følgere');
    await goal.getByLabel('Target').fill('1000');
    const deadline = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    await goal.getByLabel('Deadline').fill(deadline);
    await goal.getByRole('button', { name: 'Set goal' }).click();
    await page.getByText('940 of 1,000').waitFor();
    // The day chosen is the last day the goal counts, as the card says it.
    const byDay = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeZone: 'Europe/Copenhagen',
    }).format(new Date(`${deadline}T12:00:00Z`));
    await page
      .locator('.goal-card', { hasText: '1.000 følgere' })
      .getByText(`By ${byDay}`, { exact: false })
      .waitFor();
    const goals =
      await server.api<{ name: string; deadline: string }[]>('/goals');
    const copenhagenDay = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Copenhagen',
    });
    const set = goals.find((candidate) => candidate.name === '1.000 følgere')!;
    expect(copenhagenDay.format(new Date(Date.parse(set.deadline) - 1))).toBe(
      deadline,
    );
    expect(copenhagenDay.format(new Date(set.deadline))).not.toBe(deadline);
  });

  it('gathers accounts in a named interest list', async () => {
    await openAs(page, server, 'admin', '/accounts', 'da');
    await page.getByText('Saml jeres felt i lister').waitFor();
    await page.getByRole('button', { name: 'Ny liste' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny interesseliste' });
    await dialog.getByLabel('Navn').fill('Forbilleder i branchen');
    await dialog.getByLabel('Anne Holm').check();
    await dialog.getByLabel('Bo Lind').check();
    await expectAccessible(page, 'the interest list form');
    await dialog.getByRole('button', { name: 'Opret liste' }).click();
    const list = page.locator('.interest-list', {
      hasText: 'Forbilleder i branchen',
    });
    await list.getByText('Anne Holm').waitFor();
    await list.getByText('Bo Lind').waitFor();
    expect(
      (await server.api<{ name: string }[]>('/lists')).map((row) => row.name),
    ).toEqual(['Forbilleder i branchen']);
  });

  it('shows the goals on the overview too, linked to the accounts page', async () => {
    await openAs(page, server, 'viewer', '/');
    await page
      .getByRole('progressbar', { name: 'Progress of Tre opslag om ugen' })
      .waitFor();
    await page.getByRole('link', { name: 'Accounts and goals' }).click();
    await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
  });

  it('takes screenshots of the page in Danish and English at both sizes', async () => {
    for (const language of LANGUAGES) {
      await openAs(page, server, 'admin', '/accounts?period=30d', language);
      await page.locator('.goal-card').first().waitFor();
      await page.locator('.compare-table').waitFor();
      for (const viewport of VIEWPORTS)
        await screenshot(page, 'accounts', viewport, language);
    }
  });

  it('renames an account and changes its role, moving it from the ranking to the comparison', async () => {
    await openAs(page, server, 'admin', '/accounts?period=30d', 'da');
    await page.getByRole('button', { name: 'Ret Lise Juhl' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ret kontoen' });
    await dialog.getByLabel('Navn').fill('Lise Juhl Madsen');
    await dialog.getByLabel('Rolle').selectOption('watched');
    await expectAccessible(page, 'the account change form');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Lise Juhl Madsen er gemt.').waitFor();
    const comparison = page.getByRole('table', {
      name: 'Egne konti og forbilleder side om side',
    });
    await comparison
      .getByRole('columnheader', { name: 'Lise Juhl Madsen' })
      .waitFor();
    const ranking = page.getByRole('table', {
      name: 'Medarbejdere efter delinger af virksomhedens indhold',
    });
    expect(
      await ranking.locator('.account-cell__name').allTextContents(),
    ).not.toContain('Lise Juhl Madsen');
    expect(
      await page.getByLabel('Rolle for Lise Juhl Madsen').inputValue(),
    ).toBe('watched');

    await page.getByRole('button', { name: 'Ret målet 1.000 følgere' }).click();
    const goal = page.getByRole('dialog', { name: 'Ret målet' });
    await goal.getByLabel('Navn').fill('1.200 følgere');
    await goal.getByRole('textbox', { name: /^Mål/ }).fill('1200');
    await goal.getByRole('button', { name: 'Gem' }).click();
    await page
      .locator('.goal-card', { hasText: '1.200 følgere' })
      .getByText('940 af 1.200')
      .waitFor();
  });

  it('tells a viewer what an empty page is for', async () => {
    const empty = await startLytServer();
    try {
      await openAs(page, empty, 'viewer', '/accounts', 'da');
      // A viewer cannot add: the page says who does, not "add your own account first".
      await page.getByText('Ingen konti endnu', { exact: true }).waitFor();
      await page
        .getByText(/^En administrator tilføjer virksomhedens egne konti/)
        .waitFor();
      expect(
        await page.getByText('Tilføj først jeres egen konto').count(),
      ).toBe(0);
      await expectAccessible(page, 'the empty accounts page');
      for (const viewport of VIEWPORTS)
        await screenshot(page, 'accounts-empty', viewport, 'da');
      await openAs(page, empty, 'viewer', '/accounts', 'en');
      await page.getByText('No accounts yet', { exact: true }).waitFor();
      for (const viewport of VIEWPORTS)
        await screenshot(page, 'accounts-empty', viewport, 'en');

      // The admin is offered the next step in each empty part, with its role chosen.
      const admin = await browser.context.newPage();
      await openAs(admin, empty, 'admin', '/accounts', 'da');
      await admin.getByRole('button', { name: 'Tilføj konto' }).click();
      const dialog = admin.getByRole('dialog', { name: 'Tilføj en konto' });
      expect(await dialog.getByLabel('Egen').isChecked()).toBe(true);
      feeds.serve('/egen.xml', {
        items: [
          {
            guid: 'egen-1',
            title: 'Velkommen',
            text: 'Vi åbner bloggen i dag.',
            publishedAt: ago(DAY),
          },
        ],
      });
      await dialog
        .getByLabel('Handle eller profil-URL')
        .fill(`${feeds.url}/egen.xml`);
      await dialog.getByRole('button', { name: 'Tilføj konto' }).click();
      await admin.getByText('Tilføj de konti i jeres felt').waitFor();
      await admin.getByRole('button', { name: 'Tilføj et forbillede' }).click();
      expect(
        await admin
          .getByRole('dialog', { name: 'Tilføj en konto' })
          .getByLabel('Forbillede')
          .isChecked(),
      ).toBe(true);
      await admin.keyboard.press('Escape');
      await admin
        .getByRole('button', { name: 'Tilføj en medarbejder' })
        .click();
      expect(
        await admin
          .getByRole('dialog', { name: 'Tilføj en konto' })
          .getByLabel('Medarbejder')
          .isChecked(),
      ).toBe(true);
      await admin.keyboard.press('Escape');
      for (const viewport of VIEWPORTS)
        await screenshot(admin, 'accounts-start', viewport, 'da');
      expect(await cspViolations(admin)).toEqual([]);
      await admin.close();
    } finally {
      await empty.stop();
    }
  });
});
