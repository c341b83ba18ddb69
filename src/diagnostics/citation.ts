// How a problem found in a .docx cites what it breaks, as readers are shown it (check's reports and
// the library's checkDocx): the decree named before its own clauses, the practice of issued
// documents where the decree gives no figure, a plan rule's citation as it is written.
import type { Diagnostic } from './diagnostic.js';
import type { Lang } from './messages.js';

/** The codes of the rules beyond the schema (src/validate/rules/: one rule per PP2xx code,
 * test/validate/rules.test.ts), which check also runs on a document's content (src/check/content.ts). */
const PLAN_RULE_CODE = /^PP2\d\d$/;

/** What a layout value the decree is silent on is cited as (src/nd30: basis 'practice', whose clause is
 * a note on the plans it was measured on, not a clause to show). */
const PRACTICE: Record<Lang, string> = {
  vi: 'theo thông lệ của các văn bản đã ban hành; Nghị định 30/2020 không ghi số đo này',
  en: 'the practice of issued documents; Nghị định 30/2020 gives no figure for this',
};

/** The clause a problem in a .docx cites, whole: a layout rule's (PP6xx) is a clause of Nghị định
 * 30/2020 and is named so, or the practice where the decree gives no figure; a plan rule's is its own
 * citation already ("NĐ 30/2020, …"), and some cite the indexes' rules or parplan's, not the decree
 * ("Chỉ số PAR INDEX, …", "parplan init: …"). */
export function citedClause(d: Diagnostic, lang: Lang): string {
  const clause = d.document?.clause ?? '';
  if (clause === '' || PLAN_RULE_CODE.test(d.code)) return clause;
  return /^practice\b/.test(clause) ? PRACTICE[lang] : `NĐ 30/2020, ${clause}`;
}
