import { visible } from './human.js';
import { sourceLine } from './source.js';
import type { Renderer } from './types.js';

// Workflow commands are one line: %, CR and LF in values must be escaped, and also : and , in properties.
const escData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string) => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow annotations: one `::error file=…,line=…::message` line per finding, with its hint and legal source. */
export const renderGithub: Renderer = (findings, ctx) =>
  findings
    .map((f) => {
      const props = [
        `file=${escProp(f.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        ...(f.endLine ? [`endLine=${f.endLine}`] : []),
        ...(f.endColumn ? [`endColumn=${f.endColumn}`] : []),
        `title=${escProp(`resp(${f.rule})`)}`,
      ].join(',');
      const src = sourceLine(f, ctx.lang);
      const text = visible([f.message, f.hint, src].filter(Boolean).join('\n')).replace(/\u240a/g, '\n').replace(/\u240d/g, '\r');
      return `::${LEVEL[f.severity]} ${props}::${escData(text)}\n`;
    })
    .join('');
