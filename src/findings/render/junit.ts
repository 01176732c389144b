import { countBySeverity } from '../types.js';
import type { Renderer } from './types.js';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters even when escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** JUnit XML: one test suite per file, one failing test case per finding (errors as failures). */
export const renderJunit: Renderer = (findings) => {
  const byFile = new Map<string, typeof findings[number][]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const c = countBySeverity(findings);
  const suites = [...byFile].map(([file, fs]) => {
    const cases = fs
      .map((f) => {
        const body = `${f.file}:${f.line}:${f.column} ${f.message}${f.hint ? `\n${f.hint}` : ''}`;
        return `    <testcase classname="${esc(file)}" name="${esc(`${f.rule} ${f.file}:${f.line}:${f.column}`)}">\n      <failure type="${f.severity}" message="${esc(f.message)}">${esc(body)}</failure>\n    </testcase>`;
      })
      .join('\n');
    return `  <testsuite name="${esc(file)}" tests="${fs.length}" failures="${fs.length}" errors="0">\n${cases}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="resp" tests="${findings.length}" failures="${c.error + c.warning + c.info}" errors="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
};
