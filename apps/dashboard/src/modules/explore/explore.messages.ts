import { defineMessages } from '../../i18n/messages';

export const exploreMessages = defineMessages({
  en: {
    title: 'Explore',
    lead: 'Every mention, newest first. Filters by topic, hashtag and campaign tag, and live columns, build on this list.',
    list: 'Mentions',
    'empty.title': 'No mentions yet',
    'empty.text':
      'Mentions appear here once the sources have been collected and matched against your topics.',
  },
  da: {
    title: 'Udforsk',
    lead: 'Alle omtaler, nyeste først. Filtre efter emne, hashtag og kampagnetag samt live-kolonner bygger på denne liste.',
    list: 'Omtaler',
    'empty.title': 'Ingen omtaler endnu',
    'empty.text':
      'Omtaler vises her, når kilderne er indsamlet og holdt op mod jeres emner.',
  },
});
