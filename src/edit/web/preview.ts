// The document as `render` writes it, shown as pages with docx-preview. A new rendering is built off
// screen and swapped in whole, so the last good document stays until a better one is ready; while the
// plan has an error a banner names it above that last good document.
import { renderAsync } from 'docx-preview';

export class Preview {
  private pages: HTMLElement | undefined;

  constructor(
    private readonly pane: HTMLElement,
    private readonly banner: HTMLElement,
  ) {
    new ResizeObserver(() => this.fit()).observe(pane);
  }

  get hasDocument(): boolean {
    return this.pages !== undefined;
  }

  async show(docx: Blob): Promise<void> {
    const next = document.createElement('div');
    next.className = 'pp-pages';
    const styles = document.createElement('div');
    const body = document.createElement('div');
    next.append(styles, body);
    next.style.visibility = 'hidden';
    this.pane.append(next);
    try {
      await renderAsync(docx, body, styles, {
        className: 'docx',
        inWrapper: true,
        breakPages: true,
        ignoreLastRenderedPageBreak: true,
        renderHeaders: true,
        renderFooters: true,
        renderFootnotes: true,
        useBase64URL: false,
      });
    } catch (e) {
      next.remove();
      throw e;
    }
    const scroll = this.pane.scrollTop;
    this.pages?.remove();
    this.pages = next;
    next.style.visibility = '';
    this.fit();
    this.pane.scrollTop = scroll;
  }

  /** A banner above the last good document; undefined removes it. */
  setBanner(message: string | undefined, onClick?: () => void): void {
    this.banner.hidden = message === undefined;
    this.banner.textContent = message ?? '';
    this.banner.onclick = onClick ?? null;
  }

  /** Scale the A4 pages to the pane's width (at 1366 px the pane is narrower than a page). The page's
   * width is read from its style (docx-preview writes it in pt), not measured: measuring would lay the
   * whole new document out once more before it is shown. */
  private fit(): void {
    const page = this.pages?.querySelector<HTMLElement>('section.docx');
    if (!this.pages || !page) return;
    const width = pixels(page.style.width) ?? page.offsetWidth;
    this.pages.style.zoom = String(Math.min(1, (this.pane.clientWidth - 8) / (width + 32)));
  }

  /** Brings the paragraph (or cell) holding `needle` into view and marks it for a moment. */
  scrollTo(needle: string): boolean {
    const wanted = normalize(needle).slice(0, 60);
    if (!this.pages || wanted.length < 3) return false;
    let best: HTMLElement | undefined;
    for (const node of this.pages.querySelectorAll<HTMLElement>('section.docx p, section.docx td')) {
      if (normalize(node.textContent ?? '').includes(wanted)) {
        best = node;
        break;
      }
    }
    if (!best) return false;
    const paneBox = this.pane.getBoundingClientRect();
    const box = best.getBoundingClientRect();
    if (box.top < paneBox.top + 40 || box.bottom > paneBox.bottom - 40) {
      this.pane.scrollTop += box.top - paneBox.top - this.pane.clientHeight / 3;
    }
    for (const old of this.pages.querySelectorAll('.pp-here')) old.classList.remove('pp-here');
    best.classList.add('pp-here');
    return true;
  }
}

/** A CSS length in pt, px, mm, cm or in as pixels; undefined for anything else. */
function pixels(length: string): number | undefined {
  const found = /^([\d.]+)(pt|px|mm|cm|in)$/.exec(length.trim());
  if (!found) return undefined;
  const perUnit = { pt: 96 / 72, px: 1, mm: 96 / 25.4, cm: 96 / 2.54, in: 96 }[found[2] as 'pt' | 'px' | 'mm' | 'cm' | 'in'];
  return Number(found[1]) * perUnit;
}

/** The plan's text as it reads in the document: no emphasis marks, no quotes, spaces collapsed. */
function normalize(text: string): string {
  return text
    .replace(/\*\*|__|\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
