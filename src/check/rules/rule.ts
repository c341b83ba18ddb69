// What a layout rule of `parplan check` is: a stable code, a level, the clause of Nghị định 30 it
// enforces by default, and a check over the document as read (src/check/view.ts) that reports
// through a callback; src/check/check-docx.ts turns the reports into Diagnostics.
import type { DocumentPart, Severity } from '../../diagnostics/diagnostic.js';
import type { MessageCode } from '../../diagnostics/messages.js';
import type { LineFinding } from '../find-lines.js';
import type { Parts } from '../find-parts.js';
import type { DocumentView, Entry } from '../view.js';

export type RuleArgs = Record<string, string | number>;

export interface CheckContext {
  view: DocumentView;
  parts: Parts;
  lines: { motto?: LineFinding | undefined; issuer?: LineFinding | undefined; subject?: LineFinding | undefined };
}

export interface Place {
  part: DocumentPart;
  /** The paragraph it is about (its number and first words go into the report). */
  entry?: Entry;
  /** 0-based section, for the page's setup. */
  section?: number;
  /** When the part's own clause differs from the rule's. */
  clause?: string;
  /** Practice rather than the decree: reported as a warning whatever the rule's level. */
  severity?: Severity;
}

export type Report = (place: Place, args?: RuleArgs) => void;

export interface CheckRule {
  code: MessageCode;
  /** A short name for dashboards (SARIF) and the README. */
  name: string;
  severity: Severity;
  clause: string;
  check(ctx: CheckContext, report: Report): void;
}
