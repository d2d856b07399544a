import type { GeneratedTokens } from './modules/auth/auth.service';

export interface StartBannerFacts {
  /** The address people open, e.g. http://localhost:3000. */
  publicUrl: string;
  roles: ReadonlySet<string>;
  /** Where the data lives, in words: the embedded cluster's folder or the server's address. */
  data: string;
  /** Tokens generated at this start: shown once, as Jupyter does (only their hashes are kept). */
  tokens: GeneratedTokens;
  /** The demo workspace is in the database: say so, and how to remove it. */
  demo: boolean;
}

/**
 * What a person needs after `npm start`: where the data lives and the two links.
 * A later start cannot show the links again (the tokens are not stored), so it
 * says where they were.
 */
export function startBanner({
  publicUrl,
  roles,
  data,
  tokens,
  demo,
}: StartBannerFacts): string[] {
  if (!roles.has('api'))
    return [
      '',
      'Lyt is collecting (roles: collector; the dashboard is served by the api processes).',
      `  Data: ${data}`,
      '',
    ];
  const lines = ['', `Lyt is ready at ${publicUrl}/`, `  Data: ${data}`];
  if (tokens.admin)
    lines.push(
      '',
      '  Admin — open the dashboard:',
      `    ${publicUrl}/?token=${tokens.admin}`,
    );
  if (tokens.viewer)
    lines.push(
      '',
      '  Viewer — for the info-screen and read-only dashboards:',
      `    ${publicUrl}/screen?token=${tokens.viewer}`,
    );
  if (tokens.admin || tokens.viewer)
    lines.push(
      '',
      'These tokens are shown only now: Lyt stores only their hashes.',
      'Set LYT_ADMIN_TOKEN / LYT_VIEWER_TOKEN to choose tokens yourself.',
    );
  else
    lines.push(
      '',
      '  Sign in with the admin link printed at the first start, or with LYT_ADMIN_TOKEN.',
    );
  if (demo)
    lines.push(
      '',
      'This is a demo workspace: Nordlys Energi, its competitors and their feeds are invented,',
      'served by Lyt itself. Remove the demo for good (your own topics and sources stay):',
      '    npm run -s lyt -- demo --remove      or: Settings → Demo → Remove demo',
    );
  lines.push('');
  return lines;
}

/** A database URL as people may see it: no user name, no password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const { hostname, port, pathname } = new URL(url);
    return `PostgreSQL at ${hostname}:${port || '5432'}${pathname} (DATABASE_URL)`;
  } catch {
    return 'PostgreSQL at DATABASE_URL';
  }
}
