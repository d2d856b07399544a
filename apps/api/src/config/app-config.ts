import { resolve } from 'node:path';

export const LYT_ROLES = ['api', 'collector'] as const;
export type LytRole = (typeof LYT_ROLES)[number];

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  port: number;
  host: string;
  /** Null: run the embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  roles: ReadonlySet<LytRole>;
  adminToken: string | null;
  viewerToken: string | null;
  allowPrivateFeeds: boolean;
  /** Bluesky's AppView, where profiles and author feeds are read (no trailing slash). */
  blueskyApi: string;
  /** Seed the demo workspace on the first start of an empty database. */
  demo: boolean;
  /** Base of the ready-to-open links printed at first start. */
  publicUrl: string;
  logLevel: LogLevel;
  logFormat: 'json' | 'text';
  /** The built dashboard served at `/`. */
  dashboardDir: string;
  /** Where alert e-mail goes out; null: e-mail channels are refused. */
  mail: MailConfig | null;
}

export interface MailConfig {
  /** smtp:// or smtps://, credentials included. */
  smtpUrl: string;
  /** The From header, e.g. `Lyt <lyt@example.dk>`. */
  from: string;
}

/** Every variable Lyt reads, with its documentation: the source of `.env.example` and the README table. */
export const CONFIG_VARIABLES = {
  PORT: 'HTTP port (default 3000; 0 picks a free one).',
  HOST: 'Interface to listen on (default 0.0.0.0).',
  DATABASE_URL:
    'PostgreSQL connection URL; without it Lyt runs an embedded PostgreSQL in LYT_DATA_DIR.',
  LYT_DATA_DIR: 'Folder for the embedded database (default .lyt).',
  LYT_ROLES:
    'Comma-separated roles of this process: api, collector (default both).',
  LYT_ADMIN_TOKEN:
    'Admin token (at least 16 characters); generated and printed once on first start when unset.',
  LYT_VIEWER_TOKEN:
    'Viewer token for dashboards and screens; generated and printed once on first start when unset.',
  LYT_ALLOW_PRIVATE_FEEDS:
    'true to allow feed URLs on loopback, private or link-local addresses (default false).',
  LYT_BLUESKY_API:
    "Bluesky's public AppView, where Bluesky accounts are read (default https://public.api.bsky.app).",
  LYT_DEMO:
    'false to start an empty database without the demo workspace (default true; seeded once, on the first start).',
  LYT_PUBLIC_URL:
    'The address people open Lyt at, used in printed links (default http://localhost:PORT).',
  LYT_LOG_LEVEL: 'error, warn, log, debug or verbose (default log).',
  LYT_LOG_FORMAT:
    'json (one object a line) or text (default json; text on a terminal).',
  LYT_DASHBOARD_DIR:
    'Folder of the built dashboard (default dist/apps/dashboard).',
  LYT_SMTP_URL:
    'SMTP server for alert and digest e-mail, e.g. smtp://user:pass@mail.example.dk:587 (smtps:// for TLS from the start); without it e-mail channels are refused.',
  LYT_MAIL_FROM:
    'Sender of alert e-mail, e.g. Lyt <lyt@example.dk>; needed with LYT_SMTP_URL.',
} as const;

export type ConfigVariable = keyof typeof CONFIG_VARIABLES;
type Env = Partial<Record<string, string>>;

/** What a variable's parser returns for a value it refuses. */
class Invalid {
  constructor(readonly reason: string) {}
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    );
  }
}

