import { ALL_RULES } from '../../rules/index.js';
import type { Renderer } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0 log: every rule of the catalogue in tool.driver.rules, one result per finding. */
export const renderSarif: Renderer = (findings, ctx) => {
  const index = new Map(ALL_RULES.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'resp',
            version: ctx.version,
            rules: ALL_RULES.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.title[ctx.lang] },
              fullDescription: { text: r.docs.why[ctx.lang] },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { category: r.category, source: r.docs.source },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: findings.map((f) => ({
          ruleId: f.rule,
          ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.hint ? `${f.message}（${f.hint}）` : f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file) },
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  ...(f.endLine ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
                },
              },
            },
          ],
          ...(f.item ? { properties: { item: f.item } } : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
