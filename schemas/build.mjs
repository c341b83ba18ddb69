// Writes, from schemas/plan.schema.src.mjs (the single source of a plan's shape):
//  - schemas/plan.schema.json, for editors and `parplan schema`;
//  - src/validate/plan-validator.generated.ts, the schema compiled ahead of time by ajv
//    (compiling at run time costs ~200 ms of a cold start; the render budget is 300 ms).
// and schemas/config.schema.json from schemas/config.schema.src.mjs (the config file, for editors);
// and from schemas/units.schema.src.mjs (the units file of `parplan batch`, built on the plan's):
//  - schemas/units.schema.json, for editors;
//  - src/batch/units-validator.generated.ts, the part parplan checks before merging, compiled likewise.
// CI runs this and fails if the tree changes (`npm run schema && git diff --exit-code`).
import { writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import schema from './plan.schema.src.mjs';
import unitsSchema, { runtimeSchema as unitsRuntimeSchema } from './units.schema.src.mjs';
import configSchema from './config.schema.src.mjs';

const here = (p) => new URL(p, import.meta.url);
writeFileSync(here('./plan.schema.json'), JSON.stringify(schema, null, 2) + '\n');

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { source: true, esm: true, lines: false } });
// One validator for the plan and one per $def: a failed anyOf is re-validated against the branch
// the data is closest to (src/validate/schema.ts).
ajv.addSchema(schema, 'plan');
// And one per top-level field (field_<name>): a batch's unit whose other fields hold the values of a
// unit already checked has only its own fields checked (src/validate/schema-memo.ts).
const refs = {
  plan: 'plan',
  ...Object.fromEntries(Object.keys(schema.$defs).map((name) => [name, `plan#/$defs/${name}`])),
  ...Object.fromEntries(Object.keys(schema.properties).map((name) => [`field_${name}`, `plan#/properties/${name}`])),
};
writeValidator('../src/validate/plan-validator.generated.ts', 'plan.schema.src.mjs', lengthFirst(standaloneCode(ajv, refs)));

writeFileSync(here('./units.schema.json'), JSON.stringify(unitsSchema, null, 2) + '\n');
// The editors' schema must compile too, though parplan only runs the runtime part of it.
new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(unitsSchema);
const unitsAjv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { source: true, esm: true, lines: false } });
unitsAjv.addSchema(unitsRuntimeSchema, 'units');
writeValidator('../src/batch/units-validator.generated.ts', 'units.schema.src.mjs', standaloneCode(unitsAjv, { units: 'units' }));

// The config file's schema, for editors only (parplan checks a config itself, src/config/read-config.ts).
new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(configSchema);
writeFileSync(here('./config.schema.json'), JSON.stringify(configSchema, null, 2) + '\n');

/**
 * minLength/maxLength count code points (ajv's ucs2length walks the whole string), for every string of
 * a plan: with a maxLength of 20,000 on each text that was most of the schema check's time (issue 12).
 * A string's code points are at most its UTF-16 length, and at least 1 when it is not empty, so
 * `ucs2length(s) > N` can only hold when `s.length > N`, and `ucs2length(s) < 1` is `s.length < 1`:
 * the length is tested first, and the same data gives the same result and the same errors.
 */
function lengthFirst(code) {
  const name = /const (\w+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/.exec(code)?.[1];
  if (name === undefined) throw new Error('schemas/build.mjs: ajv no longer names ucs2length as expected; update lengthFirst');
  const call = (rest) => new RegExp(`\\b${name}\\((data\\d*)\\)${rest}`, 'g');
  const out = code.replace(call(' > (\\d+)'), (_, data, n) => `(${data}.length > ${n} && ${name}(${data}) > ${n})`).replace(call(' < 1\\b'), (_, data) => `${data}.length < 1`);
  // Every other use of the count (none today) is left as ajv wrote it.
  return out;
}

function writeValidator(target, source, code) {
  // ajv's standalone output still calls require() for its runtime helpers, even in ESM mode. Each
  // becomes a static import, so that the bundle contains the helper: the installed package has no ajv.
  const imports = [];
  const body = code.replace('"use strict";', '').replace(/require\("([^"]+)"\)/g, (_, name) => {
    const local = `__runtime${imports.length}`;
    // Node gives a CommonJS module's exports as the default import, vitest and esbuild its
    // exports.default when it sets __esModule: either way `local` is the module's exports.
    imports.push(
      `import * as ${local}_ns from ${JSON.stringify(name.endsWith('.js') ? name : `${name}.js`)};\n` +
        `const ${local} = ${local}_ns.default !== null && typeof ${local}_ns.default === 'object' ? ${local}_ns.default : ${local}_ns;`,
    );
    return local;
  });
  writeFileSync(
    here(target),
    `// @ts-nocheck\n// GENERATED by schemas/build.mjs from schemas/${source}: do not edit.\n${imports.join('\n')}\n${body}\n`,
  );
}
