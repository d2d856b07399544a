import { CompiledQuery, compileQuery, validateQuery } from './compiled-query';
import type { MatchDocument } from './match-document.types';
import { prepareDocument } from './prepared-document';
import { QuerySyntaxError } from './query-syntax.error';

const text = (body: string): MatchDocument => ({ text: body });

type Case = [query: string, document: MatchDocument, matched: boolean];

describe(CompiledQuery.name, () => {
  describe('match', () => {
    const cases: Record<string, Case[]> = {
      'a word': [
        ['novo', text('Novo Nordisk hires'), true],
        ['novo', text('NOVO'), true],
        ['novo', text('Big day for #novo'), true],
        ['novo', text('Big day for #novonordisk'), false],
        ['novo', text('novonordisk.com'), false],
        ['novo', { title: 'Novo', text: '' }, true],
        ['novo', { text: '', hashtags: ['Novo'] }, true],
        ['novo', { text: '', hashtags: ['novonordisk'] }, false],
        ['novo', { text: '', author: 'novo' }, false],
        ['lego', text("LEGO's new set"), true],
        ['lego', text('A day in Legoland'), false],
        ['lego', text('LEGO-klodser'), true],
        ['2024', text('Året 2024.'), true],
      ],
      'Danish letters': [
        ['øresund', text('Broen over Øresund'), true],
        ['øresund', text('ØRESUND'), true],
        ['øresund', text('Oresund'), false],
        ['øresund', text('Øresundsbroen'), false],
        ['smørrebrød', text('Smørrebrød til frokost'), true],
        ['smørrebrød', text('smorrebrod'), false],
        ['blå', text('Blå Mandag'), true],
        ['blå', text('bla bla'), false],
        ['bla', text('Blå Mandag'), false],
        ['blå', text('Bla\u030A Mandag'), true],
        ['ø', text('o'), false],
        ['ærø', text('Aeroe'), false],
        ['aero', text('Ærø'), false],
        ['mærsk', text('Maersk'), false],
        ['maersk', text('Mærsk'), false],
        ['æble', text('ÆBLE'), true],
      ],
      'a prefix': [
        ['vind*', text('Nye vindmøller'), true],
        ['vind*', text('Vind'), true],
        ['vind*', text('Han overvinder'), false],
        ['vind*', text('#Vindkraft'), true],
        ['vind*', { text: '', hashtags: ['vindenergi'] }, true],
        ['øre*', text('Øresundsbroen'), true],
        ['øre*', text('oresund'), false],
      ],
      'a phrase': [
        ['"novo nordisk"', text('Novo Nordisk A/S'), true],
        ['"novo nordisk"', text('novo-nordisk'), true],
        ['"novo nordisk"', text('Det er novo. Nordisk er noget andet'), true],
        ['"novo nordisk"', text('novo \n\t nordisk'), true],
        ['"novo nordisk"', text('nordisk novo'), false],
        ['"novo nordisk"', text('novo og nordisk'), false],
        ['"novo nordisk"', text('#novonordisk'), false],
        ['"novo nordisk"', { text: '', hashtags: ['novonordisk'] }, false],
        [
          '"novo nordisk"',
          { title: 'Ny fra Novo', text: 'Nordisk design' },
          false,
        ],
        ['"novo nordisk"', { title: 'Novo Nordisk', text: '' }, true],
        ['"novo nord*"', text('Novo Nordisks aktie'), true],
        ['"novo"', text('#novo'), true],
        ['„novo nordisk“', text('Novo Nordisk'), true],
      ],
      'a term with inner punctuation': [
        ['a/s', text('Novo Nordisk A/S'), true],
        ['a/s', text('A S'), true],
        ['a/s', text('as'), false],
        ['novo-nordisk', text('Novo Nordisk'), true],
        ['novo-nordisk', text('novonordisk'), false],
        ['e.on', text('E.ON raises prices'), true],
        ['e.on', text('eon'), false],
        ["lego's", text('LEGO’s'), true],
      ],
      'a hashtag': [
        ['#dkbiz', text('Ny rapport #DKbiz'), true],
        ['#dkbiz', text('dkbiz'), false],
        ['#dkbiz', { text: '', hashtags: ['DKbiz'] }, true],
        ['#dkbiz', { text: '', hashtags: ['#dkbiz'] }, true],
        ['#dkbiz', text('#dkbiz2024'), false],
        ['#dkbiz', text('lyt.dk/#dkbiz'), false],
        ['#dkbiz', { title: 'Uge 12 #dkbiz', text: '' }, true],
        ['#ærø', text('#ÆRØ'), true],
        ['#dk*', text('#dkpol'), true],
        ['#dk*', text('dkpol'), false],
        ['#give_livet_videre', text('#GiveLivetVidere'), false],
      ],
      'a handle': [
        ['@novo', { text: '', author: '@novo@x.social' }, true],
        ['@novo', { text: '', author: 'novo' }, true],
        ['@novo', { text: '', author: '@Novo' }, true],
        ['@novo', text('cc @novo'), true],
        ['@novo', text('cc @novo@instance.dk'), true],
        ['@novo', text('cc @novonordisk'), false],
        ['@novo', text('novo'), false],
        ['@novo', text('mail info@novo.dk'), false],
        ['@novo', { text: '', author: 'Novo Nordisk' }, false],
        ['@novo', { text: '', author: '@novonordisk@x.social' }, false],
        ['@novo@x.social', { text: '', author: '@novo@x.social' }, true],
        ['@novo@x.social', text('@Novo@X.Social'), true],
        ['@novo@x.social', { text: '', author: '@novo@y.social' }, false],
        ['@novo@x.social', { text: '', author: 'novo' }, false],
      ],
      'AND, OR and NOT': [
        ['novo lego', text('novo og lego'), true],
        ['novo lego', text('novo'), false],
        ['novo AND lego', text('novo lego'), true],
        ['novo OR lego', text('lego'), true],
        ['novo | lego', text('lego'), true],
        ['novo OR lego', text('duplo'), false],
        ['novo -job', text('novo job'), false],
        ['novo -job', text('novo jobs'), true],
        ['novo NOT job', text('novo job'), false],
        ['novo -"novo nordisk"', text('Novo Nordisk'), false],
        ['novo -"novo nordisk"', text('Novo'), true],
        ['novo -(job OR stilling)', text('novo stilling'), false],
        ['novo -(job OR stilling)', text('novo'), true],
        ['novo -#job', text('novo #job'), false],
        ['novo -#job', text('novo job'), true],
        ['novo -@spam', { text: 'novo', author: 'spam' }, false],
        ['novo –job', text('novo job'), false],
      ],
      precedence: [
        ['a b OR c', text('a c'), true],
        ['a b OR c', text('c'), false],
        ['(a b) OR c', text('c'), true],
        ['(a b) OR c', text('a'), false],
        ['a OR b c', text('b c'), true],
        ['a OR b c', text('a'), false],
        ['x NOT a OR b', text('x'), true],
        ['x NOT a OR b', text('x a'), false],
        ['x NOT a OR b', text('x a b'), true],
      ],
      'lower-case keywords as words': [
        ['novo or lego', text('novo lego'), false],
        ['novo or lego', text('novo or lego'), true],
        ['novo not lego', text('novo not lego'), true],
        ['novo and lego', text('novo lego'), false],
      ],
    };

    describe.each(Object.entries(cases))('%s', (_, table) => {
      it.each(table)('%j on %j matches: %s', (query, document, matched) => {
        const topic = compileQuery(query);
        expect(topic.match(document).matched).toBe(matched);
        expect(topic.test(prepareDocument(document))).toBe(matched);
      });
    });

    type ExpectedHit = [
      term: string,
      field: string,
      found: string,
      index?: number,
    ];

    it.each<[string, MatchDocument, ExpectedHit[]]>([
      [
        'lego',
        text("LEGO's nye sæt #Lego"),
        [
          ['lego', 'text', 'LEGO'],
          ['lego', 'text', 'Lego'],
        ],
      ],
      [
        '"novo nordisk"',
        { title: 'Novo-Nordisk A/S', text: 'om novo\nnordisk' },
        [
          ['"novo nordisk"', 'title', 'Novo-Nordisk'],
          ['"novo nordisk"', 'text', 'novo\nnordisk'],
        ],
      ],
      [
        '#dkbiz',
        { text: 'Ny rapport #DKbiz', hashtags: ['dkbiz', 'dkpol'] },
        [['#dkbiz', 'text', '#DKbiz']],
      ],
      [
        '#dkpol',
        { text: 'Ny rapport #DKbiz', hashtags: ['dkbiz', '#DKpol'] },
        [['#dkpol', 'hashtags', 'DKpol', 1]],
      ],
      [
        'novo',
        { text: 'Novo vokser', hashtags: ['novo'] },
        [
          ['novo', 'text', 'Novo'],
          ['novo', 'hashtags', 'novo', 0],
        ],
      ],
      [
        '@novo',
        { text: 'cc @Novo.', author: '@novo@x.social' },
        [
          ['@novo', 'text', '@Novo'],
          ['@novo', 'author', '@novo@x.social'],
        ],
      ],
      [
        'vind*',
        text('Vindmøller og vind'),
        [
          ['vind*', 'text', 'Vindmøller'],
          ['vind*', 'text', 'vind'],
        ],
      ],
      [
        'novo (lego OR duplo) -job',
        text('novo lego'),
        [
          ['novo', 'text', 'novo'],
          ['lego', 'text', 'lego'],
        ],
      ],
      ['novo -lego', text('novo'), [['novo', 'text', 'novo']]],
      [
        'novo OR lego',
        text('lego and novo'),
        [
          ['lego', 'text', 'lego'],
          ['novo', 'text', 'novo'],
        ],
      ],
      ['novo (novo OR lego)', text('novo'), [['novo', 'text', 'novo']]],
      ['ørsted', text('😀 Ørsted!'), [['ørsted', 'text', 'Ørsted']]],
      ['blå', text('Bla\u030A mandag'), [['blå', 'text', 'Bla\u030A']]],
      [
        'novo',
        { title: 'Novo', text: 'novo' },
        [
          ['novo', 'title', 'Novo'],
          ['novo', 'text', 'novo'],
        ],
      ],
    ])(
      'explains %j on %j with hits at the right offsets',
      (query, document, expected) => {
        const { matched, hits } = compileQuery(query).match(document);
        expect(matched).toBe(true);
        const found = hits.map((hit) => {
          const source =
            hit.field === 'hashtags'
              ? document.hashtags?.[hit.index ?? -1]
              : hit.field === 'title'
                ? document.title
                : document[hit.field];
          const entry: ExpectedHit = [
            hit.term,
            hit.field,
            (source ?? '').slice(hit.start, hit.end),
          ];
          if (hit.index !== undefined) entry.push(hit.index);
          return entry;
        });
        expect(found).toEqual(expected);
      },
    );

    it('gives title and text hits a snippet', () => {
      const { hits } = compileQuery('novo').match(
        text(
          'Lorem ipsum dolor sit amet, consectetur adipiscing elit: Novo Nordisk',
        ),
      );
      expect(hits).toEqual([
        {
          term: 'novo',
          field: 'text',
          start: 57,
          end: 61,
          snippet: '…sit amet, consectetur adipiscing elit: Novo Nordisk',
        },
      ]);
    });

    it('gives no hits when the document does not match', () => {
      expect(compileQuery('novo -lego').match(text('novo lego'))).toEqual({
        matched: false,
        hits: [],
      });
    });

    it('gives the same answer for a document and its prepared form, across many queries', () => {
      const document: MatchDocument = {
        title: 'Mærsk',
        text: 'Mærsk og #Ørsted, cc @novo',
        hashtags: ['dkbiz'],
        author: 'lego',
      };
      const prepared = prepareDocument(document);
      for (const query of [
        'mærsk',
        '#ørsted',
        '@novo',
        '#dkbiz',
        '@lego',
        'ørsted -mærsk',
        '"mærsk og"',
      ]) {
        expect(compileQuery(query).match(prepared)).toEqual(
          compileQuery(query).match(document),
        );
      }
    });
  });

  describe('explain', () => {
    it.each([
      ['a b OR c', 'a AND (b OR c)'],
      ['(a b) OR c', '(a AND b) OR c'],
      ['a OR b c', '(a OR b) AND c'],
      ['x NOT a OR b', 'x AND (NOT a OR b)'],
      ['-job novo', 'NOT job AND novo'],
      [
        'novo -(job OR "ledig stilling")',
        'novo AND NOT (job OR "ledig stilling")',
      ],
      ['#dkbiz | @novo', '#dkbiz OR @novo'],
    ])('spells out %j as %j', (query, explained) => {
      expect(compileQuery(query).explain()).toBe(explained);
    });
  });
});

describe(compileQuery.name, () => {
  it('keeps the query as written', () => {
    expect(compileQuery(' novo  OR lego ').query).toBe(' novo  OR lego ');
  });

  it('throws a QuerySyntaxError with message and position', () => {
    expect(() => compileQuery('novo OR')).toThrow(
      new QuerySyntaxError('dangling OR', 6),
    );
    expect(() => compileQuery('novo OR')).toThrow(
      expect.objectContaining({ name: 'QuerySyntaxError', position: 6 }),
    );
  });
});

describe(validateQuery.name, () => {
  it.each([
    ['novo OR lego', { ok: true }],
    ['(novo', { ok: false, message: 'unbalanced parenthesis', position: 1 }],
    [
      'novo "nordisk',
      { ok: false, message: 'unterminated quote', position: 6 },
    ],
    [
      '-job',
      {
        ok: false,
        message: 'only exclusions, nothing to look for',
        position: 1,
      },
    ],
  ])('validates %j', (query, result) => {
    expect(validateQuery(query)).toEqual(result);
  });
});
