import { defineMessages } from '../../i18n/messages';

export const topicsMessages = defineMessages({
  en: {
    section: 'Topics',
    title: 'Topics',
    lead: 'What Lyt listens for: the company, its competitors and the industry. Each mention counts for the topics it matches.',
    add: 'New topic',
    'empty.title': 'Create your company topic',
    'empty.text':
      'A topic is a search query. Start with your company, then add competitors and your industry to compare share of voice.',
    'empty.viewer': 'No topics yet. An admin creates them here.',
    caption: 'Topics',
    'column.name': 'Topic',
    'column.kind': 'Kind',
    'column.query': 'Query',
    'column.history': 'History',
    'column.actions': 'Actions',
    'kind.company': 'Company',
    'kind.competitor': 'Competitor',
    'kind.industry': 'Industry',
    'kind.custom': 'Other',
    edit: ({ name }: { name: string }) => `Edit ${name}`,
    delete: ({ name }: { name: string }) => `Delete ${name}`,
    'delete.title': 'Delete the topic?',
    'delete.text': ({ name }: { name: string }) =>
      `“${name}” and its mentions are deleted. Items stay stored, so a new topic can find them again.`,
    'delete.confirm': 'Delete topic',
    deleted: ({ name }: { name: string }) => `“${name}” was deleted.`,
    'rematch.running': ({ done, total }: { done: string; total: string }) =>
      `Matching history: ${done} of ${total} items`,
    'rematch.done': 'History matched',
    'rematch.label': 'Matching history',
    'form.create': 'New topic',
    'form.edit': 'Edit topic',
    'form.name': 'Name',
    'form.name.hint': 'As it appears in charts and lists, e.g. “LEGO”.',
    'form.kind': 'Kind',
    'form.color': 'Colour',
    'form.color.hint': 'The topic’s colour in every chart.',
    'form.query': 'Query',
    'form.query.hint':
      'Checked as you type. Saving matches the stored history again.',
    'form.save': 'Save',
    'form.create.submit': 'Create topic',
    'form.saved': ({ name }: { name: string }) => `“${name}” was saved.`,
    'form.nameRequired': 'Give the topic a name.',
    'form.queryRequired': 'Write what to look for.',
    'query.error': ({
      message,
      position,
    }: {
      message: string;
      position: string;
    }) => `${message} at character ${position}`,
    'query.valid': 'The query is valid.',
    'help.title': 'How to write a query',
    'help.words': 'Words side by side must all appear; OR allows either.',
    'help.exclude': 'LEGO, but not Legoland',
    'help.phrase': 'the exact phrase',
    'help.hashtags': 'either hashtag',
    'help.more':
      'word* matches the start of a word, @handle an author, and parentheses group.',
    'help.use': ({ example }: { example: string }) =>
      `Use the example ${example}`,
    'preview.title': 'Preview',
    'preview.lead': ({ scanned }: { scanned: string }) =>
      `Recent items it would match, of the newest ${scanned} stored.`,
    'preview.none':
      'None of the recent items match. That is fine for a new source: matching runs on every new item.',
    'preview.waiting': 'Write a valid query to see what it finds.',
    'preview.count': ({ count }: { count: string }) =>
      count === '1' ? '1 match' : `${count} matches`,
    'error.empty query': 'the query is empty',
    'error.unbalanced parenthesis': 'unbalanced parenthesis',
    'error.unterminated quote': 'unterminated quote',
    'error.dangling OR': 'OR without a term on both sides',
    'error.dangling AND': 'AND without a term on both sides',
    'error.dangling NOT': 'NOT without a term after it',
    'error.lone -': '“-” without a term after it',
    'error.double negation': 'double negation',
    'error.empty parentheses': 'empty parentheses',
    'error.empty hashtag': 'an empty hashtag',
    'error.empty handle': 'an empty handle',
    'error.hashtag without a letter': 'a hashtag without a letter',
    'error.invalid character in hashtag': 'an invalid character in a hashtag',
    'error.invalid character in handle': 'an invalid character in a handle',
    'error.term without letters or digits': 'a term without letters or digits',
    'error.phrase without letters or digits':
      'a phrase without letters or digits',
    'error.OR alternative with only exclusions':
      'an OR alternative with only exclusions',
    'error.only exclusions, nothing to look for':
      'only exclusions, nothing to look for',
  },
  da: {
    section: 'Emner',
    title: 'Emner',
    lead: 'Det, Lyt lytter efter: virksomheden, dens konkurrenter og branchen. Hver omtale tæller for de emner, den rammer.',
    add: 'Nyt emne',
    'empty.title': 'Opret jeres virksomhedsemne',
    'empty.text':
      'Et emne er en søgning. Begynd med virksomheden, og tilføj så konkurrenter og branchen for at sammenligne andel af omtale.',
    'empty.viewer': 'Ingen emner endnu. En administrator opretter dem her.',
    caption: 'Emner',
    'column.name': 'Emne',
    'column.kind': 'Type',
    'column.query': 'Søgning',
    'column.history': 'Historik',
    'column.actions': 'Handlinger',
    'kind.company': 'Virksomhed',
    'kind.competitor': 'Konkurrent',
    'kind.industry': 'Branche',
    'kind.custom': 'Andet',
    edit: ({ name }: { name: string }) => `Redigér ${name}`,
    delete: ({ name }: { name: string }) => `Slet ${name}`,
    'delete.title': 'Slet emnet?',
    'delete.text': ({ name }: { name: string }) =>
      `„${name}“ og dets omtaler slettes. Opslagene gemmes stadig, så et nyt emne kan finde dem igen.`,
    'delete.confirm': 'Slet emne',
    deleted: ({ name }: { name: string }) => `„${name}“ blev slettet.`,
    'rematch.running': ({ done, total }: { done: string; total: string }) =>
      `Gennemgår historikken: ${done} af ${total} opslag`,
    'rematch.done': 'Historikken er gennemgået',
    'rematch.label': 'Gennemgår historikken',
    'form.create': 'Nyt emne',
    'form.edit': 'Redigér emne',
    'form.name': 'Navn',
    'form.name.hint': 'Som det står i grafer og lister, fx „LEGO“.',
    'form.kind': 'Type',
    'form.color': 'Farve',
    'form.color.hint': 'Emnets farve i alle grafer.',
    'form.query': 'Søgning',
    'form.query.hint':
      'Kontrolleres, mens du skriver. Når du gemmer, gennemgås den gemte historik igen.',
    'form.save': 'Gem',
    'form.create.submit': 'Opret emne',
    'form.saved': ({ name }: { name: string }) => `„${name}“ blev gemt.`,
    'form.nameRequired': 'Giv emnet et navn.',
    'form.queryRequired': 'Skriv, hvad der skal søges efter.',
    'query.error': ({
      message,
      position,
    }: {
      message: string;
      position: string;
    }) => `${message} ved tegn ${position}`,
    'query.valid': 'Søgningen er gyldig.',
    'help.title': 'Sådan skriver du en søgning',
    'help.words':
      'Ord ved siden af hinanden skal alle forekomme; OR tillader enten det ene eller det andet.',
    'help.exclude': 'LEGO, men ikke Legoland',
    'help.phrase': 'præcis den vending',
    'help.hashtags': 'et af de to hashtags',
    'help.more':
      'ord* rammer begyndelsen af et ord, @navn en afsender, og parenteser grupperer.',
    'help.use': ({ example }: { example: string }) =>
      `Brug eksemplet ${example}`,
    'preview.title': 'Forhåndsvisning',
    'preview.lead': ({ scanned }: { scanned: string }) =>
      `Nylige opslag, den ville ramme, blandt de ${scanned} nyeste gemte.`,
    'preview.none':
      'Ingen af de nylige opslag rammes. Det er helt fint for en ny kilde: hvert nyt opslag bliver matchet.',
    'preview.waiting': 'Skriv en gyldig søgning for at se, hvad den finder.',
    'preview.count': ({ count }: { count: string }) =>
      count === '1' ? '1 træffer' : `${count} træffere`,
    'error.empty query': 'søgningen er tom',
    'error.unbalanced parenthesis': 'en parentes uden sin makker',
    'error.unterminated quote': 'et anførselstegn, der ikke lukkes',
    'error.dangling OR': 'OR uden et ord på begge sider',
    'error.dangling AND': 'AND uden et ord på begge sider',
    'error.dangling NOT': 'NOT uden et ord efter',
    'error.lone -': '„-“ uden et ord efter',
    'error.double negation': 'dobbelt nægtelse',
    'error.empty parentheses': 'tomme parenteser',
    'error.empty hashtag': 'et tomt hashtag',
    'error.empty handle': 'et tomt brugernavn',
    'error.hashtag without a letter': 'et hashtag uden bogstaver',
    'error.invalid character in hashtag': 'et ugyldigt tegn i et hashtag',
    'error.invalid character in handle': 'et ugyldigt tegn i et brugernavn',
    'error.term without letters or digits': 'et ord uden bogstaver eller tal',
    'error.phrase without letters or digits':
      'en vending uden bogstaver eller tal',
    'error.OR alternative with only exclusions':
      'et OR-alternativ, der kun udelukker',
    'error.only exclusions, nothing to look for':
      'kun udelukkelser, intet at søge efter',
  },
});

/** The topic form's fields, for the server's 400s that name them; the query's own errors are said with their position. */
export const topicFieldErrors = defineMessages({
  en: {
    name: 'Give the topic a name of 1 to 100 characters.',
    kind: 'Choose a kind: company, competitor, industry or other.',
    color: 'Choose a colour as a hex code, e.g. #1f77b4.',
  },
  da: {
    name: 'Giv emnet et navn på 1 til 100 tegn.',
    kind: 'Vælg en type: virksomhed, konkurrent, branche eller andet.',
    color: 'Vælg en farve som hex-kode, fx #1f77b4.',
  },
});
