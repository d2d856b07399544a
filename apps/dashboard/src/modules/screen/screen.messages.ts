import { defineMessages } from '../../i18n/messages';

export const screenMessages = defineMessages({
  en: {
    title: 'Info-screen',
    lead: 'The newest mentions, full-screen, for the office wall.',
    today: 'Today',
    'figure.mentions': 'Mentions today',
    'figure.share': 'Share of voice',
    'figure.share.none': 'No mentions yet',
    'figure.hashtag': 'Top hashtag',
    'figure.hashtag.count': ({ count }: { count: string }) =>
      `${count} mentions`,
    'figure.hashtag.none': 'No hashtags yet',
    'figure.unknown': '–',
    clock: 'Time in Copenhagen',
    via: ({ source }: { source: string }) => `via ${source}`,
    unknownAuthor: 'Unknown author',
    slide: ({ n, total }: { n: string; total: string }) => `${n} of ${total}`,
    'empty.title': 'No mentions to show yet',
    'empty.text':
      'New mentions appear here the moment they are collected. If nothing comes, an admin can check the topics and sources under Settings.',
    'empty.filtered':
      'This screen shows only some topics, kinds or hashtags; mentions of others are left out.',
    'connection.reconnecting': 'Reconnecting…',
    'connection.offline': 'Offline · showing the last mentions',
    'connection.connecting': 'Connecting…',
    'link.invalid.title': 'This screen’s link is no longer valid',
    'link.invalid.text':
      'The viewer token in the link has been replaced. An admin can make a new screen link under Settings → Info-screen and open it here.',
    'link.missing.title': 'This screen needs a screen link',
    'link.missing.text':
      'Open the link an admin makes under Settings → Info-screen: it carries the viewer token that lets the screen in.',
  },
  da: {
    title: 'Infoskærm',
    lead: 'De nyeste omtaler i fuld skærm til kontorets væg.',
    today: 'I dag',
    'figure.mentions': 'Omtaler i dag',
    'figure.share': 'Share of voice',
    'figure.share.none': 'Ingen omtaler endnu',
    'figure.hashtag': 'Top-hashtag',
    'figure.hashtag.count': ({ count }: { count: string }) =>
      `${count} omtaler`,
    'figure.hashtag.none': 'Ingen hashtags endnu',
    'figure.unknown': '–',
    clock: 'Klokken i København',
    via: ({ source }: { source: string }) => `via ${source}`,
    unknownAuthor: 'Ukendt afsender',
    slide: ({ n, total }: { n: string; total: string }) => `${n} af ${total}`,
    'empty.title': 'Ingen omtaler at vise endnu',
    'empty.text':
      'Nye omtaler vises her, så snart de er indsamlet. Kommer der ingen, kan en administrator se emner og kilder efter under Indstillinger.',
    'empty.filtered':
      'Skærmen viser kun nogle emner, typer eller hashtags; omtaler af andre udelades.',
    'connection.reconnecting': 'Genopretter forbindelsen…',
    'connection.offline': 'Offline · viser de seneste omtaler',
    'connection.connecting': 'Forbinder…',
    'link.invalid.title': 'Skærmens link gælder ikke længere',
    'link.invalid.text':
      'Visningsnøglen i linket er blevet udskiftet. En administrator kan lave et nyt skærmlink under Indstillinger → Infoskærm og åbne det her.',
    'link.missing.title': 'Skærmen skal åbnes med et skærmlink',
    'link.missing.text':
      'Åbn det link, en administrator laver under Indstillinger → Infoskærm: det indeholder visningsnøglen, der lukker skærmen ind.',
  },
});
