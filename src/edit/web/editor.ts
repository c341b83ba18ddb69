// The YAML editor (CodeMirror 6): syntax colours, schema completion and hover, and validate's
// diagnostics underlined in place as the clerk types, asked of the server a moment after each change.
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState, type Text as Doc } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import type { EditDiagnostic } from '../protocol.js';
import { schemaCompletion, schemaHover, type SchemaIndex } from './schema-help.js';
import type { Text } from './page-text.js';

export interface EditorHooks {
  check(text: string): Promise<EditDiagnostic[]>;
  onDiagnostics(diagnostics: EditDiagnostic[]): void;
  onChange(): void;
  onCursor(line: number): void;
  save(): void;
}

/** A server diagnostic → a CodeMirror one: from its column to the end of the value on that line. */
export function toEditorDiagnostic(d: EditDiagnostic, doc: Doc): Diagnostic {
  const line = doc.line(Math.min(Math.max(d.line, 1), doc.lines));
  let start = Math.min(Math.max(d.column - 1, 0), line.length);
  // A position at a line's end (a missing value) underlines the line's text instead.
  if (start === line.length && line.length > 0) start = line.text.length - line.text.trimStart().length;
  const rest = line.text.slice(start).replace(/\s+#.*$/, '').trimEnd();
  const from = line.from + start;
  const to = Math.min(line.to, from + Math.max(rest.length, 1));
  return { from, to: Math.max(to, from), severity: d.severity, source: d.code, message: d.message };
}

export function createEditor(parent: HTMLElement, text: string, index: SchemaIndex, t: Text, hooks: EditorHooks): EditorView {
  const extensions = [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    indentUnit.of('  '),
    EditorState.tabSize.of(2),
    yaml(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    autocompletion({ override: [schemaCompletion(index)], icons: false }),
    schemaHover(index, t),
    lintGutter(),
    linter(
      async (view) => {
        const doc = view.state.doc;
        const found = await hooks.check(view.state.sliceDoc());
        hooks.onDiagnostics(found);
        return found.map((d) => toEditorDiagnostic(d, doc));
      },
      { delay: 120 },
    ),
    keymap.of([
      { key: 'Mod-s', preventDefault: true, run: () => (hooks.save(), true) },
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...completionKeymap,
      ...lintKeymap,
      indentWithTab,
    ]),
    EditorView.lineWrapping,
    EditorView.updateListener.of((update) => {
      if (update.docChanged) hooks.onChange();
      if (update.selectionSet || update.docChanged) hooks.onCursor(update.state.doc.lineAt(update.state.selection.main.head).number);
    }),
    // A file written with Windows line ends keeps them.
    ...(text.includes('\r\n') ? [EditorState.lineSeparator.of('\r\n')] : []),
  ];
  return new EditorView({ parent, state: EditorState.create({ doc: text, extensions }) });
}

/** Replaces the editor's text with `next`, changing only the part that differs (cursor and undo survive). */
export function replaceText(view: EditorView, nextText: string): void {
  // Offsets count a line break as one character, whatever the file's line ends.
  const next = nextText.replace(/\r\n/g, '\n');
  const current = view.state.doc.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let endCurrent = current.length;
  let endNext = next.length;
  while (endCurrent > start && endNext > start && current[endCurrent - 1] === next[endNext - 1]) {
    endCurrent--;
    endNext--;
  }
  view.dispatch({ changes: { from: start, to: endCurrent, insert: next.slice(start, endNext) } });
}

/** The editor's text with the file's own line ends. */
export function textOf(view: EditorView): string {
  return view.state.sliceDoc();
}
