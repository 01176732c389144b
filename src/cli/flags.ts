/** Values of flags several commands share, checked: a bad one is a usage error (exit 2). */
import { RespError } from '../errors.js';

/**
 * Check a YYYY-MM-DD flag value (--as-of, --date); a bad one is a usage error. A real calendar day:
 * Date.parse alone accepts 2026-02-30 and rolls it over to March.
 */
export function checkDate(value: string, flag: string): string {
  const t = Date.parse(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value)
    throw new RespError('usage', { zh: '{flag} 应为 YYYY-MM-DD 格式的日期：{v}', en: '{flag} must be a date YYYY-MM-DD: {v}' }, { flag, v: value });
  return value;
}

/** The value of --jobs: undefined when not given; anything but 0 or a positive whole number is a usage error. */
export function jobsOf(flag: string | undefined): number | undefined {
  const jobs = flag === undefined ? undefined : Number(flag);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0))
    throw new RespError('usage', { zh: '--jobs 应为 0 或正整数：{v}', en: '--jobs must be 0 or a positive whole number: {v}' }, { v: flag });
  return jobs;
}
