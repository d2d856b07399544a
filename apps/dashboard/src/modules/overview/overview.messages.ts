import { defineMessages } from '../../i18n/messages';

type Count = { count: string };

export const overviewMessages = defineMessages({
  en: {
    title: 'Overview',
    lead: 'What is being said about you, your competitors and your industry.',

    'kpi.mentions': 'Mentions',
    'kpi.mentions.hint': 'Posts that matched at least one topic',
    'kpi.share': 'Share of voice',
    'kpi.share.hint': ({ company }: { company: string }) =>
      `${company} against competitors and industry`,
    'kpi.share.none': 'Needs a company topic',
    'kpi.sentiment': 'Net sentiment',
    'kpi.sentiment.hint': ({
      positive,
      negative,
    }: {
      positive: string;
      negative: string;
    }) => `${positive} positive · ${negative} negative`,
    'kpi.sentiment.none': 'No positive or negative mentions',
    'kpi.spikes': 'Spikes',
    'kpi.spikes.latest': ({ topic, when }: { topic: string; when: string }) =>
      `Latest: ${topic}, ${when}`,
    'kpi.spikes.none': 'No unusual peaks in this period',

    'volume.title': 'Mentions over time',
    'volume.description':
      'Per topic. Click a point to read its mentions; a ring marks a spike.',
    'volume.empty':
      'No mentions in this period. A longer period may show some.',
    'volume.summary': ({ topics }: { topics: string }) =>
      `Mentions per topic: ${topics}.`,
    'volume.spikes': 'Spikes',
    'volume.spike': ({
      topic,
      count,
      factor,
    }: {
      topic: string;
      count: string;
      factor: string;
    }) => `${topic}: ${count} mentions, ${factor} the usual`,
    'volume.spikeNoBaseline': ({
      topic,
      count,
    }: {
      topic: string;
      count: string;
    }) => `${topic}: ${count} mentions, from nothing`,
    'volume.open': 'Open this window in Explore',

    'voice.title': 'Share of voice',
    'voice.description':
      'Your company against each competitor and the industry, per bucket.',
    'voice.empty':
      'No mentions of your company, competitors or industry in this period.',
    'voice.noTopics':
      'Share of voice compares your company with competitors and the industry: create those topics under Settings.',
    'voice.summary': ({ shares }: { shares: string }) =>
      `Share of voice in the period: ${shares}.`,

    'sentiment.title': 'Sentiment per topic',
    'sentiment.description':
      'Positive, neutral and negative mentions. Click a bar to read them.',
    'sentiment.empty': 'No mentions in this period.',
    'sentiment.net': 'Net',
    'sentiment.summary': ({ topics }: { topics: string }) =>
      `Net sentiment: ${topics}.`,

    'hashtags.title': 'Top hashtags',
    'hashtags.description': 'In mentions, against the period before.',
    'hashtags.empty': 'No hashtags in the mentions of this period.',
    'authors.title': 'Top authors',
    'authors.description': 'Who writes most about your topics.',
    'authors.empty': 'No authors in this period.',
    'sources.title': 'Top sources',
    'sources.description': 'Where the mentions come from.',
    'sources.empty': 'No mentions from any source in this period.',
    'sources.failing': 'Failing now',
    'top.new': 'New',
    'top.count': ({ count }: Count) => `${count} mentions`,
    'top.trendUp': 'up',
    'top.trendDown': 'down',

    'demo.title': 'This is a demo workspace',
    'demo.text':
      'Nordlys Energi, its competitors and their posts are invented, and Lyt serves their feeds itself. Remove the demo when you are ready to listen to your own sources; your own topics and sources stay.',
    'demo.remove': 'Remove the demo in settings',

    'blind.title': 'Lyt could not hear every source in this period',
    'blind.text':
      'While a source fails, what it publishes may be missing from the figures. The charts shade those hours.',
    'blind.failed': ({
      source,
      range,
      duration,
    }: {
      source: string;
      range: string;
      duration: string;
    }) => `${source} failed ${range} (${duration})`,
    'blind.failing': ({ source, since }: { source: string; since: string }) =>
      `${source} has been failing since ${since}`,
    'blind.legend': 'A source was failing',
    'blind.more': ({ count }: Count) => `and ${count} more`,
    'blind.sources': 'See the sources',

    live: 'Newest mentions',
    liveLead: 'Arriving live as the sources are collected.',
    'live.empty': 'No mentions yet',
    'live.emptyText': 'New mentions appear here the moment they are collected.',
    'live.all': 'All in Explore',

    'empty.topic.title': 'Create your company topic',
    'empty.topic.text':
      'A topic is what Lyt listens for: your company, your competitors, your industry. Start with your own company.',
    'empty.source.title': 'Add your first source',
    'empty.source.text':
      'Sources are the feeds Lyt collects. Start from a template:',
    'empty.viewer': 'An admin sets up topics and sources under Settings.',
    'empty.action': 'Go to Settings',
    'empty.company.title': 'No company topic yet',
    'empty.company.text':
      'Share of voice and net sentiment are measured for your company. Create a topic of the kind "company" under Settings.',

    'collecting.title': 'Listening — no mentions yet',
    'collecting.none':
      'No post has been collected yet: the first polls are under way.',
    'collecting.items': ({ count, n }: Count & { n: number }) =>
      `Lyt has collected ${count} ${n === 1 ? 'post' : 'posts'} so far, and none has matched your topics yet. Mentions appear here as soon as one does.`,
    'collecting.topics.listening': ({ topics }: { topics: string }) =>
      `Listening for: ${topics}.`,
    'collecting.source': 'Source',
    'collecting.status': 'Status',
    'collecting.next': 'Next poll',
    'collecting.seen': 'Posts seen',
    'collecting.ok': 'OK',
    'collecting.waiting': 'Not polled yet',
    'collecting.failing': 'Failing',
    'collecting.paused': 'Paused',
    'collecting.topics': 'Check your topics',

    'tooltip.total': 'All',
    'engaging.title': 'Most engaging posts',
    'engaging.description':
      'The posts of the period with the most likes, boosts, replies and quotes.',
    'engaging.topic': 'Topic',
    'engaging.aboutUs': 'About us (company topics)',
    'engaging.everyTopic': 'Every topic',
    'engaging.empty': 'No posts in this period',
    'engaging.empty.text':
      'Likes and boosts come from Mastodon and Bluesky accounts, hashtags and searches; add one under Sources.',
    'engaging.noCounts': 'No counts: a feed',
    'engaging.feedsLast':
      'Posts from feeds carry no likes or boosts and come after those with counts.',
    'engaging.all': 'All by engagement in Explore',
  },
  da: {
    title: 'Overblik',
    lead: 'Hvad der bliver sagt om jer, jeres konkurrenter og jeres branche.',

    'kpi.mentions': 'Omtaler',
    'kpi.mentions.hint': 'Opslag, der ramte mindst ét emne',
    'kpi.share': 'Share of voice',
    'kpi.share.hint': ({ company }: { company: string }) =>
      `${company} over for konkurrenter og branche`,
    'kpi.share.none': 'Kræver et virksomhedsemne',
    'kpi.sentiment': 'Nettostemning',
    'kpi.sentiment.hint': ({
      positive,
      negative,
    }: {
      positive: string;
      negative: string;
    }) => `${positive} positive · ${negative} negative`,
    'kpi.sentiment.none': 'Ingen positive eller negative omtaler',
    'kpi.spikes': 'Udsving',
    'kpi.spikes.latest': ({ topic, when }: { topic: string; when: string }) =>
      `Senest: ${topic}, ${when}`,
    'kpi.spikes.none': 'Ingen usædvanlige toppe i perioden',

    'volume.title': 'Omtaler over tid',
    'volume.description':
      'Pr. emne. Klik på et punkt for at læse omtalerne; en ring markerer et udsving.',
    'volume.empty':
      'Ingen omtaler i perioden. En længere periode viser måske nogle.',
    'volume.summary': ({ topics }: { topics: string }) =>
      `Omtaler pr. emne: ${topics}.`,
    'volume.spikes': 'Udsving',
    'volume.spike': ({
      topic,
      count,
      factor,
    }: {
      topic: string;
      count: string;
      factor: string;
    }) => `${topic}: ${count} omtaler, ${factor} det normale`,
    'volume.spikeNoBaseline': ({
      topic,
      count,
    }: {
      topic: string;
      count: string;
    }) => `${topic}: ${count} omtaler, fra ingenting`,
    'volume.open': 'Åbn tidsrummet i Udforsk',

    'voice.title': 'Share of voice',
    'voice.description':
      'Jeres virksomhed over for hver konkurrent og branchen, pr. tidsrum.',
    'voice.empty':
      'Ingen omtaler af jeres virksomhed, konkurrenter eller branche i perioden.',
    'voice.noTopics':
      'Share of voice sammenligner jeres virksomhed med konkurrenter og branchen: opret de emner under Indstillinger.',
    'voice.summary': ({ shares }: { shares: string }) =>
      `Share of voice i perioden: ${shares}.`,

    'sentiment.title': 'Stemning pr. emne',
    'sentiment.description':
      'Positive, neutrale og negative omtaler. Klik på en bjælke for at læse dem.',
    'sentiment.empty': 'Ingen omtaler i perioden.',
    'sentiment.net': 'Netto',
    'sentiment.summary': ({ topics }: { topics: string }) =>
      `Nettostemning: ${topics}.`,

    'hashtags.title': 'Mest brugte hashtags',
    'hashtags.description': 'I omtalerne, sammenlignet med perioden før.',
    'hashtags.empty': 'Ingen hashtags i periodens omtaler.',
    'authors.title': 'Flest omtaler fra',
    'authors.description': 'Hvem skriver mest om jeres emner.',
    'authors.empty': 'Ingen afsendere i perioden.',
    'sources.title': 'Vigtigste kilder',
    'sources.description': 'Hvor omtalerne kommer fra.',
    'sources.empty': 'Ingen omtaler fra nogen kilde i perioden.',
    'sources.failing': 'Fejler nu',
    'top.new': 'Ny',
    'top.count': ({ count }: Count) => `${count} omtaler`,
    'top.trendUp': 'op',
    'top.trendDown': 'ned',

    'demo.title': 'Dette er et demo-arbejdsområde',
    'demo.text':
      'Nordlys Energi, konkurrenterne og deres opslag er opdigtede, og Lyt leverer selv deres feeds. Fjern demoen, når du vil lytte til dine egne kilder; dine egne emner og kilder bliver.',
    'demo.remove': 'Fjern demoen i indstillinger',

    'blind.title': 'Lyt kunne ikke høre alle kilder i perioden',
    'blind.text':
      'Mens en kilde fejler, kan det, den udgiver, mangle i tallene. Diagrammerne skraverer de timer.',
    'blind.failed': ({
      source,
      range,
      duration,
    }: {
      source: string;
      range: string;
      duration: string;
    }) => `${source} fejlede ${range} (${duration})`,
    'blind.failing': ({ source, since }: { source: string; since: string }) =>
      `${source} har fejlet siden ${since}`,
    'blind.legend': 'En kilde fejlede',
    'blind.more': ({ count }: Count) => `og ${count} mere`,
    'blind.sources': 'Se kilderne',

    live: 'Nyeste omtaler',
    liveLead: 'Kommer frem live, efterhånden som kilderne indsamles.',
    'live.empty': 'Ingen omtaler endnu',
    'live.emptyText': 'Nye omtaler vises her, i samme øjeblik de er indsamlet.',
    'live.all': 'Alle i Udforsk',

    'empty.topic.title': 'Opret jeres virksomhedsemne',
    'empty.topic.text':
      'Et emne er det, Lyt lytter efter: jeres virksomhed, jeres konkurrenter, jeres branche. Begynd med jeres egen virksomhed.',
    'empty.source.title': 'Tilføj jeres første kilde',
    'empty.source.text':
      'Kilder er de feeds, Lyt indsamler. Begynd med en skabelon:',
    'empty.viewer':
      'En administrator opsætter emner og kilder under Indstillinger.',
    'empty.action': 'Gå til Indstillinger',
    'empty.company.title': 'Intet virksomhedsemne endnu',
    'empty.company.text':
      'Share of voice og nettostemning måles for jeres virksomhed. Opret et emne af typen "virksomhed" under Indstillinger.',

    'collecting.title': 'Lytter — ingen omtaler endnu',
    'collecting.none':
      'Der er ikke indsamlet noget opslag endnu: de første hentninger er i gang.',
    'collecting.items': ({ count }: Count & { n: number }) =>
      `Lyt har indsamlet ${count} opslag indtil nu, og ingen af dem har ramt jeres emner endnu. Omtaler vises her, så snart et gør.`,
    'collecting.topics.listening': ({ topics }: { topics: string }) =>
      `Lytter efter: ${topics}.`,
    'collecting.source': 'Kilde',
    'collecting.status': 'Status',
    'collecting.next': 'Næste hentning',
    'collecting.seen': 'Opslag set',
    'collecting.ok': 'OK',
    'collecting.waiting': 'Ikke hentet endnu',
    'collecting.failing': 'Fejler',
    'collecting.paused': 'På pause',
    'collecting.topics': 'Se jeres emner',

    'tooltip.total': 'I alt',
    'engaging.title': 'Mest engagerende opslag',
    'engaging.description':
      'Periodens opslag med flest likes, boosts, svar og citater.',
    'engaging.topic': 'Emne',
    'engaging.aboutUs': 'Om os (virksomhedsemner)',
    'engaging.everyTopic': 'Alle emner',
    'engaging.empty': 'Ingen opslag i perioden',
    'engaging.empty.text':
      'Likes og boosts kommer fra Mastodon- og Bluesky-konti, hashtags og søgninger; tilføj en under Kilder.',
    'engaging.noCounts': 'Ingen tal: et feed',
    'engaging.feedsLast':
      'Opslag fra feeds har ingen likes eller boosts og kommer efter dem med tal.',
    'engaging.all': 'Alle efter engagement i Udforsk',
  },
});
