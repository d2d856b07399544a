import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content: Record<string, { schema: { $ref: string } }> };
      }
    >
  >;
  components: {
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
});
