export { enrich, type EnrichInput, type Enrichment } from './enrich.util';
export {
  detectLanguage,
  DETECTABLE_LANGUAGES,
  MIN_DETECTABLE_LETTERS,
  type DetectableLanguage,
} from './language/detect-language.util';
export { languageCode } from './language/language-tag.util';
export {
  scoreSentiment,
  SENTIMENT_NEUTRAL_THRESHOLD,
} from './sentiment/score-sentiment.util';
