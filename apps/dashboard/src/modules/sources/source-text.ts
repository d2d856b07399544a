import type { Source, SourceTemplateView } from '@lyt/contracts';
import type { Translate } from '../../i18n/messages';
import { sourcesMessages } from './sources.messages';

type SourcesDict = (typeof sourcesMessages)['en'];
type TextKey = {
  [K in keyof SourcesDict]: SourcesDict[K] extends string ? K : never;
}[keyof SourcesDict];

/** A message for a key built from server data (a template id, an error code), or `fallback` for one Lyt has no words for. */
function known(
  t: Translate<SourcesDict>,
  key: string,
  fallback: string,
): string {
  return key in sourcesMessages.en ? t(key as TextKey) : fallback;
}

/** The templates' names, descriptions and field labels in the page's language; the server's English for a template it does not know. */
export function templateText(
  t: Translate<SourcesDict>,
  template: SourceTemplateView,
) {
  return {
    name: known(t, `template.${template.id}`, template.name),
    description: known(t, `template.${template.id}.text`, template.description),
    field: (field: SourceTemplateView['fields'][number]) =>
      known(t, `field.${field.name}`, field.label),
    option: (field: string, option: string) =>
      known(t, `option.${field}.${option}`, option),
  };
}

/** What went wrong, in a sentence of the page's language; the server's own sentence (with the address and the status) is shown beside it. */
export function failureReason(
  t: Translate<SourcesDict>,
  status: string | null,
): string | null {
  if (!status || status === 'ok' || status === 'not-modified') return null;
  return known(t, `why.${status}`, status);
}

export type SourceStatus = 'ok' | 'failing' | 'paused' | 'waiting';

/** One word for a source's state: paused wins, then the outcome of its last poll. */
export function sourceStatus(
  source: Pick<Source, 'enabled' | 'health'>,
): SourceStatus {
  if (!source.enabled) return 'paused';
  if (source.health.errorCount > 0) return 'failing';
  if (!source.health.lastPolledAt) return 'waiting';
  return 'ok';
}