/** Reads and validates the whole environment at once, naming every bad variable. */
export function loadConfig(env: Env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const read = <T>(
    name: ConfigVariable,
    fallback: T,
    parse: (raw: string) => T | Invalid,
  ): T => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const parsed = parse(raw);
    if (parsed instanceof Invalid) {
      problems.push(`${name}: ${parsed.reason} (got "${raw}")`);
      return fallback;
    }
    return parsed;
  };

  const port = read('PORT', 3000, (raw) =>
    /^\d+$/.test(raw) && Number(raw) <= 65535
      ? Number(raw)
      : new Invalid('must be a port number 0–65535 (0: any free port)'),
  );
  const config: AppConfig = {
    port,
    host: read('HOST', '0.0.0.0', (raw) => raw),
    databaseUrl: read<string | null>('DATABASE_URL', null, (raw) =>
      /^postgres(ql)?:\/\//.test(raw)
        ? raw
        : new Invalid('must be a postgres:// or postgresql:// URL'),
    ),
    dataDir: resolve(
      cwd,
      read('LYT_DATA_DIR', '.lyt', (raw) => raw),
    ),
    roles: read('LYT_ROLES', new Set<LytRole>(LYT_ROLES), parseRoles),
    adminToken: read<string | null>('LYT_ADMIN_TOKEN', null, parseToken),
    viewerToken: read<string | null>('LYT_VIEWER_TOKEN', null, parseToken),
    allowPrivateFeeds: read('LYT_ALLOW_PRIVATE_FEEDS', false, parseBoolean),
    blueskyApi: read('LYT_BLUESKY_API', 'https://public.api.bsky.app', (raw) =>
      /^https?:\/\/[^/\s]+/.test(raw)
        ? raw.replace(/\/+$/, '')
        : new Invalid('must be an http(s) URL'),
    ),
    demo: read('LYT_DEMO', true, parseBoolean),
    publicUrl: read('LYT_PUBLIC_URL', `http://localhost:${port}`, (raw) =>
      /^https?:\/\/[^/\s]+/.test(raw)
        ? raw.replace(/\/+$/, '')
        : new Invalid('must be an http(s) URL'),
    ),
    logLevel: read<LogLevel>('LYT_LOG_LEVEL', 'log', (raw) =>
      (LOG_LEVELS as readonly string[]).includes(raw)
        ? (raw as LogLevel)
        : new Invalid(`must be one of ${LOG_LEVELS.join(', ')}`),
    ),
    logFormat: read<'json' | 'text'>('LYT_LOG_FORMAT', 'json', (raw) =>
      raw === 'json' || raw === 'text'
        ? raw
        : new Invalid('must be json or text'),
    ),
    dashboardDir: resolve(
      cwd,
      read('LYT_DASHBOARD_DIR', 'dist/apps/dashboard', (raw) => raw),
    ),
    mail: null,
  };
  const smtpUrl = read<string | null>('LYT_SMTP_URL', null, parseSmtpUrl);
  const from = read<string | null>('LYT_MAIL_FROM', null, parseMailFrom);
  if (smtpUrl && from) config.mail = { smtpUrl, from };
  else if (smtpUrl && !env['LYT_MAIL_FROM']?.trim())
    problems.push('LYT_MAIL_FROM: must be set together with LYT_SMTP_URL');
  else if (from && !env['LYT_SMTP_URL']?.trim())
    problems.push('LYT_SMTP_URL: must be set together with LYT_MAIL_FROM');
  if (config.adminToken && config.adminToken === config.viewerToken) {
    problems.push('LYT_VIEWER_TOKEN: must differ from LYT_ADMIN_TOKEN');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function parseRoles(raw: string): Set<LytRole> | Invalid {
  const names = raw
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter(
    (name) => !(LYT_ROLES as readonly string[]).includes(name),
  );
  if (names.length === 0 || unknown.length > 0)
    return new Invalid(`must list roles from ${LYT_ROLES.join(', ')}`);
  return new Set(names as LytRole[]);
}

function parseBoolean(raw: string): boolean | Invalid {
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  return new Invalid('must be true or false');
}

function parseSmtpUrl(raw: string): string | Invalid {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return new Invalid('must be an smtp:// or smtps:// URL');
  }
  return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname
    ? raw
    : new Invalid('must be an smtp:// or smtps:// URL');
}

// An address, or a display name with the address in angle brackets.
const MAIL_FROM =
  /^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

function parseMailFrom(raw: string): string | Invalid {
  return MAIL_FROM.test(raw)
    ? raw
    : new Invalid(
        'must be an address like lyt@example.dk or Lyt <lyt@example.dk>',
      );
}

function parseToken(raw: string): string | Invalid {
  return raw.length >= 16 && !/\s/.test(raw)
    ? raw
    : new Invalid('must be at least 16 characters without spaces');
}
