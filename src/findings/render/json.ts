import { countBySeverity } from '../types.js';
import type { Renderer } from './types.js';

/**
 * The documented machine format (see README, "JSON output"). Fields are only ever added, never
 * renamed or removed, within `version: 1`.
 */
export const renderJson: Renderer = (findings, ctx) => {
  const c = countBySeverity(findings);
  return (
    JSON.stringify(
      {
        version: 1,
        tool: { name: 'resp', version: ctx.version },
        summary: { files: ctx.files, items: ctx.items, errors: c.error, warnings: c.warning, infos: c.info },
        findings: findings.map((f) => ({
          rule: f.rule,
          messageId: f.messageId ?? null,
          severity: f.severity,
          message: f.message,
          file: f.file,
          line: f.line,
          column: f.column,
          endLine: f.endLine ?? f.line,
          endColumn: f.endColumn ?? f.column,
          item: f.item ?? null,
          path: f.path ?? null,
          hint: f.hint ?? null,
          source: f.source ?? null,
          related: f.related ?? [],
        })),
      },
      null,
      2,
    ) + '\n'
  );
};
