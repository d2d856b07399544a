import { defineMessages } from '../../i18n/messages';

export const mentionsMessages = defineMessages({
  en: {
    open: 'Open the post',
    hide: 'Hide',
    hideLabel: ({ author }: { author: string }) =>
      `Hide the mention by ${author}`,
    hidden: 'The mention is hidden everywhere.',
    unknownAuthor: 'Unknown author',
    via: 'via',
    loadMore: 'Show more',
    end: 'That is all for this selection.',
    matched: 'Matched',
    matchedOn: ({ terms }: { terms: string }) => `matched on ${terms}`,
    language: ({ code }: { code: string }) => `Language: ${code}`,
    'engagement.label': 'Engagement on the platform',
    'engagement.likes': ({ n }: { n: string }) => `${n} likes`,
    'engagement.boosts': ({ n }: { n: string }) => `${n} boosts`,
    'engagement.replies': ({ n }: { n: string }) => `${n} replies`,
    'engagement.quotes': ({ n }: { n: string }) => `${n} quotes`,
  },
  da: {
    open: 'Åbn opslaget',
    hide: 'Skjul',
    hideLabel: ({ author }: { author: string }) =>
      `Skjul omtalen fra ${author}`,
    hidden: 'Omtalen er skjult alle steder.',
    unknownAuthor: 'Ukendt afsender',
    via: 'via',
    loadMore: 'Vis flere',
    end: 'Der er ikke flere i dette udvalg.',
    matched: 'Ramte',
    matchedOn: ({ terms }: { terms: string }) => `ramt af ${terms}`,
    language: ({ code }: { code: string }) => `Sprog: ${code}`,
    'engagement.label': 'Engagement på platformen',
    'engagement.likes': ({ n }: { n: string }) => `${n} likes`,
    'engagement.boosts': ({ n }: { n: string }) => `${n} boosts`,
    'engagement.replies': ({ n }: { n: string }) => `${n} svar`,
    'engagement.quotes': ({ n }: { n: string }) => `${n} citater`,
  },
});
