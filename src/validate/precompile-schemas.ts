/**
 * `node dist/src/validate/precompile-schemas.js` (part of `npm run build`): compile the schema of every
 * file kind once, ahead of time, into dist/src/validators.cjs, with the fingerprint of the schemas it was
 * made from. schema.ts uses it when the fingerprint matches, and compiles at run time otherwise.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import standaloneNs from 'ajv/dist/standalone/index.js';
import { FILE_KINDS } from '../model/types.js';
import { schemaPath } from '../paths.js';
import { newAjv, PRECOMPILED, schemaFingerprint } from './schema.js';

// ajv's standalone module is CommonJS: Node hands its function over as `default`.
const standalone = standaloneNs.default;

const ajv = newAjv({ code: { source: true } });
const kinds: Record<string, string> = {};
for (const kind of FILE_KINDS) {
  ajv.addSchema(JSON.parse(readFileSync(schemaPath(`${kind}.schema.json`), 'utf8')) as object, kind);
  kinds[kind] = kind;
}
const code = `${standalone(ajv, kinds)}\nexports.fingerprint = ${JSON.stringify(schemaFingerprint())};\nexports.validators = {${FILE_KINDS.map((k) => `${JSON.stringify(k)}: exports[${JSON.stringify(k)}]`).join(', ')}};\n`;
const out = PRECOMPILED();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(`${out}.tmp`, code);
renameSync(`${out}.tmp`, out);
