import { defineMessages } from '../../i18n/messages';

export const overviewMessages = defineMessages({
  en: {
    title: 'Overview',
    lead: 'What is being said about you, your competitors and your industry.',
    mentions: 'Mentions',
    items: 'Items collected',
    sources: 'Sources',
    topics: 'Topics',
    'sources.hint': 'feeds being collected',
    'topics.hint': 'company, competitors, industry',
    live: 'Newest mentions',
    liveLead: 'Arriving live as the sources are collected.',
    'live.empty': 'No mentions yet',
    'live.emptyText': 'New mentions appear here the moment they are collected.',
    'empty.topic.title': 'Create your company topic',
    'empty.topic.text':
      'A topic is what Lyt listens for: your company, your competitors, your industry. Start with your own company.',
    'empty.source.title': 'Add your first source',
    'empty.source.text':
      'Sources are the feeds Lyt collects: Mastodon hashtags, Bluesky profiles, Reddit and Google News searches, YouTube channels, blogs.',
    'empty.viewer': 'An admin sets up topics and sources under Settings.',
    'empty.action': 'Go to Settings',
  },
  da: {
    title: 'Overblik',
    lead: 'Hvad der bliver sagt om jer, jeres konkurrenter og jeres branche.',
    mentions: 'Omtaler',
    items: 'Indsamlede opslag',
    sources: 'Kilder',
    topics: 'Emner',
    'sources.hint': 'feeds, der indsamles',
    'topics.hint': 'virksomhed, konkurrenter, branche',
    live: 'Nyeste omtaler',
    liveLead: 'Kommer frem live, efterhånden som kilderne indsamles.',
    'live.empty': 'Ingen omtaler endnu',
    'live.emptyText': 'Nye omtaler vises her, i samme øjeblik de er indsamlet.',
    'empty.topic.title': 'Opret jeres virksomhedsemne',
    'empty.topic.text':
      'Et emne er det, Lyt lytter efter: jeres virksomhed, jeres konkurrenter, jeres branche. Begynd med jeres egen virksomhed.',
    'empty.source.title': 'Tilføj jeres første kilde',
    'empty.source.text':
      'Kilder er de feeds, Lyt indsamler: Mastodon-hashtags, Bluesky-profiler, Reddit- og Google News-søgninger, YouTube-kanaler og blogs.',
    'empty.viewer':
      'En administrator opsætter emner og kilder under Indstillinger.',
    'empty.action': 'Gå til Indstillinger',
  },
});
