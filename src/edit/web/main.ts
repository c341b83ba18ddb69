// The page of `parplan edit`: the plan's YAML (or its form) on the left, its document on the right,
// the buttons Lưu, Tải .docx, Tải PDF, Kiểm tra on top. Everything the page knows about a plan it asks
// the server, which answers with the CLI's own functions. This script (edit.js) draws the page and
// shows the first document; the editor's script (edit-editor.js, see editor-api.ts), downloaded
// meanwhile, is mounted on the left once that document shows.
import type { EditDiagnostic } from '../protocol.js';
import { assetUrl, checkText, fetchPlan, fetchSchema, renderText, reportText, saveText } from './api.js';
import type { EditorHandle, EditorModule } from './editor-api.js';
import { makeText, type Lang } from './page-text.js';
import { Preview } from './preview.js';

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

/** The editor's script (its download started with the page: <link rel="preload"> in page-html.ts), run now. */
function loadEditor(): Promise<EditorModule> {
  return new Promise((resolve, reject) => {
    const script = h('script', { src: assetUrl('edit-editor.js') });
    script.addEventListener('load', () => (window.parplanEditor ? resolve(window.parplanEditor) : reject(new Error('edit-editor.js'))));
    script.addEventListener('error', () => reject(new Error('edit-editor.js')));
    document.head.append(script);
  });
}

async function start(): Promise<void> {
  const app = document.getElementById('app')!;
  performance.mark('pp-start');
  const schema = fetchSchema();
  const plan = await fetchPlan();
  performance.mark('pp-plan');
  // The first document is asked for at once (the server has it ready: it rendered the plan on disk
  // as it started); the page is drawn while it comes.
  const firstRender = renderText(plan.text);
  document.body.dataset['pdf'] = String(plan.pdf);

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
  // The editor, once mounted; until then the page's text is the plan's as read (or as loaded from disk).
  let editor: EditorHandle | undefined;
  let textBefore = plan.text;
  const currentText = () => editor?.text() ?? textBefore;
  const replaceText = (text: string) => (editor ? editor.replace(text) : (textBefore = text));
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
    const dirty = currentText() !== savedText;
    status.textContent = dirty ? t('unsaved') : t('saved');
    status.classList.toggle('pp-dirty', dirty);
  };
  const showCounts = (diagnostics: EditDiagnostic[]) => {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    counts.textContent = errors + warnings === 0 ? t('valid') : [errors ? t('problems')(errors) : '', warnings ? t('warnings')(warnings) : ''].filter(Boolean).join(', ');
    counts.className = `pp-counts ${errors ? 'pp-has-errors' : warnings ? 'pp-has-warnings' : 'pp-ok'}`;
  };
  const goToLine = (line: number) => editor?.goToLine(line);

  // ── The document ──
  let renderSerial = 0;
  let renderTimer: number | undefined;
  let cursorLine = 1;
  // The document last shown and its text: "Tải .docx" gives these bytes while the text is unchanged.
  let shown: { text: string; docx: Blob } | undefined;
  const renderNow = async (pending?: ReturnType<typeof renderText>, text = currentText()) => {
    const serial = ++renderSerial;
    const reply = await (pending ?? renderText(text)).catch(() => undefined);
    if (serial !== renderSerial) return;
    if (reply === undefined) return preview.setBanner(t('serverGone'));
    if (reply.ok) {
      shown = { text, docx: reply.bytes };
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
    const value = editor?.valueNear(cursorLine) ?? '';
    if (value.length >= 3) preview.scrollTo(value);
  };

  // ── Actions ──
  const save = async (force = false) => {
    status.textContent = t('saving');
    const text = currentText();
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
              replaceText(reply.text);
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
    const text = currentText();
    const reply = kind === 'docx' && shown?.text === text ? { ok: true as const, bytes: shown.docx } : await renderText(text, kind).catch((e: Error) => ({ ok: false as const, diagnostics: [] as [], detail: e.message }));
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
    const report = await reportText(currentText());
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
    if (currentText() !== savedText) {
      event.preventDefault();
      event.returnValue = t('leaveWarning');
    }
  });
  updateStatus();

  // The first document, then the editor: its code runs once the document has been painted, so it
  // does not hold the document back. The server checks the text meanwhile (its first check is its
  // slowest: the validator starts), so the counts show and the editor's first check finds it done.
  await renderNow(firstRender, plan.text);
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  void checkText(textBefore).then(
    (found) => {
      if (editor === undefined) showCounts(found);
    },
    () => undefined,
  );
  const editorModule = await loadEditor();
  editor = await editorModule.mount({
    lang,
    text: textBefore,
    schema,
    editorBox,
    formBox,
    yamlTab,
    formTab,
    check: checkText,
    onDiagnostics: showCounts,
    onChange: () => {
      updateStatus();
      scheduleRender();
    },
    onCursor: (line) => {
      if (line === cursorLine) return;
      cursorLine = line;
      window.clearTimeout(scrollTimer);
      scrollTimer = window.setTimeout(scrollPreview, 200);
    },
    save: () => void save(),
  });
  performance.mark('pp-editor');
  document.body.dataset['editor'] = 'ready';
  updateStatus();
}

start().catch((e: unknown) => {
  document.getElementById('app')!.textContent = `${t('loadFailed')}: ${e instanceof Error ? e.message : String(e)}`;
});
