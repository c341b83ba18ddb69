// Every output file is written to a temporary file in the target folder, then renamed over the
// target (write-file-atomic): a failed or interrupted render never leaves a truncated .docx, and an
// older .docx stays untouched.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  await writeFileAtomic(target, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fsync: false });
}
