/**
 * The tests of a loader code (a finding the loader reports while reading a file): a domain file written
 * right, the same file broken one way, and the one finding that gives, by position, messageId and message.
 */
import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

/** A domain file written right: the loader reports nothing on it. */
export const PLAIN = 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-1\n    name: 甲\n    lead: {party: 县自然资源局, duties: [巡查]}\n';

export interface LoaderCase {
  rule: string;
  /** What the broken file shows, as the test's name says it. */
  what: string;
  /** PLAIN broken one way. */
  broken: string;
  /** Line and column of the finding in domains/a.yaml. */
  at: [number, number];
  messageId: string;
  message: string;
}

export function describeLoaderCode(c: LoaderCase): void {
  describe(c.rule, () => {
    it(`reports ${c.what}`, () => {
      const f = check(c.rule, { 'domains/a.yaml': c.broken });
      expect(where(f)).toEqual([[c.rule, 'domains/a.yaml', ...c.at]]);
      expect(f[0].messageId).toBe(c.messageId);
      expect(f[0].message).toBe(c.message);
    });

    it('is silent for the file written right', () => {
      expect(check(c.rule, { 'domains/a.yaml': PLAIN })).toEqual([]);
    });
  });
}
