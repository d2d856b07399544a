import type { LexiconLanguage } from './afinn-lexicon.util';

/** A word Lyt adds to an AFINN list, scored with the valence of an AFINN word. */
export interface SupplementEntry {
  readonly entry: string;
  /** The AFINN word whose valence the entry takes. */
  readonly basis: string;
  /** The list the basis is in, when not the list being supplemented. */
  readonly basisLexicon?: LexiconLanguage;
}

// AFINN-da lists many words in one inflection only ("dejlig" but not
// "dejligt"), misses everyday slang ("fedt", "træls") and has no Norwegian or
// Swedish spellings, which the Scandinavian profile needs. Each addition takes
// the valence of an AFINN word, so no number here is Lyt's own; nothing
// overrides an AFINN entry.
const DANISH: readonly SupplementEntry[] = [
  { entry: 'gode', basis: 'god' },
  { entry: 'fedt', basis: 'fed' },
  { entry: 'fede', basis: 'fed' },
  { entry: 'sej', basis: 'fed' },
  { entry: 'sejt', basis: 'fed' },
  { entry: 'seje', basis: 'fed' },
  { entry: 'dejligt', basis: 'dejlig' },
  { entry: 'dejlige', basis: 'dejlig' },
  { entry: 'skøn', basis: 'dejlig' },
  { entry: 'skønt', basis: 'dejlig' },
  { entry: 'skønne', basis: 'dejlig' },
  { entry: 'flotte', basis: 'flot' },
  { entry: 'perfekte', basis: 'perfekt' },
  { entry: 'bedst', basis: 'bedste' },
  { entry: 'sjove', basis: 'sjov' },
  { entry: 'hyggelig', basis: 'hygge' },
  { entry: 'hyggeligt', basis: 'hygge' },
  { entry: 'hyggelige', basis: 'hygge' },
  { entry: 'nice', basis: 'nice', basisLexicon: 'en' },
  { entry: 'frygteligt', basis: 'frygtelig' },
  { entry: 'forfærdelig', basis: 'frygtelig' },
  { entry: 'forfærdeligt', basis: 'frygtelig' },
  { entry: 'træls', basis: 'irriterende' },
  // Norwegian
  { entry: 'takk', basis: 'tak' },
  { entry: 'flott', basis: 'flot' },
  { entry: 'fornøyd', basis: 'tilfreds' },
  { entry: 'fornøyde', basis: 'tilfreds' },
  { entry: 'kjedelig', basis: 'kedelig' },
  // Swedish
  { entry: 'tack', basis: 'tak' },
  { entry: 'bra', basis: 'god' },
  { entry: 'dålig', basis: 'dårlig' },
  { entry: 'dåligt', basis: 'dårlig' },
  { entry: 'dåliga', basis: 'dårlig' },
  { entry: 'nöjd', basis: 'tilfreds' },
  { entry: 'nöjda', basis: 'tilfreds' },
  { entry: 'härlig', basis: 'herlig' },
  { entry: 'härligt', basis: 'herlig' },
  { entry: 'tråkig', basis: 'kedelig' },
];

export const LEXICON_SUPPLEMENT: Record<LexiconLanguage, readonly SupplementEntry[]> = { da: DANISH, en: [] };
