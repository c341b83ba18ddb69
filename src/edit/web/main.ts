// The page of `parplan edit`: the plan's YAML (or its form) on the left, its document on the right,
// the buttons Lưu, Tải .docx, Tải PDF, Kiểm tra on top. Everything the page knows about a plan it asks
// the server, which answers with the CLI's own functions.
import type { EditorView } from '@codemirror/view';
import type { EditDiagnostic } from '../protocol.js';
import { checkText, fetchPlan, fetchSchema, renderText, reportText, saveText } from './api.js';
import { createEditor, replaceText, textOf } from './editor.js';
import { PlanForm } from './form.js';
import { makeText, type Lang } from './page-text.js';
import { Preview } from './preview.js';
import { SchemaIndex, type Schema } from './schema-help.js';
import { valueOnLine } from './yaml-path.js';

const lang: Lang = document.querySelector<HTMLMetaElement>('meta[name="parplan-lang"]')?.content === 'en' ? 'en' : 'vi';
const t = makeText(lang);

/** How long after the last keystroke the document is rendered again ("within a second of a pause"). */
const RENDER_PAUSE_MS = 300;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function start(): Promise<void> {
  const app = document.getElementById('app')!;
  performance.mark('pp-start');
  const [plan, schema] = await Promise.all([fetchPlan(), fetchSchema()]);
  performance.mark('pp-plan');
  // The first document is asked for at once; the editor is built while the server answers.
  const firstRender = renderText(plan.text);
  document.body.dataset['pdf'] = String(plan.pdf);
  const index = new SchemaIndex(schema as Schema);

  // ── Layout ──
  const bar = h('header', { class: 'pp-bar' });
  const name = h('span', { class: 'pp-name', title: plan.name }, plan.name);
  const status = h('span', { class: 'pp-status', 'data-testid': 'status' });
  const counts = h('span', { class: 'pp-counts', 'data-testid': 'counts' });
  const saveButton = h('button', { type: 'button', class: 'pp-primary', 'data-action': 'save', title: 'Ctrl+S' }, t('save'));
  const docxButton = h('button', { type: 'button', 'data-action': 'docx' }, t('downloadDocx'));
  const pdfButton = h('button', { type: 'button', 'data-action': 'pdf' }, t('downloadPdf'));
  const checkButton = h('button', { type: 'button', 'data-action': 'check' }, t('check'));
  pdfButton.hidden = !plan.pdf;
  bar.append(name, status, counts, h('span', { class: 'pp-spacer' }), saveButton, docxButton, pdfButton, checkButton);

  const left = h('section', { class: 'pp-left' });
  const tabs = h('nav', { class: 'pp-tabs', role: 'tablist' });
  const yamlTab = h('button', { type: 'button', role: 'tab', 'aria-selected': 'true', 'data-tab': 'yaml' }, t('tabYaml'));
  const formTab = h('button', { type: 'button', role: 'tab', 'aria-selected': 'false', 'data-tab': 'form' }, t('tabForm'));
  tabs.append(yamlTab, formTab);
  const editorBox = h('div', { class: 'pp-editor' });
  const formBox = h('div', { class: 'pp-form' });
  formBox.hidden = true;
  left.append(tabs, editorBox, formBox);

  const right = h('section', { class: 'pp-right' });
  const banner = h('div', { class: 'pp-banner', role: 'status', 'data-testid': 'banner' });
  banner.hidden = true;
  const pane = h('div', { class: 'pp-preview', 'data-testid': 'preview' });
  const placeholder = h('p', { class: 'pp-placeholder' }, t('rendering'));
  pane.append(placeholder);
  right.append(banner, pane);

  const notice = h('div', { class: 'pp-notice', role: 'alert' });
  notice.hidden = true;
  const dialog = h('dialog', { class: 'pp-dialog' });
  app.append(bar, notice, h('main', { class: 'pp-main' }, undefined), dialog);
  app.querySelector('main')!.append(left, right);

  // ── State ──
  let version = plan.version;
  let savedText = plan.text;
  let view: EditorView;
  const preview = new Preview(pane, banner);

  const showNotice = (message: string | undefined, buttons: [string, () => void][] = []) => {
    notice.hidden = message === undefined;
    notice.replaceChildren();
    if (message === undefined) return;
    notice.append(h('span', {}, message));
    for (const [label, run] of [...buttons, [t('close'), () => showNotice(undefined)] as [string, () => void]]) {
      const button = h('button', { type: 'button' }, label);
      button.addEventListener('click', run);
      notice.append(button);
    }
  };
  const updateStatus = () => {
    const dirty = textOf(view) !== savedText;
    status.textContent = dirty ? t('unsaved') : t('saved');
    status.classList.toggle('pp-dirty', dirty);
  };
  const showCounts = (diagnostics: EditDiagnostic[]) => {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    counts.textContent = errors + warnings === 0 ? t('valid') : [errors ? t('problems')(errors) : '', warnings ? t('warnings')(warnings) : ''].filter(Boolean).join(', ');
    counts.className = `pp-counts ${errors ? 'pp-has-errors' : warnings ? 'pp-has-warnings' : 'pp-ok'}`;
  };
  const goToLine = (line: number) => {
    const target = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
    view.dispatch({ selection: { anchor: target.from }, scrollIntoView: true });
    view.focus();
  };

  // ── The document ──
  let renderSerial = 0;
  let renderTimer: number | undefined;
  let cursorLine = 1;
  const renderNow = async (pending?: ReturnType<typeof renderText>) => {
    const serial = ++renderSerial;
    const reply = await (pending ?? renderText(textOf(view))).catch(() => undefined);
    if (serial !== renderSerial) return;
    if (reply === undefined) return preview.setBanner(t('serverGone'));
    if (reply.ok) {
      performance.mark('pp-docx');
      await preview.show(reply.bytes);
      performance.mark('pp-preview');
      if (serial !== renderSerial) return;
      placeholder.remove();
      preview.setBanner(undefined);
      document.body.dataset['renders'] = String(Number(document.body.dataset['renders'] ?? 0) + 1);
      if (cursorLine > 1) scrollPreview();
      return;
    }
    const first = reply.diagnostics.find((d) => d.severity === 'error');
    const problem = first ? `${first.code}${first.line > 0 ? ` (${t('lineRef')(first.line)})` : ''}: ${first.message}` : 'detail' in reply ? reply.detail : '';
    if (!preview.hasDocument) placeholder.textContent = t('noPreview');
    preview.setBanner(t('stale')(problem), first && first.line > 0 ? () => goToLine(first.line) : undefined);
  };
  const scheduleRender = () => {
    window.clearTimeout(renderTimer);
    renderTimer = window.setTimeout(() => void renderNow(), RENDER_PAUSE_MS);
  };
  let scrollTimer: number | undefined;
  const scrollPreview = () => {
    const doc = view.state.doc;
    // The value on the cursor's line; on a line without one ("can_cu:", a comment), the next value below.
    for (let n = cursorLine; n <= Math.min(doc.lines, cursorLine + 6); n++) {
      const value = valueOnLine(doc.line(n).text);
      if (value !== '') return void (value.length >= 3 && preview.scrollTo(value));
    }
  };

  // ── The form ──
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

  // ── Actions ──
  const save = async (force = false) => {
    status.textContent = t('saving');
    const text = textOf(view);
    try {
      const reply = await saveText(text, version);
      if (reply.ok) {
        version = reply.version;
        savedText = text;
        showNotice(undefined);
      } else {
        showNotice(t('conflict'), [
          [t('overwrite'), () => ((version = reply.version), void save(true))],
          [
            t('loadDisk'),
            () => {
              version = reply.version;
              savedText = reply.text;
              replaceText(view, reply.text);
              showNotice(undefined);
            },
          ],
        ]);
        void force;
      }
    } catch (e) {
      showNotice(`${t('saveFailed')}: ${(e as Error).message}`);
    }
    updateStatus();
  };
  const download = async (kind: 'docx' | 'pdf') => {
    if (kind === 'pdf') showNotice(t('makingPdf'));
    const reply = await renderText(textOf(view), kind).catch((e: Error) => ({ ok: false as const, diagnostics: [] as [], detail: e.message }));
    if (!reply.ok) {
      const first = reply.diagnostics.find((d) => d.severity === 'error');
      return showNotice(first ? `${first.code}: ${first.message}` : `${t('pdfFailed')}: ${'detail' in reply ? reply.detail : ''}`);
    }
    if (kind === 'pdf') showNotice(undefined);
    const link = h('a', { href: URL.createObjectURL(reply.bytes), download: plan.name.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '') + '.' + kind });
    document.body.append(link);
    link.click();
    link.remove();
  };
  const showReport = async () => {
    const report = await reportText(textOf(view));
    dialog.replaceChildren(h('h2', {}, t('reportTitle')), h('pre', { 'data-testid': 'report' }, report));
    const close = h('button', { type: 'button' }, t('close'));
    close.addEventListener('click', () => dialog.close());
    dialog.append(close);
    dialog.showModal();
  };
  saveButton.addEventListener('click', () => void save());
  docxButton.addEventListener('click', () => void download('docx'));
  pdfButton.addEventListener('click', () => void download('pdf'));
  checkButton.addEventListener('click', () => void showReport());
  window.addEventListener('beforeunload', (event) => {
    if (textOf(view) !== savedText) {
      event.preventDefault();
      event.returnValue = t('leaveWarning');
    }
  });

  view = createEditor(editorBox, plan.text, index, t, {
    check: checkText,
    onDiagnostics: showCounts,
    onChange: () => {
      updateStatus();
      scheduleRender();
      if (!formBox.hidden && !form.isWriting && !formBox.contains(document.activeElement)) {
        window.clearTimeout(formTimer);
        formTimer = window.setTimeout(() => form.refresh(), 300);
      }
    },
    onCursor: (line) => {
      if (line === cursorLine) return;
      cursorLine = line;
      window.clearTimeout(scrollTimer);
      scrollTimer = window.setTimeout(scrollPreview, 200);
    },
    save: () => void save(),
  });
  updateStatus();
  await renderNow(firstRender);
}

start().catch((e: unknown) => {
  document.getElementById('app')!.textContent = `${t('loadFailed')}: ${e instanceof Error ? e.message : String(e)}`;
});
