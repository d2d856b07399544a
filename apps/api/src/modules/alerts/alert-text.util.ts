import type {
  AlertDigest,
  AlertGoalState,
  AlertLanguage,
  AlertSourceState,
  AlertSpike,
  GoalForecastStatus,
  Mention,
} from '@lyt/contracts';

/** How many items a message lists by name; the rest are counted. */
export const LISTED_ITEMS = 5;

const TIME_ZONE = 'Europe/Copenhagen';
const LOCALE: Record<AlertLanguage, string> = { da: 'da-DK', en: 'en-GB' };

interface Words {
  mentions(count: number): string;
  newMentions(count: number): string;
  of: string;
  in: string;
  and: string;
  others(count: number): string;
  more(count: number): string;
  minutes(count: number): string;
  hours(count: number): string;
  days(count: number): string;
  spike: string;
  spikes(count: number): string;
  inHourFrom(time: string): string;
  onDay(date: string): string;
  usually(baseline: string): string;
  sourceFailing(duration: string): string;
  sourcesFailing(count: number): string;
  sourceRecovered: string;
  sourcesRecovered(count: number): string;
  daily(date: string): string;
  weekly(range: string): string;
  carriedBy(count: number): string;
  goalReached(name: string): string;
  goalBehind(name: string): string;
  goals(count: number): string;
  goalLine(current: string, target: string): string;
  goalShort(shortfall: string): string;
  goalEnds(date: string): string;
  goalStatus: Record<GoalForecastStatus, string>;
  test: string;
  testEmpty: string;
}

const WORDS: Record<AlertLanguage, Words> = {
  en: {
    mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
    newMentions: (n) => (n === 1 ? '1 new mention' : `${n} new mentions`),
    of: 'of',
    in: 'in',
    and: 'and',
    others: (n) => `${n} more`,
    more: (n) => `… and ${n} more`,
    minutes: (n) => (n === 1 ? '1 minute' : `${n} minutes`),
    hours: (n) => (n === 1 ? '1 hour' : `${n} hours`),
    days: (n) => (n === 1 ? '1 day' : `${n} days`),
    spike: 'Spike',
    spikes: (n) => `${n} spikes`,
    inHourFrom: (time) => `in the hour from ${time}`,
    onDay: (date) => `on ${date}`,
    usually: (baseline) => `usually ${baseline}`,
    sourceFailing: (duration) => `Source failing for ${duration}`,
    sourcesFailing: (n) => `${n} sources are failing`,
    sourceRecovered: 'Source works again',
    sourcesRecovered: (n) => `${n} sources work again`,
    daily: (date) => `Daily summary for ${date}`,
    weekly: (range) => `Weekly summary ${range}`,
    carriedBy: (n) => (n === 1 ? 'in 1 source' : `in ${n} sources`),
    goalReached: (name) => `Goal reached: ${name}`,
    goalBehind: (name) => `Goal falling behind: ${name}`,
    goals: (n) => `${n} goals changed`,
    goalLine: (current, target) => `${current} of ${target}`,
    goalShort: (shortfall) => `at this pace ${shortfall} short`,
    goalEnds: (date) => `by ${date}`,
    goalStatus: {
      reached: 'reached',
      'on-track': 'on track',
      misses: 'behind',
      unknown: 'too early to tell',
    },
    test: 'Test',
    testEmpty:
      'Lyt can reach this channel. Mentions that match the rule will arrive here.',
  },
  da: {
    mentions: (n) => (n === 1 ? '1 omtale' : `${n} omtaler`),
    newMentions: (n) => (n === 1 ? '1 ny omtale' : `${n} nye omtaler`),
    of: 'af',
    in: 'på',
    and: 'og',
    others: (n) => (n === 1 ? '1 anden' : `${n} andre`),
    more: (n) => `… og ${n} til`,
    minutes: (n) => (n === 1 ? '1 minut' : `${n} minutter`),
    hours: (n) => (n === 1 ? '1 time' : `${n} timer`),
    days: (n) => (n === 1 ? '1 dag' : `${n} dage`),
    spike: 'Stigning',
    spikes: (n) => `${n} stigninger`,
    inHourFrom: (time) => `i timen fra kl. ${time}`,
    onDay: (date) => date,
    usually: (baseline) => `normalt ${baseline}`,
    sourceFailing: (duration) => `Kilde har fejlet i ${duration}`,
    sourcesFailing: (n) => `${n} kilder fejler`,
    sourceRecovered: 'Kilden virker igen',
    sourcesRecovered: (n) => `${n} kilder virker igen`,
    daily: (date) => `Overblik for ${date}`,
    weekly: (range) => `Ugeoverblik ${range}`,
    carriedBy: (n) => (n === 1 ? 'i 1 kilde' : `i ${n} kilder`),
    goalReached: (name) => `Mål nået: ${name}`,
    goalBehind: (name) => `Mål halter bagefter: ${name}`,
    goals: (n) => `${n} mål har ændret sig`,
    goalLine: (current, target) => `${current} af ${target}`,
    goalShort: (shortfall) => `i dette tempo ${shortfall} for lidt`,
    goalEnds: (date) => `inden ${date}`,
    goalStatus: {
      reached: 'nået',
      'on-track': 'på vej',
      misses: 'halter bagefter',
      unknown: 'for tidligt at sige',
    },
    test: 'Test',
    testEmpty:
      'Lyt kan nå denne kanal. Omtaler, der passer til reglen, kommer her.',
  },
};

