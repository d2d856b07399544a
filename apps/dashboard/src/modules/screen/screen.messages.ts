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
    'column.gone.title': 'The column this screen shows was removed',
    'column.gone.text':
      'An admin can choose another column, or none, under Settings → Info-screen and open the new link here.',
    'connection.reconnecting': 'Reconnecting…',
    'connection.offline': 'Offline · showing the last mentions',
    'connection.connecting': 'Connecting…',
    'link.invalid.title': 'This screen’s link is no longer valid',
    'link.invalid.text':
      'The viewer token in the link has been replaced. An admin can make a new screen link under Settings → Info-screen and open it here.',
    'link.missing.title': 'This screen needs a screen link',
    'link.missing.text':
      'Open the link an admin makes under Settings → Info-screen: it carries the viewer token that lets the screen in.',
    section: 'Info-screen',
    'builder.title': 'Screen link',
    'builder.lead':
      'Choose what the office screen shows, then open the link on the screen’s browser. It signs in with the viewer token and needs nothing more.',
    'builder.viewerOnly':
      'Only an admin can make screen links, because they carry the viewer token.',
    'builder.layout': 'Layout',
    'builder.layout.single': 'One at a time',
    'builder.layout.grid': 'Grid',
    'builder.layout.ticker': 'Ticker',
    'builder.theme': 'Theme',
    'builder.theme.dark': 'Dark',
    'builder.theme.light': 'Light',
    'builder.language': 'Language',
    'builder.language.browser': 'The screen’s browser',
    'builder.language.da': 'Danish',
    'builder.language.en': 'English',
    'builder.seconds': 'Seconds per slide',
    'builder.seconds.hint': ({ min, max }: { min: string; max: string }) =>
      `From ${min} to ${max}. The ticker shows the newest at once and does not turn.`,
    'builder.seconds.invalid': ({ min, max }: { min: string; max: string }) =>
      `Write a whole number from ${min} to ${max}.`,
    'builder.column': 'Saved column',
    'builder.column.own': 'None: choose topics, kinds, hashtags and a list',
    'builder.column.hint':
      'A column from explore: the screen follows its filter, also when it is changed there.',
    'builder.column.chosen':
      'The screen shows the column’s mentions; its filter is changed in explore.',
    'builder.column.none':
      'No saved columns yet: save one in explore to show it here.',
    'builder.topics': 'Topics',
    'builder.topics.hint': 'None chosen: every topic.',
    'builder.topics.none':
      'There are no topics yet: the screen shows every mention.',
    'builder.kinds': 'Kinds',
    'builder.kind.company': 'Company',
    'builder.kind.competitor': 'Competitors',
    'builder.kind.industry': 'Industry',
    'builder.kind.custom': 'Custom',
    'builder.list': 'Interest list',
    'builder.list.hint':
      'Only mentions from the list’s sources. Lists are made on the Accounts page.',
    'builder.list.any': 'All sources',
    'builder.hashtags': 'Hashtags',
    'builder.hashtags.hint':
      'Separated by spaces or commas, e.g. #dkbiz #givlivetvidere. Empty: all.',
    'builder.hashtags.invalid': ({ tag }: { tag: string }) =>
      `“${tag}” is not a hashtag: letters, digits and _ with at least one letter.`,
    'builder.token': 'Viewer token',
    'builder.token.hint':
      'Lyt keeps only a fingerprint of it, so paste the one you were given, or make a new one.',
    'builder.token.rotate': 'Make a new viewer token',
    'builder.token.confirm.title': 'Make a new viewer token?',
    'builder.token.confirm.text':
      'Every screen and viewer link with the old token stops working at once and says so. Open the new link on each screen.',
    'builder.token.confirm.action': 'Make a new token',
    'builder.token.made':
      'A new viewer token is in the link. It is shown only now.',
    'builder.link': 'Link for the screen',
    'builder.link.missingToken':
      'Add the viewer token to get a link the screen can open.',
    'builder.copy': 'Copy link',
    'builder.copied': 'The screen link is copied.',
    'builder.copyFailed':
      'The browser did not allow copying: select the link and copy it.',
    'builder.open': 'Open the screen',
    'builder.preview': 'Preview',
    'builder.preview.lead': 'The screen as it looks now, at a smaller scale.',
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
    'column.gone.title': 'Kolonnen, skærmen viser, er fjernet',
    'column.gone.text':
      'En administrator kan vælge en anden kolonne eller ingen under Indstillinger → Infoskærm og åbne det nye link her.',
    'connection.reconnecting': 'Genopretter forbindelsen…',
    'connection.offline': 'Offline · viser de seneste omtaler',
    'connection.connecting': 'Forbinder…',
    'link.invalid.title': 'Skærmens link gælder ikke længere',
    'link.invalid.text':
      'Visningsnøglen i linket er blevet udskiftet. En administrator kan lave et nyt skærmlink under Indstillinger → Infoskærm og åbne det her.',
    'link.missing.title': 'Skærmen skal åbnes med et skærmlink',
    'link.missing.text':
      'Åbn det link, en administrator laver under Indstillinger → Infoskærm: det indeholder visningsnøglen, der lukker skærmen ind.',
    section: 'Infoskærm',
    'builder.title': 'Skærmlink',
    'builder.lead':
      'Vælg, hvad kontorets skærm skal vise, og åbn linket i skærmens browser. Det logger ind med visningsnøglen og kræver intet andet.',
    'builder.viewerOnly':
      'Kun en administrator kan lave skærmlinks, fordi de indeholder visningsnøglen.',
    'builder.layout': 'Layout',
    'builder.layout.single': 'Én ad gangen',
    'builder.layout.grid': 'Gitter',
    'builder.layout.ticker': 'Ticker',
    'builder.theme': 'Tema',
    'builder.theme.dark': 'Mørkt',
    'builder.theme.light': 'Lyst',
    'builder.language': 'Sprog',
    'builder.language.browser': 'Skærmens browser',
    'builder.language.da': 'Dansk',
    'builder.language.en': 'Engelsk',
    'builder.seconds': 'Sekunder pr. visning',
    'builder.seconds.hint': ({ min, max }: { min: string; max: string }) =>
      `Fra ${min} til ${max}. Tickeren viser de nyeste med det samme og skifter ikke.`,
    'builder.seconds.invalid': ({ min, max }: { min: string; max: string }) =>
      `Skriv et helt tal fra ${min} til ${max}.`,
    'builder.column': 'Gemt kolonne',
    'builder.column.own': 'Ingen: vælg emner, typer, hashtags og en liste',
    'builder.column.hint':
      'En kolonne fra Udforsk: skærmen følger dens filter, også når det ændres dér.',
    'builder.column.chosen':
      'Skærmen viser kolonnens omtaler; dens filter ændres i Udforsk.',
    'builder.column.none':
      'Ingen gemte kolonner endnu: gem en i Udforsk for at vise den her.',
    'builder.topics': 'Emner',
    'builder.topics.hint': 'Ingen valgt: alle emner.',
    'builder.topics.none':
      'Der er ingen emner endnu: skærmen viser alle omtaler.',
    'builder.kinds': 'Typer',
    'builder.kind.company': 'Virksomhed',
    'builder.kind.competitor': 'Konkurrenter',
    'builder.kind.industry': 'Branche',
    'builder.kind.custom': 'Egne',
    'builder.list': 'Interesseliste',
    'builder.list.hint':
      'Kun omtaler fra listens kilder. Lister laves på siden Konti.',
    'builder.list.any': 'Alle kilder',
    'builder.hashtags': 'Hashtags',
    'builder.hashtags.hint':
      'Adskilt af mellemrum eller komma, fx #dkbiz #givlivetvidere. Tomt: alle.',
    'builder.hashtags.invalid': ({ tag }: { tag: string }) =>
      `“${tag}” er ikke et hashtag: bogstaver, tal og _ med mindst ét bogstav.`,
    'builder.token': 'Visningsnøgle',
    'builder.token.hint':
      'Lyt gemmer kun et fingeraftryk af den, så indsæt den, du har fået, eller lav en ny.',
    'builder.token.rotate': 'Lav en ny visningsnøgle',
    'builder.token.confirm.title': 'Lav en ny visningsnøgle?',
    'builder.token.confirm.text':
      'Alle skærme og visningslinks med den gamle nøgle holder op med at virke med det samme og siger det. Åbn det nye link på hver skærm.',
    'builder.token.confirm.action': 'Lav en ny nøgle',
    'builder.token.made':
      'En ny visningsnøgle er sat ind i linket. Den vises kun nu.',
    'builder.link': 'Link til skærmen',
    'builder.link.missingToken':
      'Tilføj visningsnøglen for at få et link, skærmen kan åbne.',
    'builder.copy': 'Kopiér link',
    'builder.copied': 'Skærmlinket er kopieret.',
    'builder.copyFailed':
      'Browseren tillod ikke at kopiere: markér linket og kopiér det.',
    'builder.open': 'Åbn skærmen',
    'builder.preview': 'Forhåndsvisning',
    'builder.preview.lead': 'Skærmen, som den ser ud nu, i mindre format.',
  },
});
