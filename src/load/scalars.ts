/**
 * Plain scalars as the YAML 1.2 core schema of `yaml` reads them (parse-yaml.ts): null, booleans and
 * integers; everything else, `001`, `2026.10`, `yes` and dates included, stays text. The fast paths
 * (line-parse.ts, fast-parse.ts) resolve their scalars here.
 */

// Decimal integers without leading zeros, and 0o / 0x forms, as in the YAML 1.2 core schema; floats are
// not resolved at all, so `2026.10` and `1e3` stay as written (parse-yaml.ts does the same with `yaml`).
const DECIMAL = /^[-+]?(?:0|[1-9][0-9]*)$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;

const digitLike = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d;
const BOOLS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

// The plain scalars the core schema of `yaml` reads as null, booleans and integers.
export const isNull = (s: string) => s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL';
export const isBool = (s: string) => (s.length === 4 || s.length === 5) && BOOLS.has(s);
// The first-character test keeps the regular expressions off the (mostly Chinese) text scalars.
export const isInt = (s: string) => digitLike(s.charCodeAt(0)) && (DECIMAL.test(s) || OCTAL.test(s) || HEX.test(s));
export const intOf = (s: string) => (OCTAL.test(s) ? parseInt(s.slice(2), 8) : HEX.test(s) ? parseInt(s.slice(2), 16) : parseInt(s, 10));

/** The value of a plain scalar: null, a boolean, an integer, or its text. */
export function plainValue(s: string): unknown {
  return isNull(s) ? null : isBool(s) ? s[0] === 't' || s[0] === 'T' : isInt(s) ? intOf(s) : s;
}