export function words(language: AlertLanguage): Words {
  return WORDS[language];
}

/** "10 minutes", "3 hours", "2 days": a span as a person says it. */
export function formatDuration(ms: number, language: AlertLanguage): string {
  const w = WORDS[language];
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 120) return w.minutes(minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 48) return w.hours(hours);
  return w.days(Math.round(hours / 24));
}

/** "Nordlys", "Nordlys and LEGO", "Nordlys, LEGO, Novo and 2 more". */
export function formatNames(names: string[], language: AlertLanguage): string {
  const w = WORDS[language];
  const shown = names.length > 4 ? names.slice(0, 3) : names;
  const rest = names.length - shown.length;
  const parts = rest > 0 ? [...shown, w.others(rest)] : shown;
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${w.and} ${parts.at(-1)}`;
}

export function formatTime(at: Date, language: AlertLanguage): string {
  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

export function formatDate(
  at: Date,
  language: AlertLanguage,
  weekday: boolean,
): string {
  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: TIME_ZONE,
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
  }).format(at);
}

export function formatNumber(value: number, language: AlertLanguage): string {
  return new Intl.NumberFormat(LOCALE[language], {
    maximumFractionDigits: 1,
  }).format(value);
}

/** "+12 %", "−5 %", or null when there is nothing to compare with. */
export function formatChange(
  change: number | null,
  language: AlertLanguage,
): string | null {
  if (change === null) return null;
  const percent = Math.round(change * 100);
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(percent), language)} %`;
}

/** A message: its first line (the e-mail subject, the delivery's headline) and the whole text. */
export interface AlertText {
  headline: string;
  text: string;
}

/** The topics a batch of mentions matched, the most frequent first. */
function topicNames(mentions: Mention[]): string[] {
  const counts = new Map<string, number>();
  for (const mention of mentions)
    for (const topic of mention.topics)
      counts.set(topic.name, (counts.get(topic.name) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name]) => name);
}

