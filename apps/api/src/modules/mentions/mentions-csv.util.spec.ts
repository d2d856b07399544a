import type { Mention } from '@lyt/contracts';
import { csvCell, csvHeader, csvLine } from './mentions-csv.util';

describe(csvCell.name, () => {
  it.each<[string, string | number | null, string]>([
    ['leaves plain text', 'Novo Nordisk', 'Novo Nordisk'],
    ['keeps Danish letters', 'Ærø åbner øl', 'Ærø åbner øl'],
    ['quotes a comma', 'a, b', '"a, b"'],
    ['doubles quotes', 'say "hej"', '"say ""hej"""'],
    ['quotes a line break', 'one\ntwo', '"one\ntwo"'],
    ['quotes a carriage return', 'one\r\ntwo', '"one\r\ntwo"'],
    ['defuses =', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['defuses +', '+45 12 34 56 78', "'+45 12 34 56 78"],
    ['defuses -', '-2+3', "'-2+3"],
    ['defuses @', '@SUM(A1)', "'@SUM(A1)"],
    ['defuses a tab', '\t=1', "'\t=1"],
    ['defuses a carriage return', '\r=1', `"'\r=1"`],
    ['leaves = inside text', 'a=b', 'a=b'],
    ['writes null as empty', null, ''],
    ['leaves a negative number a number', -0.5, '-0.5'],
  ])('%s', (_, value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe(csvLine.name, () => {
  it('writes the columns of the header in order, ending in CRLF', () => {
    const mention: Mention = {
      id: '7',
      title: 'LEGO, igen',
      text: 'Ny fabrik',
      url: 'https://example.dk/7',
      author: null,
      publishedAt: '2026-11-01T08:00:00.000Z',
      hashtags: ['dkbiz', 'lego'],
      mediaUrl: null,
      engagement: null,
      deletedOnPlatform: false,
      language: 'da',
      sentiment: { score: 0.25, label: 'positive' },
      source: { id: 's', name: 'Erhverv' },
      topics: [
        {
          id: 'a',
          name: 'Industri',
          kind: 'industry',
          terms: ['#dkbiz', '"ny fabrik"'],
        },
        {
          id: 'b',
          name: 'LEGO',
          kind: 'competitor',
          terms: ['lego', '#dkbiz'],
        },
      ],
    };
    expect(csvHeader()).toBe(
      'id,published_at,source,author,title,text,url,hashtags,topics,matched_terms,sentiment,sentiment_score,language\r\n',
    );
    expect(csvLine(mention)).toBe(
      '7,2026-11-01T08:00:00.000Z,Erhverv,,"LEGO, igen",Ny fabrik,https://example.dk/7,' +
        '#dkbiz #lego,Industri; LEGO,"#dkbiz; ""ny fabrik""; lego",positive,0.25,da\r\n',
    );
  });
});
