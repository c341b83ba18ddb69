// bin/load-cli.js runs the bundled CLI through V8's code cache: the first run of a subcommand writes
// it, later runs use it (a run that compiled much more writes it again), and a damaged cache is
// replaced, never trusted.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_FILES_FOR_WORKERS } from '../../src/validate/check-files.js';
import { PLANS_DIR } from '../support/render-plan.js';
import { runCli } from '../support/run-cli.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the V8 code cache of the CLI', () => {
  it('is written by the first run of a subcommand, grown by a run that compiled more, used by the next, and replaced when damaged', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-cache-test-'));
    const cache = path.join(dir, 'cache');
    cpSync(path.join(PLANS_DIR, 'so-tnmt-lao-cai-2022-par-index.yaml'), path.join(dir, 'plan.yaml'));
    const env = { PARPLAN_CACHE_DIR: cache };
    // A cache of an earlier build of the same subcommand is removed when a new one is written (also
    // one named before the install was part of the key); another install's is left alone.
    mkdirSync(cache);
    writeFileSync(path.join(cache, 'parplan-render-1-2-v0-x64.v8cache'), 'old');
    writeFileSync(path.join(cache, 'parplan-render-0badcafe-1-2-v0-x64.v8cache'), 'another install');
    writeFileSync(path.join(dir, 'broken.yaml'), 'loai_van_ban: 1\n');

    // A first run that stops at the plan's errors writes a cache without the render's functions…
    expect((await runCli(['render', 'broken.yaml', '-q'], { cwd: dir, env })).code).toBe(1);
    const written = readdirSync(cache).filter((f) => f.startsWith('parplan-render-') && !f.includes('0badcafe'));
    expect(written).toHaveLength(1);
    expect(readdirSync(cache)).toContain('parplan-render-0badcafe-1-2-v0-x64.v8cache');
    const cacheFile = path.join(cache, written[0]!);
    const partial = readFileSync(cacheFile).length;

    // …so the first render that writes a document writes it again, with them.
    expect((await runCli(['render', 'plan.yaml', '-q'], { cwd: dir, env })).code).toBe(0);
    expect(readdirSync(cache).filter((f) => f.startsWith('parplan-render-') && !f.includes('0badcafe'))).toEqual(written);
    expect(readFileSync(cacheFile).length).toBeGreaterThan(partial);
    const first = sha(path.join(dir, 'plan.docx'));
    const cacheBytes = sha(cacheFile);

    expect((await runCli(['render', 'plan.yaml', '-q'], { cwd: dir, env })).code).toBe(0);
    expect(sha(path.join(dir, 'plan.docx'))).toBe(first);
    expect(sha(cacheFile)).toBe(cacheBytes); // accepted, so not rewritten

    writeFileSync(cacheFile, 'not a V8 code cache');
    const damaged = await runCli(['render', 'plan.yaml', '-q'], { cwd: dir, env });
    expect(damaged.code).toBe(0);
    expect(sha(path.join(dir, 'plan.docx'))).toBe(first);
    expect(readFileSync(cacheFile).length).toBeGreaterThan(1000);

    // batch starts its worker pool through require(), which works from the cache too.
    cpSync(path.join(PLANS_DIR, 'units'), path.join(dir, 'units'), { recursive: true });
    for (let i = 0; i < 2; i++) {
      const r = await runCli(['batch', 'units/cac-so-lao-cai-2022.yaml', '-o', `b${i}`, '--jobs', '2', '--quiet'], { cwd: dir, env });
      expect(r.stderr).not.toContain('dynamic import');
      expect(r.code).toBe(0);
    }
  });

  // batch, render and validate set a V8 flag (bin/load-cli.js), and V8 checks a cache's flags: a
  // thread started under other flags than the cache's rejects it, compiles the bundle again and
  // rewrites it, and the next run under the first flags does the same (no error, only slower).
  it("is accepted by every run's threads: batch and render share the threads' cache, validate keeps its own", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-cache-flags-'));
    const cache = path.join(dir, 'cache');
    const env = { PARPLAN_CACHE_DIR: cache };
    cpSync(path.join(PLANS_DIR, 'units'), path.join(dir, 'units'), { recursive: true });
    mkdirSync(path.join(dir, 'many'));
    // validate starts threads from MIN_FILES_FOR_WORKERS files on.
    for (let i = 0; i < MIN_FILES_FOR_WORKERS + 12; i++) cpSync(path.join(PLANS_DIR, 'so-tnmt-lao-cai-2022-par-index.yaml'), path.join(dir, 'many', `p${i}.yaml`));
    const cacheOf = (name: string) => {
      const files = readdirSync(cache).filter((f) => f.startsWith(`parplan-${name}-`));
      expect(files).toHaveLength(1);
      return sha(path.join(cache, files[0]!));
    };
    const run = async (args: string[]) => {
      const r = await runCli(args, { cwd: dir, env });
      expect(r.code).toBe(0);
      // V8 prints "Error: unrecognized flag" itself, and goes on, for a flag this Node's V8 lacks.
      expect(r.stderr).not.toMatch(/unrecognized flag/i);
    };

    await run(['batch', 'units/cac-so-lao-cai-2022.yaml', '-o', 'b1', '--jobs', '2', '--quiet']);
    const threads = cacheOf('worker');
    await run(['render', 'units/cac-so-lao-cai-2022.yaml', '-o', 'r1', '--quiet']);
    await run(['batch', 'units/cac-so-lao-cai-2022.yaml', '-o', 'b2', '--jobs', '2', '--quiet']);
    expect(cacheOf('worker')).toBe(threads);
    const [batch, render] = [cacheOf('batch'), cacheOf('render')];
    await run(['render', 'units/cac-so-lao-cai-2022.yaml', '-o', 'r2', '--quiet']);
    await run(['batch', 'units/cac-so-lao-cai-2022.yaml', '-o', 'b3', '--jobs', '2', '--quiet']);
    expect([cacheOf('batch'), cacheOf('render'), cacheOf('worker')]).toEqual([batch, render, threads]);

    // validate's exit code is 0 with warnings.
    await run(['validate', 'many', '--format', 'json']);
    const [validate, files] = [cacheOf('validate'), cacheOf('checkfiles')];
    await run(['validate', 'many', '--format', 'json']);
    expect([cacheOf('validate'), cacheOf('checkfiles')]).toEqual([validate, files]);
  });
});
