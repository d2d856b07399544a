// Writes (or, with --check, compares) src/contract-schemas.json: JSON Schemas of the
// response types in libs/contracts, for the OpenAPI document. Run after changing a
// contract: npx nx run api:contract-schemas
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';

const ROOT = resolve(__dirname, '../../..');
export const SCHEMAS_FILE = join(ROOT, 'apps/api/src/contract-schemas.json');

/** The shapes the api answers with: each one and what it refers to goes into the document. */
export const RESPONSE_TYPES = [
  'Account',
  'AccountComparison',
  'AlertChannelOptions',
  'AlertDelivery',
  'AlertRule',
  'AlertWebhookPayload',
  'AmbassadorSettings',
  'AmbassadorStats',
  'ApiErrorBody',
  'AuthorStats',
  'BlindSpotStats',
  'Column',
  'DemoRemoval',
  'DemoStatus',
  'Goal',
  'HashtagPairStats',
  'HashtagStats',
  'HashtagVolumeStats',
  'HealthStatus',
  'InterestList',
  'Mention',
  'MentionPage',
  'MentionVisibility',
  'OpmlImportReport',
  'Session',
  'SentimentStats',
  'ShareOfVoiceStats',
  'Source',
  'SourceStats',
  'SourceTemplateView',
  'SpikeStats',
  'SummaryStats',
  'Topic',
  'TopicPreview',
  'ViewerToken',
  'VolumeStats',
] as const;

type Schema = Record<string, unknown>;

export function generateContractSchemas(): string {
  const generator = createGenerator({
    path: join(ROOT, 'libs/contracts/src/index.ts'),
    tsconfig: join(ROOT, 'libs/contracts/tsconfig.json'),
    type: '*',
    expose: 'export',
    topRef: true,
    skipTypeCheck: true,
    additionalProperties: false,
  });
  const definitions = (generator.createSchema('*').definitions ?? {}) as Record<
    string,
    Schema
  >;
  const wanted = new Set<string>();
  const visit = (name: string) => {
    if (wanted.has(name)) return;
    if (!definitions[name])
      throw new Error(`libs/contracts exports no type ${name}`);
    wanted.add(name);
    for (const match of JSON.stringify(definitions[name]).matchAll(
      /"#\/definitions\/([^"]+)"/g,
    ))
      visit(decodeURIComponent(match[1]!));
  };
  RESPONSE_TYPES.forEach(visit);
  const schemas = Object.fromEntries(
    [...wanted].sort().map((name) => [name, definitions[name]]),
  );
  // In an OpenAPI document, schemas live under components.
  return `${JSON.stringify(schemas, null, 2).replaceAll('#/definitions/', '#/components/schemas/')}\n`;
}

if (require.main === module) {
  const generated = generateContractSchemas();
  if (process.argv.includes('--check')) {
    // Compared as JSON: prettier may format the file.
    const committed: unknown = JSON.parse(readFileSync(SCHEMAS_FILE, 'utf8'));
    if (JSON.stringify(committed) !== JSON.stringify(JSON.parse(generated))) {
      process.stderr.write(
        `${SCHEMAS_FILE} is out of date: run npx nx run api:contract-schemas\n`,
      );
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMAS_FILE, generated);
  }
}
