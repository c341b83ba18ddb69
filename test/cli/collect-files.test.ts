// Arguments → plan files (src/cli/collect-files.ts): order, each file once, links kept or set aside.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPlanFiles } from '../../src/cli/collect-files.js';

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parplan-collect-'));
  mkdirSync(path.join(dir, 'plans', 'sub'), { recursive: true });
  mkdirSync(path.join(dir, 'outside'));
  for (const name of ['b.yaml', 'a.yaml', 'sub/c.yml']) writeFileSync(path.join(dir, 'plans', name), 'x: 1\n');
  writeFileSync(path.join(dir, 'outside', 'secret.yaml'), 'x: 1\n');
  return dir;
}

describe('collectPlanFiles', () => {
  it('gives each file once, where it first came, whatever named it again', async () => {
    const dir = folder();
    const r = await collectPlanFiles(['plans/b.yaml', 'plans', 'plans/*.yaml', 'plans/sub/c.yml'], dir);
    expect(r.files).toEqual(['plans/b.yaml', 'plans/a.yaml', 'plans/sub/c.yml']);
    expect(r.unmatched).toEqual([]);
    expect(r.outside).toEqual([]);
  });

  it('sets aside a link to outside the folder once, and keeps a link inside it', async () => {
    const dir = folder();
    symlinkSync('../outside/secret.yaml', path.join(dir, 'plans', 'leak.yaml'));
    symlinkSync('a.yaml', path.join(dir, 'plans', 'same.yaml'));
    const r = await collectPlanFiles(['plans', 'plans/*.yaml', 'nothing/*.yaml'], dir);
    expect(r.files).toEqual(['plans/a.yaml', 'plans/b.yaml', 'plans/same.yaml', 'plans/sub/c.yml']);
    expect(r.outside).toEqual(['plans/leak.yaml']);
    expect(r.unmatched).toEqual(['nothing/*.yaml']);
  });

  it('collects the thousand files "." and "*.yaml" both name once each, in order', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-collect-many-'));
    const names = Array.from({ length: 1000 }, (_, i) => `plan-${String(999 - i).padStart(4, '0')}.yaml`);
    for (const name of names) writeFileSync(path.join(dir, name), 'x: 1\n');
    const r = await collectPlanFiles(['.', '*.yaml'], dir);
    expect(r.files).toEqual(names.map((n) => `./${n}`).sort());
  });
});
