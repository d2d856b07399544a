import { describeDatabaseUrl, startBanner } from './start-banner';

const both = new Set(['api', 'collector']);
const facts = {
  publicUrl: 'http://localhost:3000',
  roles: both,
  data: '/var/lib/lyt/0123 (embedded PostgreSQL, kept between starts)',
  demo: false,
};

describe(startBanner.name, () => {
  it('shows where the data lives and both links on the first start', () => {
    const text = startBanner({
      ...facts,
      tokens: { admin: 'admin-secret', viewer: 'viewer-secret' },
    }).join('\n');

    expect(text).toContain('Lyt is ready at http://localhost:3000/');
    expect(text).toContain(`Data: ${facts.data}`);
    expect(text).toContain('http://localhost:3000/?token=admin-secret');
    expect(text).toContain('http://localhost:3000/screen?token=viewer-secret');
    expect(text).toContain('shown only now');
  });

  it('shows only the link whose token it made', () => {
    const text = startBanner({ ...facts, tokens: { viewer: 'v' } }).join('\n');

    expect(text).toContain('/screen?token=v');
    expect(text).not.toContain('/?token=');
  });

  it('says where the links were on a later start, since the tokens are not kept', () => {
    const text = startBanner({ ...facts, tokens: {} }).join('\n');

    expect(text).toContain(`Data: ${facts.data}`);
    expect(text).toContain('admin link printed at the first start');
    expect(text).not.toContain('token=');
  });

  it('says when the workspace is the demo, and how to remove it', () => {
    const text = startBanner({ ...facts, tokens: {}, demo: true }).join('\n');

    expect(text).toContain('This is a demo workspace');
    expect(text).toContain('npm run -s lyt -- demo --remove');
    expect(startBanner({ ...facts, tokens: {} }).join('\n')).not.toContain(
      'demo',
    );
  });

  it('offers no links from a collector-only process, which serves no dashboard', () => {
    const text = startBanner({
      ...facts,
      roles: new Set(['collector']),
      tokens: {},
    }).join('\n');

    expect(text).toContain(`Data: ${facts.data}`);
    expect(text).not.toContain('http://');
  });
});

describe(describeDatabaseUrl.name, () => {
  it.each([
    [
      'postgres://lyt:s3cret@db.example:6543/lyt',
      'PostgreSQL at db.example:6543/lyt (DATABASE_URL)',
    ],
    ['postgres://db/lyt', 'PostgreSQL at db:5432/lyt (DATABASE_URL)'],
    ['not a url', 'PostgreSQL at DATABASE_URL'],
  ])('%s → %s, never the password', (url, expected) => {
    expect(describeDatabaseUrl(url)).toBe(expected);
  });
});
