import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { MODEL_LANGUAGES, scoreLanguages } from './language-model.util';

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

function ranking(text: string): string[] {
  const { totals } = scoreLanguages(words(text));
  return [...totals]
    .map((total, index) => [MODEL_LANGUAGES[index] as string, total] as const)
    .filter(([, total]) => total > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([language]) => language);
}

describe(scoreLanguages.name, () => {
  it.each([
    ['da', 'Vi er rigtig glade for den nye service hos jer, tak for hjælpen'],
    ['sv', 'Vi är jättenöjda med er nya tjänst och väntar på nästa'],
    ['de', 'Wir sind sehr zufrieden mit dem neuen Dienst, vielen Dank'],
    ['en', 'We are really happy with your new service, thanks a lot'],
    ['nl', 'Wij zijn heel blij met de nieuwe dienst, hartelijk bedankt'],
    ['fi', 'Olemme todella tyytyväisiä uuteen palveluun, kiitos paljon'],
  ])('ranks %s first for a sentence in it', (language, text) => {
    expect(ranking(text)[0]).toBe(language);
  });

  it('counts each distinct n-gram once, so repeating a text does not change its scores', () => {
    const once = Array.from(
      scoreLanguages(words('Tak for hjælpen i går')).totals,
    );
    const twice = Array.from(
      scoreLanguages(words('Tak for hjælpen i går tak for hjælpen i går'))
        .totals,
    );
    expect(twice).toEqual(once);
  });

  it('scores nothing for text without Latin letters', () => {
    expect(ranking('Спасибо за помощь 你好 12345')).toEqual([]);
  });

  it('is built from the eld database installed (else run node libs/enrichment/scripts/build-language-model.mjs)', () => {
    expect(() =>
      execFileSync(
        process.execPath,
        [join(__dirname, '../../scripts/build-language-model.mjs'), '--check'],
        { stdio: 'pipe' },
      ),
    ).not.toThrow();
  });
});