export function mentionLine(mention: Mention): string {
  const label = mention.title ?? truncate(mention.text, 140);
  const by = [mention.source.name, mention.author].filter(Boolean).join(', ');
  return `• ${label} — ${by}${mention.url ? `\n  ${mention.url}` : ''}`;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function listed<T>(
  items: T[],
  count: number,
  line: (item: T) => string,
  language: AlertLanguage,
): string[] {
  const lines = items.slice(0, LISTED_ITEMS).map(line);
  const rest = count - Math.min(items.length, LISTED_ITEMS);
  if (rest > 0) lines.push(WORDS[language].more(rest));
  return lines;
}

function message(
  headline: string,
  lines: string[],
  ruleName: string,
): AlertText {
  return {
    headline,
    text: [headline, ...lines, `— Lyt: ${ruleName}`].join('\n'),
  };
}

/**
 * "12 new mentions of Nordlys in 10 minutes" and the first few, newest last.
 * `count` may exceed the mentions given: the message counts all, lists some.
 */
export function mentionsText(
  ruleName: string,
  mentions: Mention[],
  count: number,
  spanMs: number,
  language: AlertLanguage,
): AlertText {
  const w = WORDS[language];
  const names = formatNames(topicNames(mentions), language);
  const span =
    count > 1 && spanMs >= 60_000
      ? ` ${w.in} ${formatDuration(spanMs, language)}`
      : '';
  const headline = `${w.newMentions(count)}${names ? ` ${w.of} ${names}` : ''}${span}`;
  return message(
    headline,
    listed(mentions, count, mentionLine, language),
    ruleName,
  );
}

function spikeSubject(spike: AlertSpike): string {
  return spike.topic?.name ?? `#${spike.hashtag}`;
}

export function spikeLine(spike: AlertSpike, language: AlertLanguage): string {
  const w = WORDS[language];
  const at = new Date(spike.t);
  const when =
    spike.bucket === 'day'
      ? w.onDay(formatDate(at, language, true))
      : w.inHourFrom(formatTime(at, language));
  return `${w.mentions(spike.count)} ${w.of} ${spikeSubject(spike)} ${when} (${w.usually(
    formatNumber(spike.baseline, language),
  )})`;
}

export function spikesText(
  ruleName: string,
  spikes: AlertSpike[],
  language: AlertLanguage,
): AlertText {
  const w = WORDS[language];
  const [first] = spikes;
  if (spikes.length === 1 && first)
    return message(`${w.spike}: ${spikeLine(first, language)}`, [], ruleName);
  const headline = `${w.spikes(spikes.length)}: ${formatNames(
    [...new Set(spikes.map(spikeSubject))],
    language,
  )}`;
  return message(
    headline,
    listed(
      spikes,
      spikes.length,
      (spike) => `• ${spikeLine(spike, language)}`,
      language,
    ),
    ruleName,
  );
}

export function sourceLine(state: AlertSourceState): string {
  return `• ${state.source.name} (${state.source.url})${
    state.state === 'failing' && state.lastError ? `: ${state.lastError}` : ''
  }`;
}

export function sourcesText(
  ruleName: string,
  states: AlertSourceState[],
  now: Date,
  language: AlertLanguage,
): AlertText {
  const w = WORDS[language];
  const failing = states.filter((state) => state.state === 'failing');
  const recovered = states.filter((state) => state.state === 'recovered');
  const parts: string[] = [];
  const [onlyFailing] = failing;
  if (failing.length === 1 && onlyFailing)
    parts.push(
      `${w.sourceFailing(
        formatDuration(
          now.getTime() - Date.parse(onlyFailing.failingSince),
          language,
        ),
      )}: ${onlyFailing.source.name}`,
    );
  else if (failing.length > 1) parts.push(w.sourcesFailing(failing.length));
  const [onlyRecovered] = recovered;
  if (recovered.length === 1 && onlyRecovered)
    parts.push(`${w.sourceRecovered}: ${onlyRecovered.source.name}`);
  else if (recovered.length > 1)
    parts.push(w.sourcesRecovered(recovered.length));
  return message(
    parts.join('; '),
    listed(states, states.length, sourceLine, language),
    ruleName,
  );
}

/** "• Følgere på @nordlys: 940 af 1.000, i dette tempo 35 for lidt, inden 31. december". */
export function goalLine(
  state: Pick<AlertGoalState, 'goal' | 'progress'>,
  language: AlertLanguage,
  withStatus = false,
): string {
  const w = WORDS[language];
  const { progress } = state;
  const parts = [
    w.goalLine(
      formatNumber(progress.current, language),
      formatNumber(progress.target, language),
    ),
  ];
  if (withStatus) parts.push(w.goalStatus[progress.status]);
  if (progress.status === 'misses' && progress.shortfall !== null)
    parts.push(w.goalShort(formatNumber(progress.shortfall, language)));
  // The window's end is the midnight after its last day.
  parts.push(
    w.goalEnds(
      formatDate(
        new Date(Date.parse(progress.windowEnd) - 3_600_000),
        language,
        false,
      ),
    ),
  );
  return `• ${state.goal.name}: ${parts.join(', ')}`;
}

/** "Goal reached: 1,000 followers" — one goal by name, several counted. */
export function goalsText(
  ruleName: string,
  states: AlertGoalState[],
  language: AlertLanguage,
): AlertText {
  const w = WORDS[language];
  const [only] = states;
  const headline =
    states.length === 1 && only
      ? only.state === 'reached'
        ? w.goalReached(only.goal.name)
        : w.goalBehind(only.goal.name)
      : w.goals(states.length);
  return message(
    headline,
    listed(
      states,
      states.length,
      (state) => goalLine(state, language),
      language,
    ),
    ruleName,
  );
}

/** "Weekly summary 23–29 November": the digest's title. */
export function digestTitle(
  digest: AlertDigest,
  language: AlertLanguage,
): string {
  const w = WORDS[language];
  const from = new Date(digest.from);
  if (digest.every === 'daily')
    return w.daily(formatDate(from, language, true));
  // The last day of the period: its end is the midnight after it.
  const lastDay = new Date(Date.parse(digest.to) - 3_600_000);
  return w.weekly(
    new Intl.DateTimeFormat(LOCALE[language], {
      timeZone: TIME_ZONE,
      day: 'numeric',
      month: 'long',
    }).formatRange(from, lastDay),
  );
}

/** The change of the total against the period before; null when that had none. */
export function digestChange(digest: AlertDigest): number | null {
  return digest.previousTotal === 0
    ? null
    : (digest.total - digest.previousTotal) / digest.previousTotal;
}

/** The title with the total and its change: the e-mail's subject. */
export function digestHeadline(
  digest: AlertDigest,
  language: AlertLanguage,
): string {
  const w = WORDS[language];
  const period = digestTitle(digest, language);
  const change = formatChange(digestChange(digest), language);
  return `${period}: ${w.mentions(digest.total)}${change ? ` (${change})` : ''}`;
}

export function digestText(
  ruleName: string,
  digest: AlertDigest,
  language: AlertLanguage,
): AlertText {
  const lines = digest.topics.map((row) => {
    const change = formatChange(row.change, language);
    return `• ${row.topic.name}: ${row.mentions}${change ? ` (${change})` : ''}`;
  });
  lines.push(
    ...digest.spikes
      .slice(0, LISTED_ITEMS)
      .map((spike) => `• ${spikeLine(spike, language)}`),
  );
  lines.push(...digest.topMentions.slice(0, 3).map(mentionLine));
  lines.push(...digest.failingSources.map(sourceLine));
  lines.push(...digest.goals.map((goal) => goalLine(goal, language, true)));
  return message(digestHeadline(digest, language), lines, ruleName);
}

/** "Test: …": what the rule would send, or a line saying the channel works. */
export function testText(
  text: AlertText | null,
  ruleName: string,
  language: AlertLanguage,
): AlertText {
  const w = WORDS[language];
  if (!text) return message(`${w.test}: ${w.testEmpty}`, [], ruleName);
  return {
    headline: `${w.test}: ${text.headline}`,
    text: `${w.test}: ${text.text}`,
  };
}
