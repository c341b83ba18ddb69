// -o with a document's name where a command writes another kind of file: import writes .yaml,
// check --fix a .docx. Each such -o was made a folder of that name holding the output; now exit 2
// with the name to use, nothing written. (render and batch: render-cli.test.ts, batch.test.ts.)
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusDocuments } from '../support/check-corpus.js';
import { runCli } from '../support/run-cli.js';

/** A .docx made by another producer (the check corpus), copied into a fresh folder. */
function folderWithDocument(): { dir: string; name: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'parplan-outnames-'));
  copyFileSync(path.join(CORPUS, corpusDocuments()[0]!), path.join(dir, 'van-ban.docx'));
  return { dir, name: 'van-ban.docx' };
}

describe('-o naming the wrong kind of file', () => {
  it('import -o ke-hoach.docx or .pdf: refused, naming the .yaml', async () => {
    const { dir, name } = folderWithDocument();
    for (const output of ['ke-hoach.docx', 'nam-2025/ke-hoach.PDF']) {
      const r = await runCli(['import', name, '-o', output], { cwd: dir });
      expect(r.code, output).toBe(2);
      expect(r.stderr, output).toContain(`-o ${output}: import ghi kế hoạch ra tệp .yaml. Cho -o một tên .yaml (ví dụ ${output.replace(/\.\w+$/, '')}.yaml) hoặc một thư mục.`);
    }
    expect(readdirSync(dir)).toEqual([name]);
    // An existing folder so named is a folder.
    mkdirSync(path.join(dir, 'ban.pdf'));
    const r = await runCli(['import', name, '-o', 'ban.pdf'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    // The plan, and the schemas its first line names (as init writes them beside a plan).
    expect(readdirSync(path.join(dir, 'ban.pdf')).sort()).toEqual(['.vscode', 'config.schema.json', 'plan.schema.json', 'units.schema.json', 'van-ban.yaml']);
  });

  it('check --fix -o sua.pdf: refused, naming the .docx', async () => {
    const { dir, name } = folderWithDocument();
    const r = await runCli(['check', name, '--fix', '-o', 'sua.pdf'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-o sua.pdf: parplan chỉ ghi văn bản .docx. Cho -o một tên .docx (ví dụ sua.docx) hoặc một thư mục.');
    expect(readdirSync(dir)).toEqual([name]);
  });
});
