// Renders a sample model in a fresh process and prints the SHA-256 of the .docx, for the test
// that compares output across processes and time zones. Usage: vite-node print-docx-digest.ts <fixture>
import { createHash } from 'node:crypto';
import { writeDocx } from '../../../src/docx/write-docx.js';
import { longIssuerModel, sampleModel } from '../../fixtures/model/sample-model.js';

const name = process.argv[2];
const model = name === 'longIssuer' ? longIssuerModel : sampleModel;
const bytes = await writeDocx(model);
process.stdout.write(`${createHash('sha256').update(bytes).digest('hex')}\n`);
