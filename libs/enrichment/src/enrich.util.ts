import type { Sentiment } from '@lyt/contracts';
import { detectLanguage } from './language/detect-language.util';
import { languageCode } from './language/language-tag.util';
import { scoreSentiment } from './sentiment/score-sentiment.util';

export interface EnrichInput {
  title?: string | null;
  text: string;
  /** The language the feed declares, if any ("da", "da-DK"). */
  language?: string | null;
}

export interface Enrichment {
  /** ISO 639-1: the declared language's primary subtag, else the detected one, else null. */
  language: string | null;
  sentiment: Sentiment;
}

/** Language and sentiment of one feed item, from its title and text together. */
export function enrich(item: EnrichInput): Enrichment {
  const content = itemContent(item.title ?? null, item.text);
  const language = languageCode(item.language) ?? detectLanguage(content);
  return { language, sentiment: scoreSentiment(content, language) };
}

// Many feeds repeat the title as the first line of the body (Google News, most
// blogs' descriptions); counting its words twice would double their weight.
function itemContent(title: string | null, text: string): string {
  const heading = title?.trim() ?? '';
  if (heading === '' || text.trimStart().startsWith(heading)) return text;
  // The line break ends the title's sentence, so no negation or "but" reaches across.
  return `${heading}\n${text}`;
}
