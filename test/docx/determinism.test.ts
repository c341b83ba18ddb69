// The same model gives the same bytes: twice in one process, and in another process in another
// time zone (zip entry times and docProps dates are fixed, no counters carry over between calls).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/docx/write-docx.js';
import { longIssuerModel, sampleModel } from '../fixtures/model/sample-model.js';

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const digest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Reads the zip's central directory: each entry's name and DOS time/date fields, in order. */
function zipEntries(bytes: Uint8Array): { name: string; time: number; date: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(offset + 28, true);
    const extra = view.getUint16(offset + 30, true);
    const comment = view.getUint16(offset + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      time: view.getUint16(offset + 12, true),
      date: view.getUint16(offset + 14, true),
    });
    offset += 46 + nameLength + extra + comment;
  }
  return entries;
}

describe('deterministic output', () => {
  it('gives byte-identical documents for the same model, call after call', async () => {
    const first = await writeDocx(sampleModel);
    await writeDocx(longIssuerModel); // another document in between must not shift ids
    const second = await writeDocx(sampleModel);
    expect(digest(second)).toBe(digest(first));
    expect(digest(await writeDocx(longIssuerModel))).toBe(digest(await writeDocx(longIssuerModel)));
  });

  it('stamps every zip entry with one fixed time and orders the entries', async () => {
    const entries = zipEntries(await writeDocx(sampleModel));
    expect(entries[0]!.name).toBe('[Content_Types].xml');
    expect(entries[1]!.name).toBe('_rels/.rels');
    const rest = entries.slice(2).map((e) => e.name);
    expect(rest).toEqual([...rest].sort());
    // 2020-03-05 12:00:00 as DOS date and time fields.
    for (const entry of entries) expect({ name: entry.name, time: entry.time, date: entry.date }).toEqual({
      name: entry.name,
      time: 12 << 11,
      date: ((2020 - 1980) << 9) | (3 << 5) | 5,
    });
    expect(Object.keys(unzipSync(await writeDocx(sampleModel)))).toContain('word/document.xml');
  });

  it('gives the same bytes in a separate process in another time zone', async () => {
    const viteNode = path.join(repoRoot, 'node_modules', 'vite-node', 'vite-node.mjs');
    expect(existsSync(viteNode), `vite-node (installed with vitest) at ${viteNode}`).toBe(true);
    const script = path.join(repoRoot, 'test', 'support', 'scripts', 'print-docx-digest.ts');
    const zones = ['Asia/Ho_Chi_Minh', 'America/Los_Angeles'];
    const outputs = await Promise.all(
      zones.map((TZ) => run(process.execPath, [viteNode, script, 'sample'], { cwd: repoRoot, env: { ...process.env, TZ }, timeout: 60_000 })),
    );
    const here = digest(await writeDocx(sampleModel));
    for (const { stdout } of outputs) expect(stdout.trim()).toBe(here);
  }, 90_000);
});
