// Writes schemas/plan.schema.json from schemas/plan.schema.src.mjs (the single source of a plan's shape).
import { writeFileSync } from 'node:fs';
import schema from './plan.schema.src.mjs';
const out = new URL('./plan.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
