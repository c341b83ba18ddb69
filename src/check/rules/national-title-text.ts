// PP622: the Quốc hiệu and the Tiêu ngữ word for word as the decree writes them ("Độc lập - Tự do -
// Hạnh phúc": a capital for each phrase, hyphens with spaces). Both spellings of HÒA are accepted.
import { PARTS } from '../../nd30/index.js';
import { cleanText } from '../view.js';
import type { CheckRule } from './rule.js';

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export const nationalTitleText: CheckRule = {
  code: 'PP622',
  name: 'national-title-text',
  severity: 'warning',
  clause: PARTS.nationalTitle.size.clause,
  check({ parts }, report) {
    const title = parts.nationalTitle;
    if (title) {
      const text = cleanText(title.text).replace('HOÀ', 'HÒA');
      if (text.toLocaleUpperCase('vi') !== NATIONAL_TITLE) report({ part: 'quoc_hieu', entry: title.entry }, { element: 'nationalTitle', text: cleanText(title.text), expected: NATIONAL_TITLE });
    }
    const motto = parts.motto;
    if (motto && cleanText(motto.text).replace(/\.$/, '') !== MOTTO) {
      report({ part: 'tieu_ngu', entry: motto.entry }, { element: 'motto', text: cleanText(motto.text), expected: MOTTO });
    }
  },
};
