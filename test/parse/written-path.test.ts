// Paths written inside units and config files with Windows' separator (`chung\base.yaml`) name the
// same file on every system: an office's CI on Linux reads what a clerk wrote on Windows. A leading
// `~/` is the home folder.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUnits } from '../../src/batch/units-file.js';
import { loadConfig } from '../../src/config/read-config.js';
import { writtenPath } from '../../src/parse/written-path.js';
import { PLANS_DIR } from '../support/render-plan.js';

const BASE = path.join(PLANS_DIR, 'so-tnmt-lao-cai-2022-par-index.yaml');
const UNIT = "  - co_quan_ban_hanh: { ten: [SỞ MỘT], ten_day_du: Sở Một, viet_tat: SM }\n";

describe('paths written with backslashes', () => {
  it('reads \\ as a separator, and leaves other paths alone', () => {
    expect(writtenPath('chung\\base.yaml')).toBe('chung/base.yaml');
    expect(writtenPath('..\\mau\\templates')).toBe('../mau/templates');
    const plain = 'chung/base.yaml';
    expect(writtenPath(plain)).toBe(plain);
    // A leading ~ is the home folder, as shells read it; ~ inside a name is a character.
    expect(writtenPath('~/mau/mau.docx')).toBe(path.join(homedir(), 'mau', 'mau.docx'));
    expect(writtenPath('~\\mau')).toBe(path.join(homedir(), 'mau'));
    expect(writtenPath('~mau/x')).toBe('~mau/x');
  });

  it('ke_hoach: chung\\base.yaml finds the base plan, as chung/base.yaml does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-winpath-'));
    mkdirSync(path.join(dir, 'chung'));
    copyFileSync(BASE, path.join(dir, 'chung', 'base.yaml'));
    for (const written of ['chung\\base.yaml', 'chung/base.yaml', '.\\chung\\base.yaml']) {
      writeFileSync(path.join(dir, 'units.yaml'), `ke_hoach: ${written}\ndon_vi:\n${UNIT}`);
      const units = await readUnits('units.yaml', dir);
      expect(units.fileProblems, written).toEqual([]);
      expect(units.texts.baseFile, written).toBe(path.join('chung', 'base.yaml'));
      expect(units.entries, written).toHaveLength(1);
    }
  });

  it('still refuses a base plan outside the units file\'s folder written with backslashes (PP408)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-winpath-out-'));
    mkdirSync(path.join(dir, 'don-vi'));
    copyFileSync(BASE, path.join(dir, 'base.yaml'));
    writeFileSync(path.join(dir, 'don-vi', 'units.yaml'), `ke_hoach: ..\\base.yaml\ndon_vi:\n${UNIT}`);
    const units = await readUnits(path.join('don-vi', 'units.yaml'), dir);
    expect(units.fileProblems.map((d) => d.code)).toEqual(['PP408']);
  });

  it('a config\'s reference_doc: ~/… is in the home folder', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'parplan-home-'));
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-winpath-home-'));
    copyFileSync(path.join(PLANS_DIR, '..', 'templates', 'reference.docx'), path.join(home, 'mau.docx'));
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'reference_doc: ~/mau.docx\n');
    const before = process.env.HOME;
    process.env.HOME = home;
    try {
      const loaded = loadConfig(dir, dir);
      expect(loaded.diagnostics).toEqual([]);
      expect(loaded.config.reference_doc).toBe(path.join(home, 'mau.docx'));
    } finally {
      process.env.HOME = before;
    }
  });

  it('a config\'s templates: mau\\templates is the folder mau/templates', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-winpath-config-'));
    cpSync(path.join(PLANS_DIR, '..', 'templates'), path.join(dir, 'mau', 'templates'), { recursive: true });
    writeFileSync(path.join(dir, 'parplan.config.yaml'), 'templates: mau\\templates\n');
    const loaded = loadConfig(dir, dir);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.config.templates).toBe(path.join(dir, 'mau', 'templates'));
  });
});
