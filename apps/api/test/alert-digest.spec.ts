import { join } from 'node:path';
import { Client } from 'pg';
import {
  nextBucket,
  type AlertRule,
  type AlertWebhookPayload,
} from '@lyt/contracts';
import { AlertChecks } from '../src/modules/alerts/alert-checks.service';
import { renderMail } from '../src/modules/alerts/alert-mail.util';
import { mentionsText } from '../src/modules/alerts/alert-text.util';
import {
  duePeriod,
  previousPeriod,
} from '../src/modules/alerts/alert-schedule.util';
import { openChromium, SCREENSHOTS } from './support/chromium';
import { SmtpReceiver, WebhookReceiver } from '@lyt/testing';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

const HOUR = 3_600_000;

interface Seed {
  topic: string;
  at: Date;
  title: string;
  sentiment?: ['positive' | 'neutral' | 'negative', number];
  copies?: number;
}

/** A week of mentions seeded into the database, summed up by the weekly digest as leaders get it. */
describe('the weekly digest', () => {
  let database: TestDatabase;
  let db: Client;
  let app: TestApp;
  let smtp: SmtpReceiver;
  let receiver: WebhookReceiver;
  const week = duePeriod('weekly', 7, new Date());
  const before = previousPeriod(week);
  const topics: Record<string, string> = {};
  let source = '';
  let copySource = '';
  let guid = 0;

  const days = (from: Date, count: number) => {
    const starts = [from];
    while (starts.length < count)
      starts.push(nextBucket(starts.at(-1)!, 'day'));
    return starts;
  };

  async function seed(specs: Seed[]): Promise<void> {
    for (const spec of specs) {
      const [label, score] = spec.sentiment ?? ['neutral', 0];
      const { rows } = await db.query(
        `WITH i AS (INSERT INTO item (source_id, guid, title, text, url, author, published_at, sentiment_label, sentiment_score, language)
         VALUES ($1, $2, $3, $4, $5, '@journalist', $6, $7, $8, 'da') RETURNING id), st AS (INSERT INTO item_stream (seq, item_id) SELECT nextval('item_seq'), id FROM i) SELECT id FROM i`,
        [
          source,
          `g${++guid}`,
          spec.title,
          `${spec.title}. Mere om sagen.`,
          `https://nyheder.dk/${guid}`,
          spec.at,
          label,
          score,
        ],
      );
      await db.query(
        `INSERT INTO mention (item_id, topic_id) VALUES ($1, $2)`,
        [rows[0].id, topics[spec.topic]],
      );
      for (let copy = 0; copy < (spec.copies ?? 0); copy++)
        await db.query(
          `WITH i AS (INSERT INTO item (source_id, guid, title, text, published_at, duplicate_of)
           VALUES ($1, $2, $3, 'kopi', $4, $5) RETURNING id), st AS (INSERT INTO item_stream (seq, item_id) SELECT nextval('item_seq'), id FROM i) SELECT id FROM i`,
          [
            copySource,
            `c${++guid}`,
            spec.title,
            new Date(spec.at.getTime() + HOUR),
            rows[0].id,
          ],
        );
    }
  }

  /** `count` mentions of a topic on each of the days, at ten in the morning. */
  const daily = (topic: string, starts: Date[], perDay: number[]): Seed[] =>
    starts.flatMap((day, index) =>
      Array.from({ length: perDay[index]! }, (_, n) => ({
        topic,
        at: new Date(day.getTime() + 10 * HOUR + n * 60_000),
        title: `${topic} dag ${index + 1} nr. ${n + 1}`,
      })),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    [smtp, receiver] = await Promise.all([
      new SmtpReceiver().start(),
      new WebhookReceiver().start(),
    ]);
    app = await startTestApp(database.url, {
      LYT_SMTP_URL: smtp.url,
      LYT_MAIL_FROM: 'Lyt <lyt@lyt.test>',
      LYT_PUBLIC_URL: 'https://lyt.nordlys.dk',
    });
    db = new Client({ connectionString: database.url });
    await db.connect();
    for (const [name, kind, color] of [
      ['Nordlys', 'company', '#0057b8'],
      ['Solstrøm', 'competitor', '#e4572e'],
      ['Grøn energi', 'industry', '#2a9d8f'],
    ]) {
      const { rows } = await db.query(
        `INSERT INTO topic (name, kind, query, color) VALUES ($1, $2, $3, $4) RETURNING id`,
        [name, kind, name!.toLowerCase(), color],
      );
      topics[name!] = rows[0].id;
    }
    const inserted = await db.query(
      `INSERT INTO source (name, url, next_poll_at) VALUES
         ('Nyheder', 'https://nyheder.dk/rss', now() + interval '1 day'),
         ('Genudgivelser', 'https://kopi.dk/rss', now() + interval '1 day'),
         ('Børsen RSS', 'https://borsen.dk/rss', now() + interval '1 day') RETURNING id`,
    );
    [source, copySource] = inserted.rows.map((row) => row.id);
    await db.query(
      `UPDATE source SET error_count = 4, last_error = 'HTTP 503 Service Unavailable from https://borsen.dk/rss',
                         last_ok_at = now() - interval '2 days' WHERE id = $1`,
      [inserted.rows[2].id],
    );
    const thisWeek = days(week.from, 7);
    const lastWeek = days(before.from, 7);
    await seed([
      // Nordlys: 2 a day, 18 on Wednesday (a spike), 30 in all; 14 the week before.
      ...daily('Nordlys', thisWeek, [2, 2, 17, 2, 2, 2, 2]),
      {
        topic: 'Nordlys',
        at: new Date(thisWeek[2]!.getTime() + 12 * HOUR),
        title: 'Nordlys lukker fabrikken i Ærøskøbing',
        copies: 3,
      },
      ...daily('Nordlys', lastWeek, [2, 2, 2, 2, 2, 2, 2]),
      // Solstrøm: 3 a day (21), 4 a day the week before (28).
      ...daily('Solstrøm', thisWeek, [3, 3, 3, 3, 3, 3, 3]),
      ...daily('Solstrøm', lastWeek, [4, 4, 4, 4, 4, 4, 4]),
      // Grøn energi: 1 a day both weeks.
      ...daily('Grøn energi', thisWeek, [1, 1, 1, 1, 1, 1, 1]),
      ...daily('Grøn energi', lastWeek, [1, 1, 1, 1, 1, 1, 1]),
    ]);
    await db.query(
      `UPDATE item SET sentiment_label = 'negative', sentiment_score = -0.9 WHERE title = 'Nordlys dag 4 nr. 1'`,
    );
    await db.query(
      `UPDATE item SET sentiment_label = 'negative', sentiment_score = -0.4 WHERE title = 'Nordlys dag 5 nr. 2'`,
    );
    await db.query(
      `UPDATE item SET sentiment_label = 'positive', sentiment_score = 0.5 WHERE title LIKE 'Solstrøm dag 1 %'`,
    );
    // Outside the week: neither counted nor named.
    await seed([
      {
        topic: 'Nordlys',
        at: new Date(week.to.getTime() + HOUR),
        title: 'Nordlys i dag',
      },
    ]);
  });
  afterAll(async () => {
    await db.end();
    await app.close();
    await Promise.all([smtp.stop(), receiver.stop()]);
    await database.drop();
  });

  async function digestRule(
    channel: unknown,
    language: 'da' | 'en',
  ): Promise<AlertRule> {
    const response = await app.request('/api/alert-rules', {
      method: 'POST',
      body: {
        name: 'Ugens overblik',
        trigger: 'digest',
        every: 'weekly',
        language,
        channel,
      },
    });
    expect(response.status).toBe(201);
    const rule = (await response.json()) as AlertRule;
    // As if it had been set up before the week began: its digest is due now.
    await db.query(`UPDATE alert_rule SET created_at = $2 WHERE id = $1`, [
      rule.id,
      before.from,
    ]);
    return rule;
  }

  it('sends the week’s figures to a webhook: volume and change, share of voice, sentiment, spikes, mentions, failing sources', async () => {
    const rule = await digestRule({ type: 'webhook', url: receiver.url }, 'en');
    await app.app.get(AlertChecks).digests(new Date());
    await receiver.waitForAccepted(1);
    const { digest, text, count } = JSON.parse(
      receiver.accepted[0]!.body,
    ) as AlertWebhookPayload;

    expect(digest).toMatchObject({
      every: 'weekly',
      from: week.from.toISOString(),
      to: week.to.toISOString(),
      total: 58,
      previousTotal: 49,
    });
    expect(count).toBe(58);
    const row = (name: string) =>
      digest!.topics.find((topic) => topic.topic.name === name)!;
    expect(digest!.topics.map((topic) => topic.topic.name)).toEqual([
      'Nordlys',
      'Solstrøm',
      'Grøn energi',
    ]);
    expect(row('Nordlys')).toMatchObject({
      mentions: 30,
      previous: 14,
      negative: 2,
      topic: { color: '#0057b8' },
    });
    expect(row('Nordlys').change).toBeCloseTo(16 / 14);
    expect(row('Nordlys').share).toBeCloseTo(30 / 58);
    expect(row('Solstrøm')).toMatchObject({
      mentions: 21,
      previous: 28,
      change: -0.25,
      positive: 3,
    });
    expect(row('Grøn energi')).toMatchObject({
      mentions: 7,
      previous: 7,
      change: 0,
    });
    expect(digest!.spikes).toEqual([
      expect.objectContaining({
        topic: expect.objectContaining({ name: 'Nordlys' }),
        count: 18,
        baseline: 2,
        t: days(week.from, 7)[2]!.toISOString(),
      }),
    ]);
    expect(digest!.topMentions[0]).toMatchObject({
      title: 'Nordlys lukker fabrikken i Ærøskøbing',
      sources: 4,
    });
    expect(digest!.topMentions.slice(1).map((m) => m.sources)).toEqual([
      1, 1, 1, 1,
    ]);
    expect(digest!.topMentions).toHaveLength(5);
    expect(digest!.negativeMentions.map((m) => m.title)).toEqual([
      'Nordlys dag 4 nr. 1',
      'Nordlys dag 5 nr. 2',
    ]);
    expect(digest!.failingSources).toEqual([
      expect.objectContaining({
        source: expect.objectContaining({ name: 'Børsen RSS' }),
        state: 'failing',
        errorCount: 4,
      }),
    ]);
    expect(digest!.goals).toEqual([]);
    expect(text.split('\n')[0]).toMatch(
      /^Weekly summary \d+( \w+)?\s?–\s?\d+ \w+: 58 mentions \(\+18 %\)$/,
    );
    expect(text).toContain('• Nordlys: 30 (+114 %)');
    expect(text).toContain('• Solstrøm: 21 (−25 %)');
    expect(text).toContain('• Grøn energi: 7 (±0 %)');

    // Due once: the next check finds it sent.
    await app.app.get(AlertChecks).digests(new Date());
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM alert_event WHERE rule_id = $1`,
      [rule.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('e-mails it in Danish, as a table-based page that a phone shows well, in the topics’ colours', async () => {
    const goal = await app.request('/api/goals', {
      method: 'POST',
      body: {
        name: 'Omtaler af Nordlys i år',
        metric: 'mentions',
        target: 5000,
        startsAt: before.from.toISOString(),
        deadline: new Date(Date.now() + 30 * 24 * HOUR).toISOString(),
      },
    });
    expect(goal.status).toBe(201);
    await digestRule({ type: 'email', to: 'direktion@nordlys.dk' }, 'da');
    await app.app.get(AlertChecks).digests(new Date());
    await smtp.waitForMails(1);
    const { parsed } = smtp.mails[0]!;
    const html = parsed.html as string;

    expect(parsed.subject).toMatch(
      /^Ugeoverblik \d+\.( \w+)?\s?–\s?\d+\. \w+: 58 omtaler \(\+18 %\)$/,
    );
    expect(parsed.text).toContain('• Nordlys: 30 (+114 %)');
    expect(parsed.text).toContain('https://lyt.nordlys.dk/settings');
    // Goals' progress, when there are goals.
    expect(parsed.text).toMatch(
      /• Omtaler af Nordlys i år: [\d.]+ af 5\.000, /,
    );
    expect(html).toContain('>Mål<');
    expect(html).toContain('Omtaler af Nordlys i år');
    // Structure mail clients render alike: a viewport, nested presentation tables at most 600 px, no <style>, no script.
    expect(html).toMatch(
      /<meta name="viewport" content="width=device-width, initial-scale=1">/,
    );
    expect(html).toContain('max-width:600px');
    expect(html).not.toMatch(/<style|<script|<link/i);
    expect(html.match(/<table role="presentation"/g)!.length).toBeGreaterThan(
      6,
    );
    const tags = html.match(/<(td|th|p|h1|h2|a)\b[^>]*>/g)!;
    expect(tags.filter((tag) => !/style="/.test(tag))).toEqual([]);
    for (const title of [
      'Emner',
      'Stemning',
      'Stigninger',
      'Vigtigste omtaler',
      'Mest negative',
      'Kilder med fejl',
    ])
      expect(html).toContain(`>${title}</h2>`);
    // The topics' colours: a swatch by each name and the share-of-voice bar.
    for (const colour of ['#0057b8', '#e4572e', '#2a9d8f'])
      expect(
        html.match(new RegExp(`background-color:${colour}`, 'g'))!.length,
      ).toBeGreaterThanOrEqual(2);
    expect(html).toMatch(
      /Nordlys<\/td><td[^>]*>30<\/td><td[^>]*>\+114 %<\/td><td[^>]*>52 %<\/td>/,
    );
    expect(html).toMatch(
      /Solstrøm<\/td><td[^>]*>21<\/td><td[^>]*>−25 %<\/td><td[^>]*>36 %<\/td>/,
    );
    expect(html).toMatch(
      /18 omtaler af Nordlys onsdag \d+\. \w+ \(normalt 2\)/,
    );
    expect(html).toMatch(
      /Nordlys lukker fabrikken i Ærøskøbing<\/a>[\s\S]*?i 4 kilder/,
    );
    expect(html).toContain('Børsen RSS');
    expect(html).toContain('HTTP 503 Service Unavailable');
    expect(html).not.toContain('Nordlys i dag');
  });

  it('reads on a phone and on a desktop, in Danish and English, without scrolling sideways, and so does an alert mail', async () => {
    await digestRule({ type: 'email', to: 'board@nordlys.dk' }, 'en');
    await app.app.get(AlertChecks).digests(new Date());
    await smtp.waitForMails(2);
    const digestMails = { da: smtp.mails[0]!, en: smtp.mails[1]! };
    expect(digestMails.en.parsed.subject).toMatch(
      /^Weekly summary .*: 58 mentions \(\+18 %\)$/,
    );
    expect(digestMails.en.parsed.html).toContain(
      '>Most important mentions</h2>',
    );
    // An alert mail beside it, made of the week's real mentions.
    const { digest } = JSON.parse(
      receiver.accepted[0]!.body,
    ) as AlertWebhookPayload;
    const alert = (language: 'da' | 'en') => {
      const mentions = digest!.topMentions.slice(0, 4);
      const text = mentionsText(
        'Negativt om Nordlys',
        mentions,
        9,
        25 * 60_000,
        language,
      );
      return renderMail(
        {
          rule: { id: 'r', name: 'Negativt om Nordlys' },
          trigger: 'mention',
          test: false,
          text: text.text,
          count: 9,
          mentions,
        },
        language,
        'https://lyt.nordlys.dk/settings',
      ).html;
    };
    const pages = {
      'alert-digest-mail-da': digestMails.da.parsed.html as string,
      'alert-digest-mail-en': digestMails.en.parsed.html as string,
      'alert-mail-da': alert('da'),
      'alert-mail-en': alert('en'),
    };

    const chromium = await openChromium();
    try {
      for (const [name, html] of Object.entries(pages)) {
        for (const [width, height] of [
          [390, 844],
          [1024, 768],
          [1600, 900],
        ] as const) {
          const page = await chromium.context.newPage();
          await page.setViewportSize({ width, height });
          await page.setContent(html);
          // A string, evaluated in the page: the api's TypeScript knows no DOM.
          const layout = (await page.evaluate(`({
            scrollWidth: document.documentElement.scrollWidth,
            card: document.querySelector('table table').getBoundingClientRect().width,
            smallest: Math.min(...[...document.querySelectorAll('td, p, a, span')]
              .filter((node) => node.textContent.replace(/\\u00a0/g, '').trim() !== '')
              .map((node) => parseFloat(getComputedStyle(node).fontSize))),
          })`)) as { scrollWidth: number; card: number; smallest: number };
          expect(layout.scrollWidth).toBeLessThanOrEqual(width);
          expect(layout.card).toBeLessThanOrEqual(600);
          expect(layout.smallest).toBeGreaterThanOrEqual(12);
          await page.screenshot({
            path: join(
              SCREENSHOTS,
              `${name.slice(0, -3)}-${width}x${height}-${name.slice(-2)}.png`,
            ),
            fullPage: true,
          });
          await page.close();
        }
      }
    } finally {
      await chromium.close();
    }
  });
});
