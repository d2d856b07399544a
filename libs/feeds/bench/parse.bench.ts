import { GCProfiler } from 'node:v8';
import Parser from 'rss-parser';
import { decodeFeedBody, parseFeed } from '../src';

// parseFeed (the lenient XML reader, HTML to text, normalisation) and decodeFeedBody against
// bare rss-parser parseString on the same text in the same run: the parser Lyt used before and
// the floor the ingest benchmark measures against. Per feed: median milliseconds, the ratio of
// parseFeed's time to rss-parser's, and the heap each allocates per parse (bytes in use after,
// minus before, plus what every garbage collection on the way freed) with the collectors' time.
// Time is the process's CPU time (user + system), which a machine shared with other work
// inflates far less than the wall clock.
//
//   node -r @swc-node/register libs/feeds/bench/parse.bench.ts

const NOW = new Date('2025-03-05T12:00:00Z');
const FEED_URL = 'https://example.dk/feed.xml';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function date(index: number): Date {
  return new Date(Date.UTC(2025, 2, 5, 12) - index * 600_000);
}

function rss(items: string[], namespaces = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"${namespaces}>
  <channel>
    <title>Benchmark</title>
    <link>https://example.dk/</link>
    <description>Generated</description>${items.join('')}
  </channel>
</rss>`;
}

/** The ingest benchmark's feed: escaped Danish text, two hashtags, no language. */
function ingestRss(count: number): string {
  return rss(
    Array.from(
      { length: count },
      (_, index) => `
    <item>
      <guid isPermaLink="false">feed-1-item-${index}</guid>
      <title>Novo Nordisk åbner en ny fabrik og ansætter flere medarbejdere i Bagsværd</title>
      <link>https://example.dk/feed-1/feed-1-item-${index}</link>
      <description>${escape(`Novo Nordisk investerer milliarder i grøn omstilling af produktionen. Ifølge virksomheden sker det i Aarhus, hvor ledelsen forventer, at de nye planer vil styrke både arbejdspladserne og eksporten i de kommende år (nr. ${index}). #dkbiz #sundhed${index % 10}`)}</description>
      <pubDate>${date(index).toUTCString()}</pubDate>
    </item>`,
    ),
  );
}

/** A busy Danish blog: HTML bodies in CDATA, entities, categories, images. */
function blogRss(count: number): string {
  return rss(
    Array.from(
      { length: count },
      (_, index) => `
    <item>
      <title>Indlæg ${index}: grøn omstilling &amp; vækst i Århus</title>
      <link>/2025/03/indlaeg-${index}</link>
      <guid isPermaLink="false">bench-${index}</guid>
      <dc:creator>Skribent ${index % 17}</dc:creator>
      <pubDate>${date(index).toUTCString()}</pubDate>
      <category>dkbiz</category>
      <category>Grøn omstilling</category>
      <description><![CDATA[<p>Kort resumé af indlæg ${index}.</p>]]></description>
      <content:encoded><![CDATA[<p>Virksomhederne i <strong>Århus</strong> satser på #GrønOmstilling og #DKbiz &mdash; læs
        mere på <a href="https://example.dk/om#kontakt">example.dk</a>.</p><script>track(${index})</script>
        <p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(6)}</p>
        <ul><li>Første&nbsp;punkt</li><li>Andet punkt #eksport</li></ul>]]></content:encoded>
      <enclosure url="https://example.dk/media/${index}.jpg" length="12345" type="image/jpeg"/>
    </item>`,
    ),
  );
}

function atom(count: number): string {
  const entries = Array.from(
    { length: count },
    (_, index) => `
  <entry>
    <id>tag:example.dk,2025:${index}</id>
    <title type="html">Indlæg ${index}: grøn omstilling &amp;amp; vækst i Århus</title>
    <link rel="alternate" type="text/html" href="https://example.dk/2025/03/${index}"/>
    <published>${date(index).toISOString()}</published>
    <updated>${date(index).toISOString()}</updated>
    <author><name>Skribent ${index % 17}</name></author>
    <category term="dkbiz"/>
    <summary type="text">Kort resumé af indlæg ${index}.</summary>
    <content type="html">${escape(`<p>Virksomhederne i <strong>Århus</strong> satser på #GrønOmstilling &mdash; læs mere på <a href="https://example.dk/om">example.dk</a>.</p><p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(4)}</p>`)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
  <title>Benchmark</title>
  <id>https://example.dk/</id>
  <link href="https://example.dk/"/>
  <updated>${NOW.toISOString()}</updated>${entries.join('')}
</feed>`;
}

function jsonFeed(count: number): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Benchmark',
    home_page_url: 'https://example.dk/',
    language: 'da',
    items: Array.from({ length: count }, (_, index) => ({
      id: `bench-${index}`,
      url: `https://example.dk/2025/03/${index}`,
      title: `Indlæg ${index}: grøn omstilling & vækst i Århus`,
      content_html: `<p>Virksomhederne i <strong>Århus</strong> satser på #GrønOmstilling &mdash; læs mere.</p><p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(4)}</p>`,
      date_published: date(index).toISOString(),
      authors: [{ name: `Skribent ${index % 17}` }],
      tags: ['dkbiz', 'Grøn omstilling'],
    })),
  });
}

