import { defineMessages } from '../../i18n/messages';

export const screenMessages = defineMessages({
  en: {
    title: 'Info-screen',
    lead: 'The newest mentions, full-screen, for the office wall.',
    waiting: 'Waiting for the next mention…',
  },
  da: {
    title: 'Infoskærm',
    lead: 'De nyeste omtaler i fuld skærm til kontorets væg.',
    waiting: 'Venter på næste omtale…',
  },
});
