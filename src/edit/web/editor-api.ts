// What the page's two scripts say to each other. edit.js (main.ts) draws the page and its first
// document; edit-editor.js (editor-entry.ts: CodeMirror, the form, the schema's help, yaml: four fifths
// of the code) loads beside it and registers itself under window.parplanEditor, and the page mounts it
// once the first document shows. The document's path is thus not behind the editor's code.
import type { EditDiagnostic } from '../protocol.js';
import type { Lang } from './page-text.js';

export interface EditorHost {
  lang: Lang;
  /** The plan's text to start from. */
  text: string;
  /** plan.schema.json (asked for by the page as it starts). */
  schema: Promise<unknown>;
  editorBox: HTMLElement;
  formBox: HTMLElement;
  yamlTab: HTMLElement;
  formTab: HTMLElement;
  check(text: string): Promise<EditDiagnostic[]>;
  onDiagnostics(diagnostics: EditDiagnostic[]): void;
  onChange(): void;
  onCursor(line: number): void;
  save(): void;
}

export interface EditorHandle {
  /** The editor's text, with the file's own line ends. */
  text(): string;
  /** Replaces the text, changing only the part that differs. */
  replace(text: string): void;
  goToLine(line: number): void;
  /** The value on `line` or, on a line without one ("can_cu:", a comment), the next one below. */
  valueNear(line: number): string;
}

export interface EditorModule {
  mount(host: EditorHost): Promise<EditorHandle>;
}

declare global {
  interface Window {
    parplanEditor?: EditorModule;
  }
}
