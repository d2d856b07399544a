import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  generateContractSchemas,
  SCHEMAS_FILE,
} from '../scripts/contract-schemas';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content: Record<string, { schema: { $ref: string } }> };
        responses: Record<
          string,
          { content?: Record<string, { schema: Record<string, unknown> }> }
        >;
        security?: unknown[];
      }
    >
  >;
  openapi: string;
  components: {
    securitySchemes: Record<string, Record<string, unknown>>;
    schemas: Record<
      string,
      {
        properties?: Record<string, Record<string, unknown>>;
        required?: string[];
      }
    >;
  };
}

describe('the OpenAPI document', () => {
  let database: TestDatabase;
  let app: TestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
    const response = await app.request('/api/docs/openapi.json', {
      token: null,
    });
    expect(response.status).toBe(200);
    document = (await response.json()) as OpenApiDocument;
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('lists the routes under /api', () => {
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/sources',
        '/api/sources/{id}/poll',
        '/api/topics',
        '/api/topics/preview',
      ]),
    );
  });

  it("describes request bodies with the DTOs' validation rules", () => {
    const ref =
      document.paths['/api/sources']!['post']!.requestBody!.content[
        'application/json'
      ]!.schema.$ref;
    const schema = document.components.schemas[ref.split('/').at(-1)!]!;
    expect(schema.properties!['intervalSeconds']).toMatchObject({
      type: 'integer',
      minimum: 5,
    });

    const topic = document.components.schemas['CreateTopicDto']!;
    expect(topic.properties!['kind']).toMatchObject({
      enum: ['company', 'competitor', 'industry', 'custom'],
    });
    expect(topic.required).toEqual(
      expect.arrayContaining(['name', 'kind', 'query']),
    );
  });

  it('serves the interactive page', async () => {
    const response = await app.request('/api/docs', { token: null });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('swagger');
  });

  it('is a valid OpenAPI 3.1 document, by @seriousme/openapi-schema-validator', async () => {
    const file = join(tmpdir(), `lyt-openapi-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(document));
    // The validator is ESM only: it runs in a process of its own.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { Validator } from '@seriousme/openapi-schema-validator';
         const validator = new Validator();
         const result = await validator.validate(process.argv[1]);
         process.stdout.write(JSON.stringify({ ...result, version: validator.version }));`,
        file,
      ],
      { cwd: resolve(__dirname, '../../..') },
    );
    expect(JSON.parse(stdout)).toEqual({ valid: true, version: '3.1' });
  });

  it('names the token scheme as what it is: an HTTP bearer token, not a JWT', () => {
    expect(document.components.securitySchemes['bearer']).toEqual({
      type: 'http',
      scheme: 'bearer',
      description: expect.stringContaining('Authorization: Bearer'),
    });
    expect(document.paths['/api/health']!['get']!.security).toEqual([]);
  });

  it('describes what every route answers, by the contract types of libs/contracts', () => {
    const undocumented: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const success = Object.entries(operation.responses).find(([status]) =>
          status.startsWith('2'),
        );
        const described =
          success?.[0] === '204' || success?.[1].content !== undefined;
        if (!described) undocumented.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(undocumented).toEqual([]);
    const topic =
      document.paths['/api/topics/{id}']!['get']!.responses['200']!.content![
        'application/json'
      ]!.schema;
    expect(topic).toEqual({ $ref: '#/components/schemas/Topic' });
    expect(document.components.schemas['Topic']!.required).toEqual(
      expect.arrayContaining(['id', 'name', 'kind', 'query', 'rematch']),
    );
    const notFound =
      document.paths['/api/sources/{id}']!['delete']!.responses['404'];
    expect(notFound!.content!['application/json']!.schema).toEqual({
      $ref: '#/components/schemas/ApiErrorBody',
    });
    const errorsWithoutBody = Object.entries(document.paths).flatMap(
      ([path, operations]) =>
        Object.entries(operations).flatMap(([method, operation]) =>
          Object.entries(operation.responses)
            .filter(([status, answer]) => status >= '400' && !answer.content)
            .map(([status]) => `${method.toUpperCase()} ${path} ${status}`),
        ),
    );
    expect(errorsWithoutBody).toEqual([]);
    expect(
      document.paths['/api/sources']!['post']!.responses['400']!.content![
        'application/json'
      ]!.schema,
    ).toEqual({ $ref: '#/components/schemas/ApiErrorBody' });
  });

  it('takes its response schemas from libs/contracts as they are now', () => {
    // Stale after a contract changed: run `npx nx run api:contract-schemas`.
    expect(JSON.parse(readFileSync(SCHEMAS_FILE, 'utf8'))).toEqual(
      JSON.parse(generateContractSchemas()),
    );
  });
});
