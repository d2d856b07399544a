import type {
  AlertDigest,
  AlertLanguage,
  AlertSourceState,
  AlertWebhookPayload,
  DigestTopic,
  Mention,
} from '@lyt/contracts';
import {
  digestChange,
  digestTitle,
  formatChange,
  formatDate,
  formatNumber,
  goalLine,
  LISTED_ITEMS,
  spikeLine,
  words,
} from './alert-text.util';

/**
 * E-mail that reads well in Gmail, Outlook and on a phone: tables for layout,
 * every style inline (many clients drop <style>), one column at most 600 px
 * wide, text of at least 14 px, and a plain-text part saying the same.
 */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const FONT =
  "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const INK = '#111827';
const MUTED = '#4b5563';
const LINE = '#e5e7eb';
const SENTIMENT_COLOURS = {
  positive: '#15803d',
  neutral: '#9ca3af',
  negative: '#b91c1c',
} as const;

const LABELS = {
  da: {
    mentions: 'Omtaler',
    change: 'Ændring',
    share: 'Andel',
    total: (n: string) => `${n} omtaler i alt`,
    previously: (n: string) => `mod ${n} i perioden før`,
    topics: 'Emner',
    sentiment: 'Stemning',
    sentimentLegend: ['positive', 'neutrale', 'negative'],
    spikes: 'Stigninger',
    noSpikes: 'Ingen usædvanlige stigninger.',
    top: 'Vigtigste omtaler',
    topNote: 'Bragt af flest kilder, ellers de nyeste',
    negative: 'Mest negative',
    noMentions: 'Ingen omtaler i perioden.',
    failing: 'Kilder med fejl',
    noFailing: 'Alle kilder virker.',
    goals: 'Mål',
    since: 'siden',
    footer: (rule: string) => `Denne mail kommer fra reglen »${rule}« i Lyt.`,
    settings: 'Ret eller slå den fra under Indstillinger',
  },
  en: {
    mentions: 'Mentions',
    change: 'Change',
    share: 'Share',
    total: (n: string) => `${n} mentions in total`,
    previously: (n: string) => `against ${n} in the period before`,
    topics: 'Topics',
    sentiment: 'Sentiment',
    sentimentLegend: ['positive', 'neutral', 'negative'],
    spikes: 'Spikes',
    noSpikes: 'No unusual spikes.',
    top: 'Most important mentions',
    topNote: 'Carried by the most sources, then the newest',
    negative: 'Most negative',
    noMentions: 'No mentions in this period.',
    failing: 'Failing sources',
    noFailing: 'All sources work.',
    goals: 'Goals',
    since: 'since',
    footer: (rule: string) =>
      `This e-mail comes from the rule “${rule}” in Lyt.`,
    settings: 'Change or turn it off in Settings',
  },
} as const;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only http(s) links: a feed's javascript: URL must not become a link in a mail. */
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** A colour from a topic is written by an admin: only #rrggbb reaches a style attribute. */
function safeColour(colour: string): string {
  return /^#[0-9a-f]{6}$/i.test(colour) ? colour : '#6b7280';
}

/** `noteHtml` is markup this module wrote, never text from outside. */
function section(title: string, body: string, noteHtml?: string): string {
  return `<tr><td style="padding:20px 24px 0 24px;">
<h2 style="margin:0 0 4px 0;font-family:${FONT};font-size:17px;line-height:24px;color:${INK};">${escapeHtml(title)}</h2>${
    noteHtml
      ? `<p style="margin:0 0 8px 0;font-family:${FONT};font-size:13px;line-height:18px;color:${MUTED};">${noteHtml}</p>`
      : ''
  }
${body}
</td></tr>`;
}

function paragraph(text: string): string {
  return `<p style="margin:0;font-family:${FONT};font-size:15px;line-height:22px;color:${MUTED};">${escapeHtml(text)}</p>`;
}

