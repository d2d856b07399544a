import Parser from 'rss-parser';
import { parseFeed } from '../src';

// parseFeed (htmlparser2's tokenizer, HTML to text, normalisation) against bare rss-parser,
// the parser Lyt used before and the floor the ingest benchmark measures against.
const ITEMS = 500;
const WARMUP_RUNS = 5;
const RUNS = 31;

/** A 500-item RSS 2.0 feed shaped like a busy Danish blog: HTML bodies, entities, tags, images. */
function generateFeed(count: number): string {
  const items = Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(2025, 2, 5, 12) - index * 600_000);
    return `
    <item>
      <title>Indlæg ${index}: grøn omstilling &amp; vækst i Århus</title>
      <link>/2025/03/indlaeg-${index}</link>
      <guid isPermaLink="false">bench-${index}</guid>
      <dc:creator>Skribent ${index % 17}</dc:creator>
      <pubDate>${date.toUTCString()}</pubDate>
      <category>dkbiz</category>
      <category>Grøn omstilling</category>
      <description><![CDATA[<p>Kort resumé af indlæg ${index}.</p>]]></description>
      <content:encoded><![CDATA[<p>Virksomhederne i <strong>Århus</strong> satser på #GrønOmstilling og #DKbiz &mdash; læs
        mere på <a href="https://example.dk/om#kontakt">example.dk</a>.</p><script>track(${index})</script>
        <p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(6)}</p>
        <ul><li>Første&nbsp;punkt</li><li>Andet punkt #eksport</li></ul>]]></content:encoded>
      <enclosure url="https://example.dk/media/${index}.jpg" length="12345" type="image/jpeg"/>
    </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Benchmark</title>
    <link>https://example.dk/</link>
    <description>Generated</description>
    <language>da-DK</language>${items.join('')}
  </channel>
</rss>`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function time(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const xml = generateFeed(ITEMS);
  const now = new Date('2025-03-05T12:00:00Z');
  const baseline = () => new Parser().parseString(xml);
  const ours = async () => {
    const feed = await parseFeed(xml, 'https://example.dk/feed.xml', now);
    if (feed.items.length !== ITEMS)
      throw new Error(`expected ${ITEMS} items, got ${feed.items.length}`);
  };

  for (let run = 0; run < WARMUP_RUNS; run += 1) {
    await baseline();
    await ours();
  }
  // Interleaved, so both see the same machine state (GC, CPU frequency, neighbours).
  const baselineMs: number[] = [];
  const oursMs: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    baselineMs.push(await time(baseline));
    oursMs.push(await time(ours));
  }

  const report = (label: string, samples: number[]) => {
    const ms = median(samples);
    const perSecond = Math.round(ITEMS / (ms / 1000));
    console.log(
      `${label.padEnd(44)} ${ms.toFixed(1).padStart(7)} ms  ${String(perSecond).padStart(7)} items/s`,
    );
    return perSecond;
  };
  console.log(
    `feed: ${ITEMS} RSS 2.0 items, ${Math.round(Buffer.byteLength(xml) / 1024)} KB; median of ${RUNS} runs`,
  );
  const baselineRate = report('rss-parser parseString (baseline)', baselineMs);
  const oursRate = report('parseFeed (parse + normalise)', oursMs);
  console.log(
    `ratio: parseFeed runs at ${(oursRate / baselineRate).toFixed(2)}x the baseline's items/s`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
