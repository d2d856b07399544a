import { tokenize } from '../text/tokenize.util';
import { AFINN_DA_TSV } from './afinn-da.generated';
import { AFINN_EN_TSV } from './afinn-en.generated';
import { LEXICON_SUPPLEMENT } from './lexicon-supplement.constant';

export type LexiconLanguage = 'da' | 'en';

export interface AfinnPhrase {
  /** Tokens as `tokenize` produces them, so a phrase matches a tokenised post directly. */
  readonly tokens: readonly string[];
  readonly valence: number;
}

export interface AfinnLexicon {
  /** Entries of one token ("elendig", "cover-up", "isn't"). */
  readonly words: ReadonlyMap<string, number>;
  /** Entries of several tokens ("ikke god", "does not work"), by first token, longest first. */
  readonly phrases: ReadonlyMap<string, readonly AfinnPhrase[]>;
  readonly size: number;
}

const SOURCES: Record<LexiconLanguage, string> = { da: AFINN_DA_TSV, en: AFINN_EN_TSV };
const loaded = new Map<LexiconLanguage, AfinnLexicon>();
const supplemented = new Map<LexiconLanguage, AfinnLexicon>();

/** Parses an AFINN list: one `entry<TAB>valence` per line. */
export function parseAfinn(tsv: string): AfinnLexicon {
  const words = new Map<string, number>();
  const phrases = new Map<string, AfinnPhrase[]>();
  let size = 0;
  for (const line of tsv.split('\n')) {
    if (line.trim() === '') continue;
    const [entry = '', rawValence = ''] = line.split('\t');
    const valence = Number(rawValence);
    const tokens = tokenize(entry).map((token) => token.text);
    if (tokens.length === 0 || rawValence.trim() === '' || !Number.isFinite(valence)) {
      throw new Error(`malformed AFINN line: ${JSON.stringify(line)}`);
    }
    size += 1;
    if (tokens.length === 1) {
      words.set(tokens[0], valence);
      continue;
    }
    const first = tokens[0];
    const list = phrases.get(first) ?? [];
    list.push({ tokens, valence });
    phrases.set(first, list);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { words, phrases, size };
}

/** The AFINN list for a language, parsed on first use and kept for the life of the process. */
export function afinnLexicon(language: LexiconLanguage): AfinnLexicon {
  let lexicon = loaded.get(language);
  if (lexicon === undefined) {
    lexicon = parseAfinn(SOURCES[language]);
    loaded.set(language, lexicon);
  }
  return lexicon;
}

/** The AFINN list plus Lyt's supplement (lexicon-supplement.constant.ts): what sentiment scoring uses. */
export function sentimentLexicon(language: LexiconLanguage): AfinnLexicon {
  let lexicon = supplemented.get(language);
  if (lexicon === undefined) {
    const afinn = afinnLexicon(language);
    const words = new Map(afinn.words);
    let size = afinn.size;
    for (const { entry, basis, basisLexicon = language } of LEXICON_SUPPLEMENT[language]) {
      const valence = afinnLexicon(basisLexicon).words.get(basis);
      if (valence === undefined) throw new Error(`lexicon supplement: "${basis}" is not in AFINN-${basisLexicon}`);
      if (words.has(entry)) continue;
      words.set(entry, valence);
      size += 1;
    }
    lexicon = { words, phrases: afinn.phrases, size };
    supplemented.set(language, lexicon);
  }
  return lexicon;
}
