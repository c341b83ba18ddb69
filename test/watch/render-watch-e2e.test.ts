// `parplan render plan.yaml --watch`, the real CLI: a save re-renders within a second, a bad save
// prints its errors and the watch goes on (the last good .docx kept), Ctrl-C (SIGINT) ends with 0;
// a reference document is read again only when it changes.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docxParagraphs } from '../support/docx-text.js';
import { all, attr, numberAttr, parseXml, part, pathOf, readParts } from '../support/docx-xml.js';
import { describeWithTools } from '../support/external-tools.js';
import { PLANS_DIR, REPO_ROOT } from '../support/render-plan.js';
import { BIN } from '../support/run-cli.js';

const REFERENCE_DOCS = path.join(REPO_ROOT, 'test/fixtures/reference-doc');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const stopAfterTest: (() => void)[] = [];
afterEach(() => stopAfterTest.splice(0).forEach((stop) => stop()));

function startWatch(cwd: string, args: string[]) {
  const child = spawn(process.execPath, [BIN, 'render', ...args, '--watch'], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  stopAfterTest.push(() => child.exitCode === null && child.kill('SIGKILL'));
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const count = (text: string) => stderr.split(text).length - 1;
  return {
    child,
    exited,
    stderr: () => stderr,
    count,
    /** Waits until `text` has appeared `times` times on stderr. */
    async waitFor(text: string, times = 1, timeoutMs = 10_000) {
      const start = Date.now();
      while (count(text) < times) {
        if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}; stderr:\n${stderr}`);
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${JSON.stringify(text)} ×${times}; stderr:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
}

describe('parplan render --watch', () => {
  it('re-renders on save, survives a bad save, and exits 0 on SIGINT', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-watch-'));
    const plan = path.join(dir, 'plan.yaml');
    const docx = path.join(dir, 'plan.docx');
    cpSync(path.join(PLANS_DIR, 'so-tnmt-lao-cai-2022-par-index.yaml'), plan);
    const original = readFileSync(plan, 'utf8');

    const watch = startWatch(dir, ['plan.yaml']);
    await watch.waitFor('Đang theo dõi 1 tệp kế hoạch');
    expect(watch.count('Đã tạo plan.docx từ plan.yaml')).toBe(1);
    const first = { hash: sha(docx), mtime: statSync(docx).mtimeMs };

    // A save: a new .docx.
    const savedAt = Date.now();
    writeFileSync(plan, original.replace('ho_ten: Phạm Bình Minh', 'ho_ten: Nguyễn Văn An'));
    await watch.waitFor('Đã tạo plan.docx từ plan.yaml', 2);
    const latency = Date.now() - savedAt;
    // A functional bound, not a benchmark: the figure is printed below (README: typically 0.2–0.5 s).
    expect(latency).toBeLessThan(10_000);
    expect(sha(docx)).not.toBe(first.hash);
    expect(statSync(docx).mtimeMs).toBeGreaterThan(first.mtime);
    expect(docxParagraphs(new Uint8Array(readFileSync(docx)))).toContain('Nguyễn Văn An');
    console.log(`render --watch: new .docx ${latency} ms after the save`);

    // A bad save: the error with its line, the .docx untouched, still watching.
    const good = sha(docx);
    writeFileSync(plan, original.replace('ho_ten: Phạm Bình Minh', 'ho_tenn: Phạm Bình Minh'));
    await watch.waitFor('Không tạo được văn bản từ plan.yaml');
    expect(watch.stderr()).toMatch(/plan\.yaml:\d+:\d+: lỗi PP10\d/);
    expect(sha(docx)).toBe(good);
    expect(watch.child.exitCode).toBeNull();

    // Fixed: rendered again.
    writeFileSync(plan, original);
    await watch.waitFor('Đã tạo plan.docx từ plan.yaml', 3);
    expect(sha(docx)).toBe(first.hash); // same plan, same bytes

    watch.child.kill('SIGINT');
    expect(await watch.exited).toBe(0);
    expect(watch.stderr()).toContain('Đã dừng theo dõi.');
  });

  it('is a usage error (2) when a named plan does not exist, and with no plan at all', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-watch-'));
    const missing = startWatch(dir, ['nope.yaml']);
    expect(await missing.exited).toBe(2);
    expect(missing.stderr()).toContain('nope.yaml');
    const none = startWatch(dir, []);
    expect(await none.exited).toBe(2);
    expect(none.stderr()).toContain('render --watch cần tên tệp kế hoạch');
  });
});

/** The Normal style's size in half-points, as the rendered .docx holds it. */
function normalSize(docx: string): number {
  const styles = parseXml(part(readParts(new Uint8Array(readFileSync(docx))), 'word/styles.xml'));
  const normal = all(styles, 'w:style').find((s) => attr(s, 'w:styleId') === 'Normal');
  return numberAttr(pathOf(normal!, 'w:rPr', 'w:sz'), 'w:val');
}

describeWithTools(['soffice'], 'parplan render --watch with a .doc reference document', () => {
  it('reads it once (one LibreOffice run, its warning said once), and anew when it is saved', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-watch-ref-'));
    const plan = path.join(dir, 'plan.yaml');
    const docx = path.join(dir, 'plan.docx');
    const reference = path.join(dir, 'mau.doc');
    cpSync(path.join(PLANS_DIR, 'so-tnmt-lao-cai-2022-par-index.yaml'), plan);
    // LibreOffice's own .doc of a 13 pt Normal (test/fixtures/reference-doc/README.md).
    cpSync(path.join(REFERENCE_DOCS, 'mau-13pt.doc'), reference);
    const original = readFileSync(plan, 'utf8');

    const watch = startWatch(dir, ['plan.yaml', '--reference-doc', 'mau.doc']);
    await watch.waitFor('Đang theo dõi 1 tệp kế hoạch', 1, 60_000);
    expect(watch.count('PP513')).toBe(1);
    expect(normalSize(docx)).toBe(26);

    // A save of the plan: rendered with the same styles, the reference neither converted nor reported again.
    writeFileSync(plan, original.replace('ho_ten: Phạm Bình Minh', 'ho_ten: Nguyễn Văn An'));
    await watch.waitFor('Đã tạo plan.docx từ plan.yaml', 2, 60_000);
    expect(docxParagraphs(new Uint8Array(readFileSync(docx)))).toContain('Nguyễn Văn An');
    expect(normalSize(docx)).toBe(26);
    expect(watch.count('PP513')).toBe(1);

    // A save of the reference (now a 16 pt .docx under the same name): read anew, its warning said, 14 pt kept.
    cpSync(path.join(REFERENCE_DOCS, 'mau-16pt.docx'), reference);
    await watch.waitFor('Đã tạo plan.docx từ plan.yaml', 3, 60_000);
    expect(watch.stderr()).toMatch(/mau\.doc: cảnh báo PP901: .*16 pt/);
    expect(normalSize(docx)).toBe(28);
    expect(watch.count('PP513')).toBe(1);

    watch.child.kill('SIGINT');
    expect(await watch.exited).toBe(0);
  }, 120_000);
});
