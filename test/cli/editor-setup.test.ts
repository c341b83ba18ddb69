// Editor setup and the examples (issue 13): schema --write, init and examples put parplan's schemas
// into the user's folder and name them in .vscode/settings.json by relative paths, never a path into
// the install folder; examples copies the package's plans to work on, never overwriting.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { listExamples } from '../../src/cli/commands/examples.js';

async function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false, env: {}, cwd };
  return { code: await main(args, io), out, err };
}
const tmp = () => mkdtempSync(path.join(tmpdir(), 'parplan-editor-'));
const settingsOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, '.vscode', 'settings.json'), 'utf8')) as Record<string, Record<string, string[]>>;
const shipped = (name: string) => readFileSync(path.join(PACKAGE_ROOT, 'schemas', name), 'utf8');

describe('schema --write', () => {
  it('writes the three schemas and yaml.schemas with relative paths, keeping other settings', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, '.vscode'));
    writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'editor.fontSize': 14, 'yaml.schemas': { 'https://x/y.json': 'ci/*.yml' } }));
    const r = await run(['schema', '--write'], dir);
    expect(r.code, r.err).toBe(0);
    for (const name of ['plan.schema.json', 'units.schema.json', 'config.schema.json']) expect(readFileSync(path.join(dir, name), 'utf8')).toBe(shipped(name));
    const settings = settingsOf(dir);
    expect(settings['editor.fontSize']).toBe(14);
    expect(settings['yaml.schemas']!['https://x/y.json']).toBe('ci/*.yml');
    expect(settings['yaml.schemas']!['./plan.schema.json']).toContain('*.yaml');
    expect(settings['yaml.schemas']!['./config.schema.json']).toEqual(['parplan.config.yaml', 'parplan.config.yml']);
    expect(readFileSync(path.join(dir, '.vscode', 'settings.json'), 'utf8')).not.toContain(PACKAGE_ROOT);
    // Again: nothing changes. A file of another kind under a schema's name, and a settings file with comments, are kept.
    expect((await run(['schema', '--write'], dir)).err).toContain('plan.schema.json: đã có, không đổi');
    const other = tmp();
    writeFileSync(path.join(other, 'plan.schema.json'), '{"title": "of someone else"}');
    mkdirSync(path.join(other, '.vscode'));
    writeFileSync(path.join(other, '.vscode', 'settings.json'), '{\n  // mine\n  "a": 1\n}\n');
    const kept = await run(['schema', '--write', '.'], other);
    expect(kept.err).toContain('plan.schema.json: đã có tệp khác cùng tên, giữ nguyên');
    expect(readFileSync(path.join(other, 'plan.schema.json'), 'utf8')).toBe('{"title": "of someone else"}');
    expect(readFileSync(path.join(other, '.vscode', 'settings.json'), 'utf8')).toContain('// mine');
    // Without --write, the schema on stdout as before.
    expect((await run(['schema'], dir)).out).toBe(shipped('plan.schema.json'));
  });
});

describe('init sets up the editor beside a new plan', () => {
  it('writes the schemas and .vscode/settings.json; init --config names ./config.schema.json', async () => {
    const dir = tmp();
    const r = await run(['init', 'ke hoach.yaml', '--preset', 'par-index-so', '--unit', 'Sở Nội vụ', '--year', '2025'], dir);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(path.join(dir, 'ke hoach.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./plan.schema.json');
    expect(existsSync(path.join(dir, 'plan.schema.json'))).toBe(true);
    expect(settingsOf(dir)['yaml.schemas']!['./plan.schema.json']).toContain('*.yaml');
    expect((await run(['init', '--config'], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'parplan.config.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./config.schema.json');
    expect(readFileSync(path.join(dir, 'config.schema.json'), 'utf8')).toBe(shipped('config.schema.json'));
  });
});

describe('parplan examples', () => {
  it('copies every example into vi-du/ with schema lines pointing at the copied schemas; they validate there; never overwrites', async () => {
    const dir = tmp();
    const r = await run(['examples'], dir);
    expect(r.code, r.err).toBe(0);
    const files = await listExamples();
    expect(files).toContain('units/cac-so-lao-cai-2022.yaml');
    expect(r.err).toContain(`Đã chép ${files.length} tệp kế hoạch mẫu vào vi-du. Tạo văn bản: parplan render vi-du`);
    for (const file of files) {
      const text = readFileSync(path.join(dir, 'vi-du', file), 'utf8');
      const line = /\$schema=(\S+)/.exec(text)?.[1];
      expect(line, file).toBeDefined();
      expect(existsSync(path.resolve(path.join(dir, 'vi-du', path.dirname(file)), line!)), `${file}: ${line}`).toBe(true);
      expect(line).not.toContain('..' + '/schemas');
    }
    expect(readFileSync(path.join(dir, 'vi-du', 'units', 'cac-so-lao-cai-2022.yaml'), 'utf8')).toContain('$schema=../units.schema.json');
    const validate = await run(['validate', 'vi-du'], dir);
    expect(validate.code, validate.out).toBe(0);
    // A clerk's edit survives a second run.
    writeFileSync(path.join(dir, 'vi-du', files[0]!), 'sửa rồi\n');
    const again = await run(['examples'], dir);
    expect(again.code).toBe(0);
    expect(again.err).toContain('đã có, giữ nguyên');
    expect(readFileSync(path.join(dir, 'vi-du', files[0]!), 'utf8')).toBe('sửa rồi\n');
    const listed = await run(['examples', '--list'], dir);
    expect(listed.out.trim().split('\n')).toEqual(files);
  });
});
