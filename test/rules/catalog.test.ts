import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/rules/index.js';
import { check } from '../rule-tester.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rulesDir = join(root, 'src', 'rules');

/** Loader codes whose docs examples describe bytes or sizes, not YAML text that can be run. */
const NOT_RUNNABLE = ['encoding', 'file-too-large'];

/** Files in src/rules that are not rules. */
const NOT_RULES = ['index.ts', 'types.ts', 'define-rule.ts', 'message-text.ts'];

/**
 * The files of a docs example in the mini repository: each YAML document (separated by `---`) goes
 * where its kind belongs, a domain file unless its `kind:` says otherwise.
 */
function filesOf(example: string): Record<string, string> {
  return Object.fromEntries(example.split(/^---\n/m).map((doc) => [placeOf(doc), doc]));
}

/** Where one YAML document of a docs example goes. */
function placeOf(example: string): string {
  const kind = /^kind:\s*(\S+)/m.exec(example)?.[1] ?? 'domain';
  const places: Record<string, string> = {
    config: 'resp.yaml',
    departments: 'registry/departments.yaml',
    townships: 'registry/townships.yaml',
    laws: 'registry/laws.yaml',
    township: 'townships/example.yaml',
    assignments: 'assignments/example.yaml',
    usage: 'delegations/usage-example.yaml',
  };
  return places[kind] ?? 'domains/example.yaml';
}

const compact = (fs: ReturnType<typeof check>) => fs.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`);

describe('rule catalogue', () => {
  it('has unique kebab-case ids', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('registers every rule file in src/rules', () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !NOT_RULES.includes(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });

  describe.each(ALL_RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    it('declares in its meta that it reads the day (reads: [asOf]) exactly when its check does', () => {
      const text = readFileSync(join(rulesDir, `${id}.ts`), 'utf8');
      expect(rule.reads?.includes('asOf') ?? false, id).toBe(/\bctx\.asOf\b/.test(text));
    });

    it('lives in src/rules/<id>.ts', async () => {
      const mod = (await import(join(rulesDir, `${id}.ts`))) as { default: unknown };
      expect(mod.default).toBe(rule);
    });

    it('has titles and docs in both languages, and a source', () => {
      for (const m of [rule.title, rule.docs.why]) {
        expect(m.zh.trim(), `${id} zh`).not.toBe('');
        expect(m.en.trim(), `${id} en`).not.toBe('');
      }
      expect(rule.docs.source.trim()).not.toBe('');
      expect(rule.docs.bad.trim()).not.toBe('');
      expect(rule.docs.good.trim()).not.toBe('');
    });

    it('has its messages in both languages, each hint too: loader and waiver codes as well as rules', () => {
      const messages = Object.entries(rule.messages);
      expect(messages.length, `${id} has no messages`).toBeGreaterThan(0);
      for (const [key, m] of messages) {
        expect(m.zh.trim(), `${id}.${key} zh`).not.toBe('');
        expect(m.en.trim(), `${id}.${key} en`).not.toBe('');
        for (const [name, h] of Object.entries({ hint: m.hint, ...m.hints })) {
          if (h) expect([h.zh.trim(), h.en.trim()].every(Boolean), `${id}.${key} ${name}`).toBe(true);
        }
      }
    });

    it('fills its messages with the same placeholders in both languages (an argument that reads differently is a zh/en pair, not an …En twin)', () => {
      const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [key, m] of Object.entries(rule.messages)) {
        for (const [what, h] of Object.entries({ message: m, hint: m.hint, ...m.hints })) {
          if (!h) continue;
          expect(names(h.en), `${id}.${key} ${what}`).toEqual(names(h.zh));
          expect(names(h.zh).filter((n) => /[a-z](En|Zh)$/.test(n)), `${id}.${key} ${what}`).toEqual([]);
        }
      }
    });

    it('has its own tests (test/rules/<id>.test.ts, naming the rule): loader and waiver codes too', () => {
      const own = join(root, 'test', 'rules', `${id}.test.ts`);
      expect(existsSync(own), `test/rules/${id}.test.ts is missing`).toBe(true);
      expect(readFileSync(own, 'utf8')).toContain(`'${id}'`);
    });

    it.skipIf(NOT_RUNNABLE.includes(id))('its bad example breaks it and its good example is clean', () => {
      const bad = check('*', filesOf(rule.docs.bad));
      expect(bad.filter((f) => f.rule === id).length, `bad example of ${id}:\n${compact(bad).join('\n')}`).toBeGreaterThan(0);
      expect(compact(check('*', filesOf(rule.docs.good))), `good example of ${id}`).toEqual([]);
    });
  });
});
