// npm pack's prepack and postpack: the package file's package.json without the clone's `prepare`.
//
// In a clone, `prepare` builds dist/ when `npm ci` runs (the README's quick start). In the package
// file the build is already done, but npm 11 lists `prepare` as an install script "not yet covered by
// allowScripts" and prints its warning on every `npm install -g parplan-x.y.z.tgz`, whatever the clerk
// answers (tried with npm 11.19: allowing it gives the same warning; npm never runs prepare for a
// package file). So `strip` keeps package.json aside and writes it without `prepare`; npm packs that;
// `restore` puts the clone's back. (npm pack ran `prepare`, the build, before packing; it no longer
// sees one, so prepack builds first.) A pack that stopped between the two leaves the copy aside: `strip`
// and `restore` both put it back first, so the clone's package.json is never lost.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// npm runs a package's scripts in its folder.
const manifest = path.resolve('package.json');
const kept = path.resolve('.package.json.clone');

/** The scripts a package file does not carry: `prepare`, which npm would count as an install
 * script, and these two, which name this file (not in the package). */
const CLONE_ONLY_SCRIPTS = ['prepare', 'prepack', 'postpack'];

function restore() {
  if (existsSync(kept)) renameSync(kept, manifest);
}

function strip() {
  restore();
  const text = readFileSync(manifest, 'utf8');
  const data = JSON.parse(text);
  for (const name of CLONE_ONLY_SCRIPTS) delete data.scripts?.[name];
  // The copy is made first: the clone's text is on disk at every moment.
  writeFileSync(kept, text);
  writeFileSync(manifest, JSON.stringify(data, null, 2) + '\n');
}

const step = process.argv[2];
if (step === 'strip') strip();
else if (step === 'restore') restore();
else {
  console.error('usage: node bin/pack-manifest.mjs strip|restore');
  process.exitCode = 2;
}
