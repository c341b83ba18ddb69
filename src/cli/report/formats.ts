// The report formats `--format` picks from, by name. To add one: a file exporting a Reporter,
// an entry here, and a test that builds diagnostics by hand.
import type { Reporter } from './reporter.js';
import { textReporter } from './text-report.js';
import { jsonReporter } from './json-report.js';
import { githubReporter } from './github-report.js';
import { sarifReporter } from './sarif-report.js';

export const REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  github: githubReporter,
  sarif: sarifReporter,
} satisfies Record<string, Reporter>;

export type FormatName = keyof typeof REPORTERS;
export const FORMAT_NAMES = Object.keys(REPORTERS) as FormatName[];