/** A podcast of ~1.6 MB: long show notes three times over (description, content, itunes:summary). */
function podcastRss(): string {
  const notes = (index: number) =>
    `<p>I afsnit ${index} taler vi med en gæst om ledelse, sociale medier og grøn omstilling i danske virksomheder.</p>
        <ul>${Array.from({ length: 8 }, (_, point) => `<li><a href="https://example.dk/afsnit/${index}#${point}">${String(point).padStart(2, '0')}:00</a> Emne nummer ${point} &ndash; om at være til stede, lytte og svare</li>`).join('')}</ul>
        <p>Musik: Københavns Kammerkor. Produceret af Lyt &amp; Co. #podcast #ledelse</p>`;
  return rss(
    Array.from(
      { length: 350 },
      (_, index) => `
    <item>
      <title>Afsnit ${index}: Ledelse på sociale medier</title>
      <link>https://example.dk/afsnit/${index}</link>
      <guid isPermaLink="false">podcast-${index}</guid>
      <pubDate>${date(index * 144).toUTCString()}</pubDate>
      <itunes:author>Lyt Podcast</itunes:author>
      <itunes:duration>00:42:17</itunes:duration>
      <itunes:explicit>false</itunes:explicit>
      <itunes:episode>${index}</itunes:episode>
      <itunes:image href="https://example.dk/cover/${index}.jpg"/>
      <enclosure url="https://cdn.example.dk/audio/${index}.mp3" length="40583021" type="audio/mpeg"/>
      <description>${escape(notes(index))}</description>
      <content:encoded><![CDATA[${notes(index)}]]></content:encoded>
      <itunes:summary>${escape(notes(index))}</itunes:summary>
    </item>`,
    ),
    ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"',
  );
}

interface Sample {
  ms: number;
  allocated: number;
  gcMs: number;
}

/** One run of `task`, with the heap it allocated and the time collectors spent meanwhile. */
async function measure(task: () => Promise<unknown>): Promise<Sample> {
  const profiler = new GCProfiler();
  profiler.start();
  const before = process.memoryUsage().heapUsed;
  const started = process.cpuUsage();
  const result = await task();
  const cpu = process.cpuUsage(started);
  const ms = (cpu.user + cpu.system) / 1000;
  const after = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  let freed = 0;
  let gcMs = 0;
  for (const gc of statistics) {
    freed +=
      gc.beforeGC.heapStatistics.usedHeapSize -
      gc.afterGC.heapStatistics.usedHeapSize;
    gcMs += gc.cost / 1000;
  }
  void result;
  return { ms, allocated: after - before + freed, gcMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Summary {
  ms: number;
  mb: number;
  gcMs: number;
}

function summarise(samples: Sample[]): Summary {
  return {
    ms: median(samples.map((sample) => sample.ms)),
    mb: median(samples.map((sample) => sample.allocated)) / 1024 / 1024,
    gcMs: median(samples.map((sample) => sample.gcMs)),
  };
}

function line(label: string, summary: Summary): string {
  return `  ${label.padEnd(30)} ${summary.ms.toFixed(2).padStart(8)} ms ${summary.mb.toFixed(1).padStart(7)} MB ${summary.gcMs.toFixed(2).padStart(7)} ms GC`;
}

interface BenchFeed {
  name: string;
  body: string;
  items: number;
  runs: number;
  /** rss-parser reads XML only. */
  xml: boolean;
}

async function bench(feed: BenchFeed): Promise<void> {
  const bytes = Buffer.from(feed.body, 'utf8');
  const rssParser = new Parser();
  const tasks = {
    rssParser: () => rssParser.parseString(feed.body),
    parseFeed: async () => {
      const parsed = await parseFeed(feed.body, FEED_URL, NOW);
      if (parsed.items.length !== feed.items)
        throw new Error(
          `${feed.name}: expected ${feed.items} items, got ${parsed.items.length}`,
        );
      return parsed;
    },
    decodeFeedBody: async () =>
      decodeFeedBody(bytes, 'application/xml; charset=utf-8'),
    bufferToString: async () => bytes.toString('utf8'),
  };
  const names = (Object.keys(tasks) as Array<keyof typeof tasks>).filter(
    (name) => feed.xml || name !== 'rssParser',
  );
  const samples = new Map(names.map((name) => [name, [] as Sample[]]));
  for (let run = 0; run < 3; run += 1)
    for (const name of names) await tasks[name]();
  // Interleaved, so all see the same machine state (GC, CPU frequency, neighbours).
  for (let run = 0; run < feed.runs; run += 1)
    for (const name of names)
      samples.get(name)!.push(await measure(tasks[name]));
  const result = (name: keyof typeof tasks) => summarise(samples.get(name)!);

  console.log(
    `${feed.name}: ${feed.items} items, ${(bytes.byteLength / 1024).toFixed(0)} KB; median of ${feed.runs} runs`,
  );
  const ours = result('parseFeed');
  if (feed.xml) console.log(line('rss-parser parseString', result('rssParser')));
  console.log(line('parseFeed', ours));
  console.log(line('decodeFeedBody (UTF-8 bytes)', result('decodeFeedBody')));
  console.log(line('Buffer toString (floor)', result('bufferToString')));
  if (feed.xml) {
    const baseline = result('rssParser');
    console.log(
      `  ratio: parseFeed takes ${(ours.ms / baseline.ms).toFixed(2)}x rss-parser's time and allocates ${(ours.mb / baseline.mb).toFixed(2)}x its heap`,
    );
  }
}

async function main(): Promise<void> {
  const podcast = podcastRss();
  const feeds: BenchFeed[] = [
    { name: 'ingest RSS (the ingest benchmark\'s)', body: ingestRss(200), items: 200, runs: 31, xml: true },
    { name: 'blog RSS (HTML in CDATA)', body: blogRss(200), items: 200, runs: 31, xml: true },
    { name: 'Atom (escaped HTML)', body: atom(200), items: 200, runs: 31, xml: true },
    { name: 'JSON Feed', body: jsonFeed(200), items: 200, runs: 31, xml: false },
    { name: 'podcast RSS (large)', body: podcast, items: 350, runs: 11, xml: true },
  ];
  for (const feed of feeds) await bench(feed);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
