// Finding LibreOffice where installers put it, and reading a PDF's page count.
import { describe, expect, it } from 'vitest';
import { findSoffice, sofficeInstallPaths, type ToolEnvironment } from '../../src/pdf/find-soffice.js';
import { countPdfPages } from '../../src/pdf/count-pages.js';

function machine(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}, opt: string[] = []): ToolEnvironment {
  return { platform, env, exists: (f) => files.includes(f), list: (dir) => (dir === '/opt' ? opt : []) };
}

describe('findSoffice', () => {
  it('takes soffice from PATH first', () => {
    expect(findSoffice(machine('linux', ['/home/u/bin/soffice', '/usr/bin/soffice'], { PATH: '/nowhere:/home/u/bin' }))).toBe('/home/u/bin/soffice');
  });
  it('falls back to the Linux install folders, the newest /opt/libreoffice first', () => {
    expect(findSoffice(machine('linux', ['/usr/lib/libreoffice/program/soffice'], { PATH: '' }))).toBe('/usr/lib/libreoffice/program/soffice');
    const opt = machine('linux', ['/opt/libreoffice7.6/program/soffice', '/opt/libreoffice24.2/program/soffice'], { PATH: '' }, ['libreoffice7.6', 'libreoffice24.2', 'other']);
    expect(sofficeInstallPaths(opt).filter((p) => p.startsWith('/opt'))).toEqual(['/opt/libreoffice7.6/program/soffice', '/opt/libreoffice24.2/program/soffice']);
    expect(findSoffice(machine('linux', ['/snap/bin/libreoffice'], { PATH: '' }))).toBe('/snap/bin/libreoffice');
    expect(findSoffice(machine('linux', ['/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice'], { PATH: '' }))).toBe('/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice');
  });
  it('finds soffice.exe in Program Files and Program Files (x86) on Windows', () => {
    expect(findSoffice(machine('win32', ['C:\\Program Files\\LibreOffice\\program\\soffice.exe'], { PATH: 'C:\\Windows' }))).toBe('C:\\Program Files\\LibreOffice\\program\\soffice.exe');
    expect(findSoffice(machine('win32', ['D:\\Apps (x86)\\LibreOffice\\program\\soffice.exe'], { 'ProgramFiles(x86)': 'D:\\Apps (x86)' }))).toBe('D:\\Apps (x86)\\LibreOffice\\program\\soffice.exe');
    expect(findSoffice(machine('win32', ['C:\\LO\\soffice.EXE'], { PATH: 'C:\\LO', PATHEXT: '.COM;.EXE' }))).toBe('C:\\LO\\soffice.EXE');
  });
  it('obeys PARPLAN_SOFFICE, and finds nothing when it names no file', () => {
    expect(findSoffice(machine('linux', ['/x/soffice', '/usr/bin/soffice'], { PARPLAN_SOFFICE: '/x/soffice' }))).toBe('/x/soffice');
    expect(findSoffice(machine('linux', ['/usr/bin/soffice'], { PARPLAN_SOFFICE: '/missing/soffice' }))).toBeUndefined();
  });

  it('takes a PARPLAN_SOFFICE naming LibreOffice\'s folder for the soffice inside; a folder without one finds nothing', () => {
    const folders = (platform: NodeJS.Platform, files: string[], dirs: string[], env: Record<string, string>) => ({
      ...machine(platform, [...files, ...dirs], env),
      isDirectory: (f: string) => dirs.includes(f),
    });
    const win = 'C:\\Program Files\\LibreOffice';
    expect(findSoffice(folders('win32', [`${win}\\program\\soffice.exe`], [win], { PARPLAN_SOFFICE: win }))).toBe(`${win}\\program\\soffice.exe`);
    expect(findSoffice(folders('linux', ['/opt/lo/program/soffice'], ['/opt/lo/program'], { PARPLAN_SOFFICE: '/opt/lo/program' }))).toBe('/opt/lo/program/soffice');
    const app = '/Applications/LibreOffice.app';
    expect(findSoffice(folders('darwin', [`${app}/Contents/MacOS/soffice`], [app], { PARPLAN_SOFFICE: app }))).toBe(`${app}/Contents/MacOS/soffice`);
    // A folder that holds no soffice is a wrong setting: nothing, not /usr/bin/soffice.
    expect(findSoffice(folders('linux', ['/usr/bin/soffice'], ['/nonexistent'], { PARPLAN_SOFFICE: '/nonexistent' }))).toBeUndefined();
  });
  it('finds nothing on a machine without LibreOffice', () => {
    expect(findSoffice(machine('linux', [], { PATH: '/usr/bin' }))).toBeUndefined();
  });
});

describe('countPdfPages', () => {
  const pdf = (body: string) => new TextEncoder().encode(`%PDF-1.6\n${body}\n%%EOF\n`);
  it('reads /Count of the page tree root, across lines', () => {
    expect(countPdfPages(pdf('1 0 obj\n<</Type/Pages\n/Kids[3 0 R 4 0 R]\n/Count 7>>\nendobj\n3 0 obj <</Type/Page/Parent 1 0 R>> endobj'))).toBe(7);
  });
  it('takes the root of a nested page tree (the largest count), and ignores /Type /Page objects', () => {
    const body = '2 0 obj << /Type /Pages /Count 3 /Parent 1 0 R >> endobj\n1 0 obj << /Type /Pages /Count 12 /Kids [2 0 R] >> endobj\n5 0 obj << /Type /Page /Count 99 >> endobj';
    expect(countPdfPages(pdf(body))).toBe(12);
  });
  it('says it does not know when the page tree is not readable as text', () => {
    expect(countPdfPages(pdf('1 0 obj << /Type /ObjStm /N 3 >> stream x endstream endobj'))).toBeUndefined();
  });
});
