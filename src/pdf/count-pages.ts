// A PDF's page count, for the manifest: read from the page tree's root (/Type /Pages … /Count n),
// which LibreOffice writes as plain text. Where that fails (a PDF with compressed object streams),
// poppler's pdfinfo is asked if it is installed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The largest /Count of a /Type /Pages object: the root counts every page below it. */
export function countPdfPages(bytes: Uint8Array): number | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let best: number | undefined;
  const pagesType = /\/Type\s*\/Pages(?![A-Za-z])/g;
  for (let m = pagesType.exec(text); m !== null; m = pagesType.exec(text)) {
    // The dictionary around the match: from the object's start to its end.
    const start = text.lastIndexOf(' obj', m.index);
    const end = text.indexOf('endobj', m.index);
    const dictionary = text.slice(start < 0 ? Math.max(0, m.index - 2000) : start, end < 0 ? m.index + 2000 : end);
    const count = /\/Count\s+(\d+)/.exec(dictionary);
    if (count) best = Math.max(best ?? 0, Number(count[1]));
  }
  return best;
}

export async function countPdfPagesWithPdfinfo(pdfinfo: string, pdf: string): Promise<number | undefined> {
  try {
    const { stdout } = await run(pdfinfo, [pdf], { timeout: 30_000 });
    const m = /^Pages:\s+(\d+)/m.exec(stdout);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}
