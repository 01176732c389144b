import { describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../helpers.js';
import { check, where } from '../rule-tester.js';
import { DEFECT, withWaiver } from './waiver-fixture.js';

describe('waivers and waiver-expired', () => {
  it('a waiver suppresses its rule on its item until it expires, the expiry day included', () => {
    expect(where(check('*', DEFECT))).toEqual([['township-enforcement', 'domains/a.yaml', 9, 34]]);
    expect(check('*', DEFECT, { base: withWaiver('township-enforcement', 'ZR-101', '2026-11-23'), asOf: '2026-11-23' })).toEqual([]);
  });

  it('an expired waiver suppresses nothing and is reported at its entry in resp.yaml', () => {
    const f = check('*', DEFECT, { base: withWaiver('township-enforcement', 'ZR-101', '2026-11-22'), asOf: '2026-11-23' });
    expect(where(f)).toEqual([
      ['township-enforcement', 'domains/a.yaml', 9, 34],
      ['waiver-expired', 'resp.yaml', 5, 5],
    ]);
    const w = f[1];
    expect(w.severity).toBe('warning');
    expect(w.message).toBe('对事项 ZR-101 的 township-enforcement 豁免已于 2026-11-22 到期，不再生效');
    expect(w.item).toBe('ZR-101');
  });

  it('a waiver of another rule, or of another item, does not suppress', () => {
    expect(where(check('township-enforcement', DEFECT, { base: withWaiver('single-lead', 'ZR-101', '2099-12-31') }))).toEqual([['township-enforcement', 'domains/a.yaml', 9, 34]]);
  });

  it('decides the exit code of resp validate', async () => {
    const active = tempRepo({ ...withWaiver('township-enforcement', 'ZR-101', '2099-12-31'), ...DEFECT });
    expect((await runCli(['validate', '--as-of', '2026-11-23'], active)).code).toBe(0);
    const expired = tempRepo({ ...withWaiver('township-enforcement', 'ZR-101', '2026-01-01'), ...DEFECT });
    const r = await runCli(['validate', '--as-of', '2026-11-23', '-f', 'json', '--lang', 'en'], expired);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((x: { rule: string; message: string }) => [x.rule, x.message])).toEqual([
      ['township-enforcement', 'duty "依法查处违法占地行为" of 乡镇（街道） contains the enforcement act "查处" (penalty decision), but the item cites no statute that empowers townships and has no delegation record (行政处罚法第二十三条)'],
      ['waiver-expired', 'the waiver of township-enforcement for item ZR-101 expired on 2026-01-01 and no longer applies'],
    ]);
  });
});
