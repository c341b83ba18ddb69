// edit-editor.js: the page's left side (the YAML editor, the form, the schema's completion and hover).
// main.ts draws the page and its first document, then mounts this (see editor-api.ts).
import type { EditorHandle, EditorHost, EditorModule } from './editor-api.js';
import { createEditor, replaceText, textOf } from './editor.js';
import { PlanForm } from './form.js';
import { makeText } from './page-text.js';
import { SchemaIndex, type Schema } from './schema-help.js';
import { valueOnLine } from './yaml-path.js';

async function mount(host: EditorHost): Promise<EditorHandle> {
  const t = makeText(host.lang);
  const index = new SchemaIndex((await host.schema) as Schema);
  const { editorBox, formBox, yamlTab, formTab } = host;
  let formTimer: number | undefined;
  const form = new PlanForm(formBox, index, t, { read: () => textOf(view), write: (text) => replaceText(view, text) });
  const showTab = (which: 'yaml' | 'form') => {
    yamlTab.setAttribute('aria-selected', String(which === 'yaml'));
    formTab.setAttribute('aria-selected', String(which === 'form'));
    editorBox.hidden = which !== 'yaml';
    formBox.hidden = which !== 'form';
    if (which === 'form') form.refresh();
    else view.requestMeasure();
  };
  yamlTab.addEventListener('click', () => showTab('yaml'));
  formTab.addEventListener('click', () => showTab('form'));

  const view = createEditor(editorBox, host.text, index, t, {
    check: host.check,
    onDiagnostics: host.onDiagnostics,
    onChange: () => {
      host.onChange();
      if (!formBox.hidden && !form.isWriting && !formBox.contains(document.activeElement)) {
        window.clearTimeout(formTimer);
        formTimer = window.setTimeout(() => form.refresh(), 300);
      }
    },
    onCursor: host.onCursor,
    save: host.save,
  });
  return {
    text: () => textOf(view),
    replace: (text) => replaceText(view, text),
    goToLine: (line) => {
      const target = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
      view.dispatch({ selection: { anchor: target.from }, scrollIntoView: true });
      view.focus();
    },
    valueNear: (line) => {
      const doc = view.state.doc;
      for (let n = Math.max(line, 1); n <= Math.min(doc.lines, line + 6); n++) {
        const value = valueOnLine(doc.line(n).text);
        if (value !== '') return value;
      }
      return '';
    },
  };
}

const editorModule: EditorModule = { mount };
window.parplanEditor = editorModule;
