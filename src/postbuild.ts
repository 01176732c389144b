/**
 * `node dist/src/postbuild.js`, the last step of `npm run build`: compile the schemas to validators
 * (dist/src/validators.cjs) and write the build's identity (dist/src/build-id.json).
 */
import { readFileSync } from 'node:fs';
import standaloneNs from 'ajv/dist/standalone/index.js';
import { writeAtomic } from './io/write.js';
import { FILE_KINDS } from './model/types.js';
import { schemaPath } from './paths.js';
import { BUILD_ID, contentStamp } from './validate/cache-deps.js';
import { newAjv, PRECOMPILED, schemaFingerprint } from './validate/schema.js';

// ajv's standalone module is CommonJS: Node hands its function over as `default`.
const standalone = standaloneNs.default;

// Every file kind's schema compiled once, ahead of time, with the fingerprint of the schemas it was made
// from: schema.ts uses it when the fingerprint matches, and compiles at run time otherwise.
const ajv = newAjv({ code: { source: true } });
const kinds: Record<string, string> = {};
for (const kind of FILE_KINDS) {
  ajv.addSchema(JSON.parse(readFileSync(schemaPath(`${kind}.schema.json`), 'utf8')) as object, kind);
  kinds[kind] = kind;
}
const exported = FILE_KINDS.map((k) => `${JSON.stringify(k)}: exports[${JSON.stringify(k)}]`).join(', ');
writeAtomic(PRECOMPILED(), `${standalone(ajv, kinds)}\nexports.fingerprint = ${JSON.stringify(schemaFingerprint())};\nexports.validators = {${exported}};\n`);

// The build's identity, from the contents of its code and schemas (validators included): a cache written by
// the same build is reused after a fresh install, whose files all have new modification times.
writeAtomic(BUILD_ID(), `${JSON.stringify({ stamp: contentStamp() })}\n`);
