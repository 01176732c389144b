import { atLeast, type Finding } from '../types.js';
import { sourceLine } from './source.js';
import type { Renderer } from './types.js';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters even when escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/**
 * JUnit XML as CI test reports read it: one test suite per file checked, one test case per finding,
 * and one passing test case for a file without findings, so a clean repository still reports its
 * files as passed tests. A finding at or above --fail-on is a `<failure>`; one below it passes, its
 * text in `<system-out>` and its severity as a property. Every text names the legal source.
 */
export const renderJunit: Renderer = (findings, ctx) => {
  const failOn = ctx.failOn ?? 'error';
  const byFile = new Map<string, Finding[]>();
  for (const file of ctx.checked ?? []) byFile.set(file, []);
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  let tests = 0;
  let failures = 0;
  const suites = [...byFile].map(([file, fs]) => {
    const failed = fs.filter((f) => atLeast(f.severity, failOn)).length;
    tests += fs.length || 1;
    failures += failed;
    const cases = fs.length
      ? fs.map((f) => {
          const body = [`${f.file}:${f.line}:${f.column} ${f.message}`, f.hint, sourceLine(f, ctx.lang)].filter(Boolean).join('\n');
          const open = `    <testcase classname="${esc(file)}" name="${esc(`${f.rule} ${f.file}:${f.line}:${f.column}`)}">`;
          const inner = atLeast(f.severity, failOn)
            ? `      <failure type="${f.severity}" message="${esc(f.message)}">${esc(body)}</failure>`
            : `      <properties>\n        <property name="severity" value="${f.severity}"/>\n      </properties>\n      <system-out>${esc(`${f.severity}: ${body}`)}</system-out>`;
          return `${open}\n${inner}\n    </testcase>`;
        })
      : [`    <testcase classname="${esc(file)}" name="${esc(file)}"/>`];
    return `  <testsuite name="${esc(file)}" tests="${fs.length || 1}" failures="${failed}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="resp" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
};
