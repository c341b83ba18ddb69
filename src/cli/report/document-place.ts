// Where in a .docx a problem stands, as every report format words it: "đoạn 12 «Căn cứ Kế hoạch…»"
// for a paragraph, "section 1" for the page setup (issue 15).
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatFacts, type Lang } from '../../diagnostics/messages.js';
import { ui } from '../ui-text.js';
import { citedClause } from '../../diagnostics/citation.js';

/** First words of a paragraph, at most this many characters. */
const EXCERPT_LENGTH = 48;

export function shortExcerpt(text: string): string {
  const clean = text.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length <= EXCERPT_LENGTH) return clean;
  const cut = clean.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

/** "đoạn 12 «Căn cứ …»", "section 1", or "" for a problem about the whole document. */
export function describePlace(d: Diagnostic, lang: Lang): string {
  const place = d.document;
  if (place === undefined) return '';
  if (place.paragraph > 0) {
    const excerpt = shortExcerpt(place.excerpt);
    return excerpt === '' ? ui(lang, 'paragraphAt')(place.paragraph) : `${ui(lang, 'paragraphAt')(place.paragraph)} «${excerpt}»`;
  }
  if (place.section > 0) return ui(lang, 'sectionAt')(place.section);
  return '';
}

/** The fields a machine-readable report (json, sarif) carries for a problem in a .docx: the part, the
 * clause, what was found and what is required, and where; empty for a problem in a plan. */
export function documentFields(d: Diagnostic, lang: Lang): Record<string, unknown> {
  const place = d.document;
  if (place === undefined) return {};
  return {
    part: place.part,
    clause: place.clause,
    // The clause as the text report cites it, in the report's language.
    citation: citedClause(d, lang),
    ...formatFacts(d.code, d.args, lang),
    paragraph: place.paragraph,
    section: place.section,
    excerpt: place.excerpt,
  };
}
