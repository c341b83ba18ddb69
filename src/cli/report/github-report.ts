// Diagnostics → GitHub Actions workflow commands: each becomes an annotation on the pull request's
// diff ("::error file=plans/a.yaml,line=3,col=5,title=PP101::message").
import { pointerToFieldPath } from '../../diagnostics/diagnostic.js';
import { formatMessage } from '../../diagnostics/messages.js';
import { describePlace } from './document-place.js';
import { inert } from '../../diagnostics/inert.js';
import type { Reporter } from './reporter.js';

/** The escaping GitHub's runner expects: data escapes %, CR, LF; properties also ":" and ",". */
const escapeData = (s: string) => inert(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const githubReporter: Reporter = (files, { lang }) =>
  files
    .flatMap(({ file, diagnostics }) =>
      diagnostics.map((d) => {
        const props = [`file=${escapeProperty(file.replace(/\\/g, '/'))}`];
        if (d.line > 0) props.push(`line=${d.line}`, `col=${d.column}`);
        const field = d.document?.part ?? pointerToFieldPath(d.path);
        props.push(`title=${escapeProperty(field ? `${d.code} ${field}` : d.code)}`);
        // A .docx has no lines to annotate: the paragraph is named in the message.
        const place = describePlace(d, lang);
        const message = formatMessage(d.code, d.args, lang);
        return `::${d.severity} ${props.join(',')}::${escapeData(place ? `${place}: ${message}` : message)}`;
      }),
    )
    .join('\n');
