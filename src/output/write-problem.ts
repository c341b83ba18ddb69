// A failed write as a problem value: PP403 when another program holds the file (Word on Windows
// refuses the rename with EBUSY or EPERM), else PP301 with the reason in the user's words (the
// wording table turns `errno` into "ổ đĩa đầy", "không có quyền ghi", …) and the folder that could
// not be made, if that was it.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { FolderError } from './ensure-folder.js';

export interface At {
  file: string;
  line: number;
  column: number;
}

export function writeProblem(at: At, target: string, e: unknown): Diagnostic {
  const error = e as NodeJS.ErrnoException;
  const base = { severity: 'error' as const, ...at, path: '' };
  const errno = typeof error?.code === 'string' ? error.code : '';
  if (!(e instanceof FolderError) && (errno === 'EBUSY' || (errno === 'EPERM' && process.platform === 'win32'))) {
    return { ...base, code: 'PP403', args: { target } };
  }
  const args: Record<string, string> = { target, errno, reason: error instanceof Error ? error.message : String(e) };
  if (e instanceof FolderError) args.folder = e.folder;
  return { ...base, code: 'PP301', args };
}
