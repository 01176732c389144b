/** A code frame of a very long line shows a window around the column, with the caret under the place. */
import { expect, it } from 'vitest';
import { MINI, runCli, tempRepo } from '../helpers.js';

it('shows a window of a 1 MB line, not the line twice', async () => {
  const long = '甲'.repeat(300_000);
  const dir = tempRepo({ ...MINI, 'domains/自然资源.yaml': `kind: domain\ndomain: 自然资源\nitems:\n  - {id: ZR-001, name: ${long}, lead: {party: 县自然资源局, duties: [依法查处。]}, bogus: 1}\n` });
  const r = await runCli(['validate', '--no-color'], dir);
  expect(r.stdout.length).toBeLessThan(2000);
  const lines = r.stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith('  > 4 | '));
  expect(lines[at]).toMatch(/^ {2}> 4 \| …甲+, lead: \{party: 县自然资源局, duties: \[依法查处。\]\}, bogus: 1\}$/);
  // The caret stands under "bogus": display widths count a CJK character as two columns.
  const row = lines[at].slice('  > 4 | '.length);
  const caret = lines[at + 1].slice('    '.length + 1 + ' | '.length);
  const widthBefore = [...row.slice(0, row.indexOf('bogus'))].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  expect(caret.indexOf('^')).toBe(widthBefore);
});
