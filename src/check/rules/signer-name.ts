// PP619: the signer's block ends with the signer's name under the room to sign (ô 7b).
import { PARTS } from '../../nd30/index.js';
import { cleanText } from '../view.js';
import type { CheckRule } from './rule.js';

export const signerName: CheckRule = {
  code: 'PP619',
  name: 'signer-name',
  severity: 'error',
  clause: PARTS.signerName.size.clause,
  check({ parts }, report) {
    if (parts.signerTitle.length === 0 || parts.signerName) return;
    const end = parts.signerEnd ?? parts.signerTitle.at(-1)!;
    report({ part: 'chu_ky', entry: end.entry }, { text: cleanText(end.text) });
  },
};
