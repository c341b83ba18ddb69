// What a report format is: a pure function from the checked files to the text printed on stdout.
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Lang } from '../../diagnostics/messages.js';

export interface FileReport {
  /** The file as the user named it (relative to the working folder when found by a glob). */
  file: string;
  /** In document order. */
  diagnostics: Diagnostic[];
}

export interface ReportContext {
  lang: Lang;
  /** Colours for the text format (a no-colour instance when not on a terminal). */
  color: ChalkInstance;
  /** Source text of files that have problems, for the text format's code frames. */
  sources: ReadonlyMap<string, string>;
  version: string;
}

export type Reporter = (files: readonly FileReport[], context: ReportContext) => string;
