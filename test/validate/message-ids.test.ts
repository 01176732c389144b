/**
 * Findings carry `messageId`: which message of its rule (or which loader or schema message) a finding
 * is, the same in every language, so that programs and tests match on rule + messageId, not on wording.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/rules/index.js';
import { validatePaths } from '../../src/validate/validate.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = (lang: 'zh' | 'en') => validatePaths([join(ROOT, 'examples', 'defects')], { cwd: ROOT, lang, asOf: '2026-11-23' }).findings;

describe('messageId', () => {
  const zh = run('zh');
  const en = run('en');

  it('is on every finding of the defects corpus, and names a message its rule has (loader codes and the schema check included)', () => {
    expect(zh.length).toBeGreaterThan(30);
    const messages = new Map(ALL_RULES.map((r) => [r.id, new Set(Object.keys(r.messages))]));
    const wrong = zh.filter((f) => !f.messageId || !messages.get(f.rule)?.has(f.messageId));
    expect(wrong.map((f) => `${f.file}:${f.line} ${f.rule}/${f.messageId}`)).toEqual([]);
  });

  it('is the same in English, while the message is not', () => {
    expect(en.map((f) => `${f.rule}/${f.messageId}`)).toEqual(zh.map((f) => `${f.rule}/${f.messageId}`));
    expect(en.map((f) => f.message)).not.toEqual(zh.map((f) => f.message));
  });

  it('tells the messages of one rule apart (schema: the keyword)', () => {
    const schemaIds = new Set(zh.filter((f) => f.rule === 'schema').map((f) => f.messageId));
    expect(schemaIds.size).toBeGreaterThan(2);
    expect([...schemaIds]).toContain('enum');
  });
});
