// Where LibreOffice's soffice lives: $PARPLAN_SOFFICE, then PATH, then the folders installers use.
// Shared by `--pdf` and by the tests that convert documents (test/support/external-tools.ts).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ToolEnvironment {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists(file: string): boolean;
  list(dir: string): string[];
  /** Whether the path is a folder (absent: nothing is taken for one). */
  isDirectory?(path: string): boolean;
}

export const SYSTEM: ToolEnvironment = {
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  isDirectory: (p) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  },
  list: (dir) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
};

/** A program on PATH, with Windows' executable extensions tried. */
export function findOnPath(name: string, sys: ToolEnvironment = SYSTEM): string | undefined {
  const windows = sys.platform === 'win32';
  const p = windows ? path.win32 : path.posix;
  const extensions = windows ? (sys.env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (sys.env['PATH'] ?? sys.env['Path'] ?? '').split(p.delimiter)) {
    if (dir === '') continue;
    for (const ext of extensions) {
      const lower = p.join(dir, name + ext.toLowerCase());
      if (sys.exists(lower)) return lower;
      const upper = p.join(dir, name + ext);
      if (sys.exists(upper)) return upper;
    }
  }
  return undefined;
}

/** Install folders LibreOffice uses outside PATH; the newest versioned /opt folder first. */
export function sofficeInstallPaths(sys: ToolEnvironment = SYSTEM): string[] {
  if (sys.platform === 'win32') {
    const roots = [sys.env['ProgramFiles'], sys.env['ProgramFiles(x86)'], sys.env['ProgramW6432'], 'C:\\Program Files', 'C:\\Program Files (x86)'];
    const unique = [...new Set(roots.filter((r): r is string => r !== undefined && r !== ''))];
    return unique.map((r) => path.win32.join(r, 'LibreOffice', 'program', 'soffice.exe'));
  }
  const opt = sys
    .list('/opt')
    .filter((d) => d.toLowerCase().startsWith('libreoffice'))
    .sort()
    .reverse()
    .map((d) => `/opt/${d}/program/soffice`);
  return [
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/usr/local/bin/soffice',
    ...opt,
    '/snap/bin/libreoffice',
    '/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice',
    ...(sys.env['HOME'] ? [`${sys.env['HOME']}/.local/share/flatpak/exports/bin/org.libreoffice.LibreOffice`] : []),
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ];
}

/** LibreOffice's soffice: $PARPLAN_SOFFICE, then PATH (soffice, libreoffice), then the usual install
 * paths. A PARPLAN_SOFFICE that names no file finds nothing: a wrong setting is not silently replaced.
 * One that names LibreOffice's folder (C:\Program Files\LibreOffice, its program folder, or
 * LibreOffice.app), as people often set it, is the soffice inside. */
export function findSoffice(sys: ToolEnvironment = SYSTEM): string | undefined {
  const override = sys.env['PARPLAN_SOFFICE'];
  if (override !== undefined && override !== '') {
    if (!sys.exists(override)) return undefined;
    if (sys.isDirectory?.(override) !== true) return override;
    const p = sys.platform === 'win32' ? path.win32 : path.posix;
    const inside = sys.platform === 'win32' ? ['program\\soffice.exe', 'soffice.exe'] : ['program/soffice', 'soffice', 'Contents/MacOS/soffice'];
    return inside.map((name) => p.join(override, name)).find((f) => sys.exists(f) && sys.isDirectory?.(f) !== true);
  }
  return findOnPath('soffice', sys) ?? findOnPath('libreoffice', sys) ?? sofficeInstallPaths(sys).find((p) => sys.exists(p));
}

/** How to get LibreOffice, for the message shown when it is missing. */
export function sofficeInstallHint(platform: NodeJS.Platform = process.platform): { vi: string; en: string } {
  if (platform === 'win32') {
    return {
      vi: 'Tải và cài LibreOffice tại https://www.libreoffice.org/download/ (hoặc đặt biến môi trường PARPLAN_SOFFICE trỏ tới soffice.exe).',
      en: 'Download and install LibreOffice from https://www.libreoffice.org/download/ (or set PARPLAN_SOFFICE to soffice.exe).',
    };
  }
  if (platform === 'darwin') {
    return {
      vi: 'Cài LibreOffice: brew install --cask libreoffice, hoặc tải tại https://www.libreoffice.org/download/ (hoặc đặt PARPLAN_SOFFICE).',
      en: 'Install LibreOffice: brew install --cask libreoffice, or download it from https://www.libreoffice.org/download/ (or set PARPLAN_SOFFICE).',
    };
  }
  return {
    vi: 'Cài LibreOffice: sudo apt-get install libreoffice-writer-nogui fonts-liberation (Debian/Ubuntu), sudo dnf install libreoffice-writer (Fedora), hoặc đặt PARPLAN_SOFFICE trỏ tới soffice.',
    en: 'Install LibreOffice: sudo apt-get install libreoffice-writer-nogui fonts-liberation (Debian/Ubuntu), sudo dnf install libreoffice-writer (Fedora), or set PARPLAN_SOFFICE to soffice.',
  };
}
