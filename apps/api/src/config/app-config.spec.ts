import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('has defaults that run everything in one process on port 3000 with the embedded database', () => {
    const config = loadConfig({}, '/srv/lyt');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      dataDir: '/srv/lyt/.lyt',
      adminToken: null,
      allowPrivateFeeds: false,
      demo: true,
      publicUrl: 'http://localhost:3000',
    });
    expect([...config.roles]).toEqual(['api', 'collector']);
  });

  it.each([
    ['PORT', '8080', { port: 8080, publicUrl: 'http://localhost:8080' }],
    ['LYT_ROLES', ' collector ', { roles: new Set(['collector']) }],
    ['LYT_ALLOW_PRIVATE_FEEDS', 'TRUE', { allowPrivateFeeds: true }],
    ['LYT_DEMO', 'false', { demo: false }],
    [
      'DATABASE_URL',
      'postgresql://u@db:5432/lyt',
      { databaseUrl: 'postgresql://u@db:5432/lyt' },
    ],
    [
      'LYT_BLUESKY_API',
      'http://127.0.0.1:2583/',
      { blueskyApi: 'http://127.0.0.1:2583' },
    ],
    [
      'LYT_PUBLIC_URL',
      'https://lyt.example.dk/',
      { publicUrl: 'https://lyt.example.dk' },
    ],
  ])('reads %s=%s', (name, value, expected) => {
    expect(loadConfig({ [name]: value })).toMatchObject(expected);
  });

  it.each([
    ['PORT', '70000'],
    ['PORT', 'http'],
    ['DATABASE_URL', 'mysql://localhost/lyt'],
    ['LYT_ROLES', 'api,worker'],
    ['LYT_ROLES', ','],
    ['LYT_ALLOW_PRIVATE_FEEDS', 'sometimes'],
    ['LYT_ADMIN_TOKEN', 'short'],
    ['LYT_LOG_LEVEL', 'chatty'],
    ['LYT_PUBLIC_URL', 'lyt.example.dk'],
    ['LYT_SMTP_URL', 'mail.example.dk:587'],
    ['LYT_SMTP_URL', 'https://mail.example.dk'],
    ['LYT_MAIL_FROM', 'Lyt'],
    ['LYT_MAIL_FROM', 'Lyt <lyt at example.dk>'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`${name}: .*\\(got "${value}"\\)`),
    );
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'x', LYT_LOG_FORMAT: 'xml', LYT_ROLES: 'nobody' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(
      (error as ConfigError).problems.map((problem) => problem.split(':')[0]),
    ).toEqual(['PORT', 'LYT_ROLES', 'LYT_LOG_FORMAT']);
  });

  it('reads the mail server and sender together', () => {
    expect(
      loadConfig({
        LYT_SMTP_URL: 'smtp://lyt:hemmelig@mail.example.dk:587',
        LYT_MAIL_FROM: 'Lyt <lyt@example.dk>',
      }).mail,
    ).toEqual({
      smtpUrl: 'smtp://lyt:hemmelig@mail.example.dk:587',
      from: 'Lyt <lyt@example.dk>',
    });
    expect(loadConfig({}).mail).toBeNull();
  });

  it.each([
    ['LYT_SMTP_URL', 'smtp://mail.example.dk', 'LYT_MAIL_FROM'],
    ['LYT_MAIL_FROM', 'lyt@example.dk', 'LYT_SMTP_URL'],
  ])('refuses %s without its partner', (name, value, missing) => {
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`${missing}: must be set together with ${name}`),
    );
  });

  it('refuses the same token for admin and viewer', () => {
    const token = 'the-same-token-for-both';
    expect(() =>
      loadConfig({ LYT_ADMIN_TOKEN: token, LYT_VIEWER_TOKEN: token }),
    ).toThrow(/LYT_VIEWER_TOKEN/);
  });
});

describe('.env.example', () => {
  it('documents every variable Lyt reads, with the same words', () => {
    const example = readFileSync(
      join(__dirname, '../../../../.env.example'),
      'utf8',
    );
    for (const [name, description] of Object.entries(CONFIG_VARIABLES)) {
      expect(example).toContain(`# ${description}\n${name}=`);
    }
  });
});