/** A bar of coloured cells whose widths are the shares (0…1). */
function bar(parts: { share: number; colour: string }[]): string {
  const cells = parts
    .filter((part) => part.share > 0)
    .map(
      (part) =>
        `<td width="${Math.max(1, Math.round(part.share * 100))}%" style="background-color:${part.colour};height:8px;font-size:0;line-height:0;">&nbsp;</td>`,
    );
  const used = parts.reduce((sum, part) => sum + part.share, 0);
  if (used < 0.995)
    cells.push(
      `<td style="background-color:${LINE};height:8px;font-size:0;line-height:0;">&nbsp;</td>`,
    );
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;"><tr>${cells.join('')}</tr></table>`;
}

function mentionBlock(
  mention: Mention & { sources?: number },
  language: AlertLanguage,
): string {
  const url = safeUrl(mention.url);
  const title = escapeHtml(
    mention.title ??
      (mention.text.length > 140
        ? `${mention.text.slice(0, 139)}…`
        : mention.text),
  );
  const heading = url
    ? `<a href="${escapeHtml(url)}" style="color:#1d4ed8;text-decoration:underline;">${title}</a>`
    : title;
  const meta = [
    mention.source.name,
    mention.author,
    formatDate(new Date(mention.publishedAt), language, false),
    mention.topics.map((topic) => topic.name).join(', '),
    mention.sources && mention.sources > 1
      ? words(language).carriedBy(mention.sources)
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const snippet =
    mention.title && mention.text
      ? `<p style="margin:4px 0 0 0;font-family:${FONT};font-size:14px;line-height:20px;color:${INK};">${escapeHtml(
          mention.text.length > 220
            ? `${mention.text.slice(0, 219)}…`
            : mention.text,
        )}</p>`
      : '';
  return `<tr><td style="padding:10px 0;border-bottom:1px solid ${LINE};">
<p style="margin:0;font-family:${FONT};font-size:15px;line-height:22px;font-weight:600;color:${INK};">${heading}</p>
<p style="margin:2px 0 0 0;font-family:${FONT};font-size:13px;line-height:18px;color:${MUTED};">${escapeHtml(meta)}</p>${snippet}
</td></tr>`;
}

function list(rows: string[]): string {
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">${rows.join('')}</table>`;
}

function sourceRow(state: AlertSourceState, language: AlertLanguage): string {
  const l = LABELS[language];
  return `<tr><td style="padding:8px 0;border-bottom:1px solid ${LINE};font-family:${FONT};font-size:14px;line-height:20px;color:${INK};">
<strong>${escapeHtml(state.source.name)}</strong> <span style="color:${MUTED};">${escapeHtml(state.source.url)}</span><br>
<span style="color:${MUTED};">${l.since} ${escapeHtml(formatDate(new Date(state.failingSince), language, false))}${
    state.lastError ? ` · ${escapeHtml(state.lastError)}` : ''
  }</span>
</td></tr>`;
}

function textRow(text: string): string {
  return `<tr><td style="padding:8px 0;border-bottom:1px solid ${LINE};font-family:${FONT};font-size:14px;line-height:20px;color:${INK};">${escapeHtml(text)}</td></tr>`;
}

function topicTable(topics: DigestTopic[], language: AlertLanguage): string {
  const l = LABELS[language];
  const head = (text: string, align: string) =>
    `<th align="${align}" style="padding:6px 4px;font-family:${FONT};font-size:12px;line-height:16px;font-weight:600;color:${MUTED};border-bottom:1px solid ${LINE};">${escapeHtml(text)}</th>`;
  const rows = topics.map((row) => {
    const colour = safeColour(row.topic.color);
    const change = formatChange(row.change, language) ?? '–';
    const changeColour =
      row.change === null || row.change === 0
        ? MUTED
        : row.change > 0
          ? '#15803d'
          : '#b91c1c';
    const cell = (content: string, align = 'right', extra = '') =>
      `<td align="${align}" style="padding:8px 4px;font-family:${FONT};font-size:15px;line-height:20px;color:${INK};border-bottom:1px solid ${LINE};${extra}">${content}</td>`;
    return `<tr>${cell(
      `<span style="display:inline-block;width:10px;height:10px;border-radius:2px;background-color:${colour};"></span>&nbsp;${escapeHtml(row.topic.name)}`,
      'left',
      'word-break:break-word;',
    )}${cell(formatNumber(row.mentions, language))}${cell(
      escapeHtml(change),
      'right',
      `color:${changeColour};white-space:nowrap;`,
    )}${cell(row.share === null ? '–' : `${formatNumber(Math.round(row.share * 100), language)} %`)}</tr>`;
  });
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">
<tr>${head('', 'left')}${head(l.mentions, 'right')}${head(l.change, 'right')}${head(l.share, 'right')}</tr>
${rows.join('\n')}
</table>`;
}

function voiceBar(topics: DigestTopic[]): string {
  const voiced = topics.filter((row) => row.share !== null && row.share > 0);
  if (voiced.length === 0) return '';
  return `<div style="padding-top:10px;">${bar(
    voiced.map((row) => ({
      share: row.share!,
      colour: safeColour(row.topic.color),
    })),
  )}</div>`;
}

function sentimentRows(
  topics: DigestTopic[],
  language: AlertLanguage,
): string[] {
  return topics
    .filter((row) => row.mentions > 0)
    .map((row) => {
      const total = row.positive + row.neutral + row.negative;
      const share = (count: number) => (total === 0 ? 0 : count / total);
      return `<tr><td style="padding:8px 0;border-bottom:1px solid ${LINE};">
<p style="margin:0 0 4px 0;font-family:${FONT};font-size:14px;line-height:20px;color:${INK};">${escapeHtml(row.topic.name)} <span style="color:${MUTED};">${[
        row.positive,
        row.neutral,
        row.negative,
      ]
        .map((count) => formatNumber(count, language))
        .join(' · ')}</span></p>
${bar([
  { share: share(row.positive), colour: SENTIMENT_COLOURS.positive },
  { share: share(row.neutral), colour: SENTIMENT_COLOURS.neutral },
  { share: share(row.negative), colour: SENTIMENT_COLOURS.negative },
])}
</td></tr>`;
    });
}

function page(
  language: AlertLanguage,
  title: string,
  ruleName: string,
  lead: string,
  sections: string[],
  settingsUrl: string,
): string {
  const l = LABELS[language];
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;border-collapse:collapse;">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border-collapse:separate;border-radius:8px;">
<tr><td style="padding:20px 24px 0 24px;font-family:${FONT};font-size:13px;line-height:18px;color:${MUTED};">Lyt · ${escapeHtml(ruleName)}</td></tr>
<tr><td style="padding:4px 24px 0 24px;"><h1 style="margin:0;font-family:${FONT};font-size:22px;line-height:28px;color:${INK};">${escapeHtml(title)}</h1></td></tr>
${lead}
${sections.join('\n')}
<tr><td style="padding:24px;font-family:${FONT};font-size:13px;line-height:18px;color:${MUTED};">${escapeHtml(l.footer(ruleName))} <a href="${escapeHtml(settingsUrl)}" style="color:#1d4ed8;">${escapeHtml(l.settings)}</a>.</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

function digestHtml(
  title: string,
  ruleName: string,
  digest: AlertDigest,
  language: AlertLanguage,
  settingsUrl: string,
): string {
  const l = LABELS[language];
  const change = formatChange(digestChange(digest), language);
  const lead = `<tr><td style="padding:12px 24px 0 24px;font-family:${FONT};">
<p style="margin:0;font-size:32px;line-height:38px;font-weight:700;color:${INK};">${formatNumber(digest.total, language)}${
    change
      ? ` <span style="font-size:18px;font-weight:600;color:${digest.total >= digest.previousTotal ? '#15803d' : '#b91c1c'};">${escapeHtml(change)}</span>`
      : ''
  }</p>
<p style="margin:2px 0 0 0;font-size:14px;line-height:20px;color:${MUTED};">${escapeHtml(
    `${l.total(formatNumber(digest.total, language))}, ${l.previously(formatNumber(digest.previousTotal, language))}`,
  )}</p>
</td></tr>`;
  const sentiment = sentimentRows(digest.topics, language);
  const sections = [
    section(
      l.topics,
      topicTable(digest.topics, language) + voiceBar(digest.topics),
    ),
    section(
      l.sentiment,
      sentiment.length ? list(sentiment) : paragraph(l.noMentions),
      l.sentimentLegend
        .map(
          (word, index) =>
            // The bar's grey is too light for text: the word takes the muted ink.
            `<span style="color:${[SENTIMENT_COLOURS.positive, MUTED, SENTIMENT_COLOURS.negative][index]};font-weight:600;">${escapeHtml(word)}</span>`,
        )
        .join(' · '),
    ),
    section(
      l.spikes,
      digest.spikes.length
        ? list(
            digest.spikes
              .slice(0, LISTED_ITEMS)
              .map((spike) => textRow(spikeLine(spike, language))),
          )
        : paragraph(l.noSpikes),
    ),
    section(
      l.top,
      digest.topMentions.length
        ? list(
            digest.topMentions.map((mention) =>
              mentionBlock(mention, language),
            ),
          )
        : paragraph(l.noMentions),
      escapeHtml(l.topNote),
    ),
    ...(digest.negativeMentions.length
      ? [
          section(
            l.negative,
            list(
              digest.negativeMentions.map((mention) =>
                mentionBlock(mention, language),
              ),
            ),
          ),
        ]
      : []),
    section(
      l.failing,
      digest.failingSources.length
        ? list(digest.failingSources.map((state) => sourceRow(state, language)))
        : paragraph(l.noFailing),
    ),
    ...(digest.goals.length
      ? [
          section(
            l.goals,
            list(
              digest.goals.map((goal) =>
                textRow(goalLine(goal, language, true)),
              ),
            ),
          ),
        ]
      : []),
  ];
  return page(language, title, ruleName, lead, sections, settingsUrl);
}

function alertHtml(
  payload: AlertWebhookPayload,
  headline: string,
  language: AlertLanguage,
  settingsUrl: string,
): string {
  const w = words(language);
  const rows: string[] = [];
  rows.push(
    ...payload.mentions
      .slice(0, LISTED_ITEMS)
      .map((mention) => mentionBlock(mention, language)),
  );
  rows.push(
    ...(payload.spikes ?? [])
      .slice(0, LISTED_ITEMS)
      .map((spike) => textRow(spikeLine(spike, language))),
  );
  rows.push(
    ...(payload.sources ?? [])
      .slice(0, LISTED_ITEMS)
      .map((state) => sourceRow(state, language)),
  );
  rows.push(
    ...(payload.goals ?? [])
      .slice(0, LISTED_ITEMS)
      .map((state) => textRow(goalLine(state, language))),
  );
  const shown = rows.length;
  if (payload.count > shown) rows.push(textRow(w.more(payload.count - shown)));
  const body = rows.length
    ? `<tr><td style="padding:12px 24px 0 24px;">${list(rows)}</td></tr>`
    : '';
  return page(language, headline, payload.rule.name, body, [], settingsUrl);
}

/** The mail for a delivery: the digest's own layout, or the alert and its first few items. */
export function renderMail(
  payload: AlertWebhookPayload,
  language: AlertLanguage,
  settingsUrl: string,
): RenderedMail {
  const subject = payload.text.split('\n')[0] ?? payload.rule.name;
  const html = payload.digest
    ? digestHtml(
        `${payload.test ? `${words(language).test}: ` : ''}${digestTitle(payload.digest, language)}`,
        payload.rule.name,
        payload.digest,
        language,
        settingsUrl,
      )
    : alertHtml(payload, subject, language, settingsUrl);
  return { subject, text: `${payload.text}\n\n${settingsUrl}\n`, html };
}
