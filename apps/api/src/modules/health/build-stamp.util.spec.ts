import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuildStamp } from './build-stamp.util';

describe(readBuildStamp.name, () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'lyt-build-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a stamped build', '{"build":"3f9c2a1b7d0e"}', '3f9c2a1b7d0e'],
    ['an id with dots and dashes', '{"build":"v1.2.3-rc_1"}', 'v1.2.3-rc_1'],
    ['no build field', '{}', null],
    ['a number', '{"build":42}', null],
    ['an empty id', '{"build":""}', null],
    ['markup', '{"build":"<script>"}', null],
    ['an overlong id', JSON.stringify({ build: 'a'.repeat(65) }), null],
    ['broken JSON', '{"build":', null],
  ])('reads %s', (_case, content, expected) => {
    writeFileSync(join(dir, 'build.json'), content);
    expect(readBuildStamp(dir)).toBe(expected);
  });

  it('answers null without a built dashboard', () => {
    expect(readBuildStamp(join(dir, 'missing'))).toBeNull();
  });
});
