import type { LexiconLanguage } from '../lexicons/afinn-lexicon.util';

/** How one language marks negation, emphasis and contrast around its lexicon words. */
export interface SentimentProfile {
  readonly lexicon: LexiconLanguage;
  readonly negators: ReadonlySet<string>;
  /** English writes most negations as a contraction: "isn't", "don't", "won't". */
  readonly negatorSuffix: string | null;
  /** A negator directly before one of these is a focus particle, not a negation ("ikke kun", "not only"). */
  readonly negationBreakers: ReadonlySet<string>;
  readonly intensifiers: ReadonlySet<string>;
  /** Words after which the writer's actual point follows ("god mad, men elendig service"). */
  readonly contrasts: ReadonlySet<string>;
  /**
   * Scandinavian main clauses put the negator after the verb ("det hjælper
   * ikke", "jeg anbefaler ikke"), so these may also turn back on the word just
   * before them. Slang "ik" is left out: it is mostly a tag ("fedt ik").
   */
  readonly trailingNegators: ReadonlySet<string>;
}

const words = (list: string): ReadonlySet<string> =>
  new Set(list.split(/\s+/).filter(Boolean));

// Danish, with the Norwegian (Bokmål and Nynorsk) and Swedish spellings that the
// Danish lexicon is also used for.
export const SCANDINAVIAN_PROFILE: SentimentProfile = {
  lexicon: 'da',
  negators: words(`
    ikke ik ikk aldrig ingen intet hverken ej uden næppe
    ikkje aldri inga ingenting uten
    inte aldrig inget inga utan varken`),
  negatorSuffix: null,
  negationBreakers: words('kun bare blot alene mindst'),
  intensifiers: words(`
    meget rigtig rigtigt virkelig virkeligt vildt mega ekstremt enormt totalt særdeles
    utrolig utroligt pisse sindssygt hamrende skide
    veldig skikkelig kjempe svært
    mycket väldigt jätte riktigt verkligen otroligt sjukt`),
  contrasts: words('men'),
  trailingNegators: words('ikke ikkje inte aldrig aldri'),
};

export const ENGLISH_PROFILE: SentimentProfile = {
  lexicon: 'en',
  negators: words(`
    not no never none nobody nothing neither nor without
    dont doesnt didnt isnt arent wasnt werent cant couldnt wont wouldnt shouldnt
    havent hasnt hadnt aint`),
  negatorSuffix: "n't",
  negationBreakers: words('only just least'),
  intensifiers: words(`
    very really so extremely totally absolutely incredibly highly truly completely
    utterly super pretty particularly exceptionally`),
  contrasts: words('but'),
  trailingNegators: words(''),
};
