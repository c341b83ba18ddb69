// The layout rules of `parplan check`, in code order; README's section for receiving offices lists them.
import { paperSize } from './paper-size.js';
import { margins } from './margins.js';
import { fontFamily } from './font-family.js';
import { textColour } from './text-colour.js';
import { partSizes } from './part-sizes.js';
import { partEmphasis } from './part-emphasis.js';
import { partAlignment } from './part-alignment.js';
import { upperCase } from './upper-case.js';
import { linePresent } from './line-present.js';
import { lineLength } from './line-length.js';
import { lineUnderscores } from './line-underscores.js';
import { numberForm } from './number-form.js';
import { dateForm } from './date-form.js';
import { pageNumberPlace } from './page-number-place.js';
import { pageNumbersPresent } from './page-numbers-present.js';
import { bodyParagraphs } from './body-paragraphs.js';
import { recipientsLayout } from './recipients-layout.js';
import { recipientsLuu } from './recipients-luu.js';
import { signerName } from './signer-name.js';
import { signatureGap } from './signature-gap.js';
import { partsPresent } from './parts-present.js';
import { nationalTitleText } from './national-title-text.js';
import type { CheckRule } from './rule.js';

export type { CheckRule } from './rule.js';

export const CHECK_RULES: readonly CheckRule[] = [
  paperSize,
  margins,
  fontFamily,
  textColour,
  partSizes,
  partEmphasis,
  partAlignment,
  upperCase,
  linePresent,
  lineLength,
  lineUnderscores,
  numberForm,
  dateForm,
  pageNumberPlace,
  pageNumbersPresent,
  bodyParagraphs,
  recipientsLayout,
  recipientsLuu,
  signerName,
  signatureGap,
  partsPresent,
  nationalTitleText,
];
