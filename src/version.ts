// The package version, read once from package.json (two levels up from src/ and from dist/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const VERSION: string = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
