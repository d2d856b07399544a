import type { INestApplication } from '@nestjs/common';
import {
  DocumentBuilder,
  SwaggerModule,
  type OpenAPIObject,
} from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import contractSchemas from './contract-schemas.json';

type Schemas = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>;

/** Routes anyone may call: no token. */
const PUBLIC_PATHS = new Set(['/api/health']);

/**
 * The OpenAPI document at /api/docs (JSON at /api/docs/openapi.json), generated
 * from the controllers. Request bodies are described by the DTOs' class-validator
 * rules themselves and responses by the contract types of libs/contracts
 * (src/contract-schemas.json, generated from them), so the document cannot
 * drift from what the API enforces and answers. OpenAPI 3.1, whose schemas are
 * JSON Schema: what the generator writes.
 */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Lyt')
    .setDescription(
      'Self-hosted social listening: sources, topics, mentions, statistics and the /live stream.',
    )
    .setVersion('0.1.0')
    // addSecurity, not addBearerAuth, which would call the token a JWT: it is an opaque string.
    .addSecurity('bearer', {
      type: 'http',
      scheme: 'bearer',
      description:
        'The admin or viewer token (an opaque string Lyt printed at first start or was given in LYT_ADMIN_TOKEN / LYT_VIEWER_TOKEN), as `Authorization: Bearer <token>`.',
    })
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  // class-validator-jsonschema speaks openapi3-ts's types, which describe the same JSON.
  const rules = validationMetadatasToSchemas({
    refPointerPrefix: '#/components/schemas/',
  }) as NonNullable<NonNullable<typeof document.components>['schemas']>;
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      ...rules,
      ...(contractSchemas as Schemas),
    },
  };
  describeCommonAnswers(document);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
}

/** What any route may answer besides its own result, and which routes need no token. */
function describeCommonAnswers(document: OpenAPIObject): void {
  const error = (description: string) => ({
    description,
    content: {
      'application/json': {
        schema: { $ref: '#/components/schemas/ApiErrorBody' },
      },
    },
  });
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'patch', 'put', 'delete'] as const) {
      const operation = operations[method];
      if (!operation) continue;
      if (PUBLIC_PATHS.has(path)) {
        operation.security = [];
        continue;
      }
      const hasInput =
        operation.requestBody !== undefined ||
        (operation.parameters ?? []).some(
          (parameter) => 'in' in parameter && parameter.in === 'query',
        );
      operation.responses = {
        ...operation.responses,
        ...(hasInput
          ? {
              '400': error(
                'A parameter or field is invalid: the message names it.',
              ),
            }
          : {}),
        ...(operation.requestBody
          ? {
              '413': error('The body is larger than 1 MB.'),
              '415': error(
                'The body is not JSON (Content-Type: application/json).',
              ),
            }
          : {}),
        '401': error('The token is missing or wrong.'),
        ...(method === 'get'
          ? {}
          : { '403': error('This needs the admin token.') }),
        '503': error(
          'The database is not answering; try again (see Retry-After).',
        ),
      };
    }
  }
}
