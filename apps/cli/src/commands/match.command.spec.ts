import { runInProcess, runLyt } from '../testing/run-command';
import { matchCommand } from './match.command';

const USAGE =
  '(usage: lyt match --query <q> --text <t> [--title <t>] [--author <a>] [--hashtag <tag>]...)';

describe('matchCommand', () => {
  describe('run', () => {
    it.each<[string, string[], object]>([
      [
        'a match with hits',
        ['--query', 'lego -legoland', '--text', "LEGO's nye sæt"],
        {
          matched: true,
          hits: [
            {
              term: 'lego',
              field: 'text',
              start: 0,
              end: 4,
              snippet: "LEGO's nye sæt",
            },
          ],
        },
      ],
      [
        'no match',
        ['--query', 'novo', '--text', 'Novonordisk'],
        { matched: false, hits: [] },
      ],
      [
        'the title',
        [
          '--query',
          '"novo nordisk"',
          '--text',
          '',
          '--title',
          'Novo-Nordisk A/S',
        ],
        {
          matched: true,
          hits: [
            {
              term: '"novo nordisk"',
              field: 'title',
              start: 0,
              end: 12,
              snippet: 'Novo-Nordisk A/S',
            },
          ],
        },
      ],
      [
        'the author',
        ['--query', '@novo', '--text', 'hej', '--author', '@novo@x.social'],
        {
          matched: true,
          hits: [{ term: '@novo', field: 'author', start: 0, end: 14 }],
        },
      ],
      [
        'repeated --hashtag',
        [
          '--query',
          '#dkbiz #dkgrøn',
          '--text',
          'rapport',
          '--hashtag',
          'DKbiz',
          '--hashtag',
          '#dkgrøn',
        ],
        {
          matched: true,
          hits: [
            { term: '#dkbiz', field: 'hashtags', start: 0, end: 5, index: 0 },
            { term: '#dkgrøn', field: 'hashtags', start: 1, end: 7, index: 1 },
          ],
        },
      ],
      [
        'a query or text that starts with a dash',
        ['--query', '-job novo', '--text', '- Novo søger folk'],
        {
          matched: true,
          hits: [
            {
              term: 'novo',
              field: 'text',
              start: 2,
              end: 6,
              snippet: '- Novo søger folk',
            },
          ],
        },
      ],
      [
        'a hashtag written in the text',
        ['--query', '#dkbiz', '--text', 'Ny rapport #DKbiz'],
        {
          matched: true,
          hits: [
            {
              term: '#dkbiz',
              field: 'text',
              start: 11,
              end: 17,
              snippet: 'Ny rapport #DKbiz',
            },
          ],
        },
      ],
    ])('prints one line of JSON for %s', async (_, args, result) => {
      const { code, out, err } = await runInProcess(matchCommand, args);
      expect({ code, out, err }).toEqual({
        code: 0,
        out: [JSON.stringify(result)],
        err: [],
      });
    });

    it.each([
      [
        'an unbalanced parenthesis',
        ['--query', 'novo (lego', '--text', 'x'],
        'error: unbalanced parenthesis at 6',
      ],
      [
        'an unterminated quote',
        ['--query', 'a "b', '--text', 'x'],
        'error: unterminated quote at 3',
      ],
      [
        'a dangling OR',
        ['--query', 'novo OR lego OR', '--text', 'x'],
        'error: dangling OR at 14',
      ],
      [
        'an empty query',
        ['--query', '', '--text', 'x'],
        'error: empty query at 1',
      ],
      [
        'only exclusions',
        ['--query', '-job', '--text', 'x'],
        'error: only exclusions, nothing to look for at 1',
      ],
      ['a missing --query', ['--text', 'x'], `error: missing --query ${USAGE}`],
      [
        'a missing --text',
        ['--query', 'novo'],
        `error: missing --text ${USAGE}`,
      ],
      [
        'an unknown option',
        ['--query', 'novo', '--text', 'x', '--lang', 'da'],
        `error: Unknown option '--lang' ${USAGE}`,
      ],
    ])('fails with exit 2 and one error line on %s', async (_, args, line) => {
      const { code, out, err } = await runInProcess(matchCommand, args);
      expect({ code, out, err }).toEqual({ code: 2, out: [], err: [line] });
    });
  });

  describe('lyt match (a real process)', () => {
    it.each([
      [
        [
          '--query',
          'øresund OR "novo nordisk"',
          '--text',
          'Broen over Øresund',
        ],
        0,
        '{"matched":true,"hits":[{"term":"øresund","field":"text","start":11,"end":18,"snippet":"Broen over Øresund"}]}\n',
        '',
      ],
      [
        ['--query', 'lego', '--text', 'Legoland'],
        0,
        '{"matched":false,"hits":[]}\n',
        '',
      ],
      [
        ['--query', 'novo OR', '--text', 'x'],
        2,
        '',
        'error: dangling OR at 6\n',
      ],
      [['--query', 'novo'], 2, '', `error: missing --text ${USAGE}\n`],
    ])(
      'runs match %j: exit %i',
      async (args, code, stdout, stderr) => {
        expect(await runLyt(['match', ...args])).toEqual({
          code,
          stdout,
          stderr,
        });
      },
      30_000,
    );
  });
});
