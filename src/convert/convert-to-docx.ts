// .doc, .odt, .rtf (and Word 2003 XML) → .docx through LibreOffice, ONE soffice run for all of
// them, in a temporary folder with a private profile (so an open LibreOffice is neither waited for
// nor disturbed). Returns the converted bytes by input path; a file LibreOffice did not convert is
// absent from the map.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function convertToDocx(soffice: string, files: readonly string[], env: Record<string, string | undefined>): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (files.length === 0) return out;
  const dir = await mkdtemp(join(tmpdir(), 'parplan-convert-'));
  try {
    const staged = await Promise.all(
      files.map(async (f, i) => {
        const name = `${i + 1}${extname(f).toLowerCase() || '.doc'}`;
        await copyFile(f, join(dir, name));
        return name;
      }),
    );
    spawnSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'out'), ...staged],
      { cwd: dir, env: env as NodeJS.ProcessEnv, stdio: 'ignore', timeout: 120_000 + 10_000 * files.length, windowsHide: true },
    );
    await Promise.all(
      files.map(async (f, i) => {
        const bytes = await readFile(join(dir, 'out', `${i + 1}.docx`)).catch(() => undefined);
        if (bytes) out.set(f, new Uint8Array(bytes));
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}
