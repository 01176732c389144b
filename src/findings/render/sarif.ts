import { ALL_RULES } from '../../rules/index.js';
import { helpText, doc } from './rule-doc.js';
import { legalSource, oneLine } from './source.js';
import type { Renderer } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** `township-enforcement` → `TownshipEnforcement`: the rule's name as code-scanning tools show it. */
export const pascalCase = (id: string): string => id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');

/**
 * SARIF 2.1.0 log: every rule of the catalogue in tool.driver.rules with its documentation (help, with
 * the legal source), one result per finding whose message also names the law it rests on.
 */
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
            ...(ctx.homepage ? { informationUri: ctx.homepage } : {}),
            rules: ALL_RULES.map((r) => ({
              id: r.id,
              name: pascalCase(r.id),
              shortDescription: { text: r.title[ctx.lang] },
              fullDescription: { text: r.docs.why[ctx.lang] },
              help: { text: helpText(r, ctx.lang), markdown: doc(r, ctx.lang) },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { category: r.category, source: r.docs.source, tags: [r.category] },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: findings.map((f) => {
          const source = legalSource(f);
          return {
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: oneLine(f, ctx.lang) },
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
            ...(f.related?.length
              ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, physicalLocation: { artifactLocation: { uri: encodeURI(r.file) }, region: { startLine: r.line, startColumn: r.column } } })) }
              : {}),
            ...(f.item || source || f.messageId ? { properties: { ...(f.messageId ? { messageId: f.messageId } : {}), ...(f.item ? { item: f.item } : {}), ...(source ? { source } : {}) } } : {}),
          };
        }),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
