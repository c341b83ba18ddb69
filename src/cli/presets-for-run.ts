// The presets a run offers: the config's presets folder, else parplan's own. A file of the folder
// that is no preset is left out and said (PP708, printed here, once for init, presets and edit).
import type { Lang } from '../diagnostics/messages.js';
import { displayPath } from '../output/display-path.js';
import { PRESETS_DIR, readPresets, type Preset } from '../presets/registry.js';
import type { Io } from './io.js';
import { printDiagnostics } from './report/print.js';

export interface RunPresets {
  presets: Preset[];
  /** How many files of the folder are no preset (each already printed). */
  problems: number;
  /** The config's presets folder, when the presets are a province's. */
  ownFolder?: string;
}

export function presetsForRun(ownFolder: string | undefined, io: Io, lang: Lang): RunPresets {
  const read = readPresets(ownFolder ?? PRESETS_DIR, (file) => displayPath(file, io.cwd));
  printDiagnostics(io, lang)(read.problems, read.sources);
  return { presets: read.presets, problems: read.problems.length, ...(ownFolder === undefined ? {} : { ownFolder }) };
}
