import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

/**
 * The OpenAPI document at /api/docs (JSON at /api/docs/openapi.json), generated
 * from the controllers. Request bodies are described by the DTOs' class-validator
 * rules themselves, so the document cannot drift from what the API enforces.
 */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Lyt')
    .setDescription(
      'Self-hosted social listening: sources, topics, mentions, statistics and the /live stream.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  // class-validator-jsonschema speaks openapi3-ts's types, which describe the same JSON.
  const rules = validationMetadatasToSchemas({
    refPointerPrefix: '#/components/schemas/',
  }) as NonNullable<NonNullable<typeof document.components>['schemas']>;
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...rules },
  };
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
}
