// readPlanBytesSync (validate's threads) gives what readPlanBytes gives, for a plan and for every
// kind of path issue 9 names: missing, a folder, a FIFO, a device behind a link, a file too large.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPlanBytes, readPlanBytesSync } from '../../src/parse/read-plan-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parplan-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readPlanBytesSync', () => {
  it('reads and refuses exactly as readPlanBytes does', async () => {
    writeFileSync(path.join(dir, 'plan.yaml'), 'a: 1\n');
    mkdirSync(path.join(dir, 'folder.yaml'));
    writeFileSync(path.join(dir, 'huge.yaml'), '');
    truncateSync(path.join(dir, 'huge.yaml'), 5 * 1024 * 1024);
    symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'dangling.yaml'));
    const names = ['plan.yaml', 'missing.yaml', 'folder.yaml', 'huge.yaml', 'zero.yaml', 'dangling.yaml'];
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')]);
      names.push('fifo.yaml');
    }
    for (const name of names) {
      const file = path.join(dir, name);
      expect(readPlanBytesSync(file), name).toEqual(await readPlanBytes(file));
    }
    expect(readPlanBytesSync(path.join(dir, 'plan.yaml'))).toMatchObject({ ok: true });
  });
});
