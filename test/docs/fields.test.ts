/**
 * docs/fields.md is what the schemas say: a schema's title or description changed without
 * `npm run docs` fails here, so the field reference never drifts from the editor's hover.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsMarkdown } from '../../src/docs/fields.js';

const ROOT = join(__dirname, '..', '..');

describe('docs/fields.md', () => {
  const text = fieldsMarkdown(join(ROOT, 'schemas'));

  it('is the reference the schemas give (run `npm run docs` after changing a schema)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'fields.md'), 'utf8')).toBe(text);
  });

  it('lists every file kind, the item fields with their Chinese titles, and the allowed values', () => {
    expect(text).toContain('## 领域事项文件（domain.schema.json）');
    expect(text).toContain('## 乡镇（街道）文件（township.schema.json）');
    expect(text).toMatch(/\| `lead` \| \[责任单位\]\(#责任单位\) \| 是 \| 主体责任：主责单位（恰好一个）及其职责。 \|/);
    expect(text).toMatch(/\| `list` \| 文本（限定取值） \|  \| [^|]+ \| `属地管理`、`基本履职`/);
    expect(text).not.toContain('非空文本');
  });

  it('links each object to a section that exists', () => {
    const anchors = new Set([...text.matchAll(/^#+ (.+)$/gm)].map((m) => m[1].toLowerCase().replace(/[^\p{L}\p{N}\- ]/gu, '').replace(/ /g, '-')));
    for (const [, anchor] of text.matchAll(/\]\(#([^)]+)\)/g)) expect(anchors.has(anchor), anchor).toBe(true);
  });
});
