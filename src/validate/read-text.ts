import { readFileSync } from 'node:fs';

/** A file's text as the loader decodes it: UTF-8, without a byte-order mark. */
export function readText(abs: string): string {
  const b = readFileSync(abs);
  const start = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  return b.subarray(start).toString('utf8');
}
