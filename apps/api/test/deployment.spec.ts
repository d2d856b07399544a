import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Node.js LTS lines (github.com/nodejs/Release): when each became Active LTS, and its end of life. */
const NODE_LTS: Record<number, { active: string; endOfLife: string }> = {
  20: { active: '2023-10-24', endOfLife: '2026-04-30' },
  22: { active: '2024-10-29', endOfLife: '2027-04-30' },
  24: { active: '2025-10-28', endOfLife: '2028-04-30' },
  26: { active: '2026-10-28', endOfLife: '2029-04-30' },
};

/** The newest line that is Active LTS on `day` (YYYY-MM-DD). */
function activeLts(day: string): number {
  const active = Object.entries(NODE_LTS)
    .filter(([, line]) => line.active <= day && day < line.endOfLife)
    .map(([major]) => Number(major));
  return Math.max(...active);
}

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  deploy?: { replicas?: number };
  depends_on?: Record<string, unknown> | string[];
  healthcheck?: unknown;
}

describe('the docker deployment', () => {
  describe('docker/Dockerfile', () => {
    const dockerfile = read('docker/Dockerfile');
    const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map(
      ([, image]) => image!,
    );

    it('builds and runs on the current Active LTS of Node.js, one pinned major in every stage', () => {
      expect(stages.length).toBeGreaterThanOrEqual(2);
      const majors = stages.map(
        (image) => /^node:(\d+)-[a-z-]+$/.exec(image)?.[1],
      );
      expect(majors.every((major) => major === majors[0])).toBe(true);
      const today = new Date().toISOString().slice(0, 10);
      expect(Number(majors[0])).toBe(activeLts(today));
    });

    it('runs the start script as the unprivileged node user', () => {
      const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
      expect(runtime).toMatch(/^USER node$/m);
      const { scripts } = JSON.parse(read('package.json')) as {
        scripts: { start: string };
      };
      const command = /^CMD (\[.*\])$/m.exec(runtime)?.[1];
      expect(JSON.parse(command!).join(' ')).toBe(
        scripts.start.split(' && ').at(-1),
      );
    });
  });

  describe('docker/docker-compose.yml', () => {
    const { services } = parse(read('docker/docker-compose.yml'), {
      merge: true,
    }) as {
      services: Record<string, ComposeService>;
    };

    it('runs two api-only and two collector-only replicas of the one image on one PostgreSQL', () => {
      const lyt = Object.entries(services).filter(
        ([, service]) => service.build?.dockerfile === 'docker/Dockerfile',
      );
      expect(
        Object.fromEntries(
          lyt.map(([name, service]) => [
            name,
            {
              roles: service.environment?.['LYT_ROLES'],
              replicas: service.deploy?.replicas,
              database: service.environment?.['DATABASE_URL'],
            },
          ]),
        ),
      ).toEqual({
        api: {
          roles: 'api',
          replicas: 2,
          database: expect.stringMatching(/@postgres:5432\/lyt$/),
        },
        collector: {
          roles: 'collector',
          replicas: 2,
          database: expect.stringMatching(/@postgres:5432\/lyt$/),
        },
      });
      for (const [, service] of lyt)
        expect(service.depends_on).toMatchObject({
          postgres: { condition: 'service_healthy' },
        });
      expect(services['postgres']?.healthcheck).toBeDefined();
    });

    it('puts nginx in front of the api replicas only, passing WebSocket upgrades', () => {
      const nginx = read('docker/nginx.conf');

      expect(services['proxy']?.image).toMatch(/^nginx:/);
      expect(
        [...nginx.matchAll(/^\s*server\s+([\w.-]+):\d+/gm)].map(
          ([, host]) => host,
        ),
      ).toEqual(['api']);
      expect(nginx).toMatch(/proxy_set_header\s+Upgrade\s+\$http_upgrade/);
    });
  });
});
