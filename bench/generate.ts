/**
 * `node dist/bench/generate.js --size county|city|province|export --out DIR [--seed N]`: write a
 * benchmark corpus (DIR/a and its second revision DIR/b). Output never goes into the repository.
 */
import { generate, generateSpec } from './gen/generate.js';
import { EXPORT_SPEC, SIZES, type SizeName } from './gen/sizes.js';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { size: { type: 'string', default: 'county' }, out: { type: 'string' }, seed: { type: 'string', default: '20260701' } } });
if (!values.out) throw new Error('--out DIR is required');
const size = values.size!;
if (size !== 'export' && !(size in SIZES)) throw new Error(`unknown size ${size}`);
const t0 = performance.now();
const stats = size === 'export' ? generateSpec(EXPORT_SPEC, values.out, Number(values.seed), 'export') : generate(size as SizeName, values.out, Number(values.seed));
process.stdout.write(`${JSON.stringify({ ...stats, seconds: +((performance.now() - t0) / 1000).toFixed(1) })}\n`);
