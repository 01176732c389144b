/**
 * `node dist/src/postbuild.js`, the last step of `npm run build`: compile the schemas to validators
 * (dist/src/validators/<kind>.cjs) and write the build's identity (dist/src/build-id.json).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import standaloneNs from 'ajv/dist/standalone/index.js';
import { writeAtomic } from './io/write.js';
import { FILE_KINDS } from './model/types.js';
import { schemaPath } from './paths.js';
import { BUILD_ID, contentStamp } from './validate/cache-deps.js';
import { newAjv, PRECOMPILED, schemaFingerprint } from './validate/schema.js';

// ajv's standalone module is CommonJS: Node hands its function over as `default`.
const standalone = standaloneNs.default;

// Every file kind's schema compiled once, ahead of time, into a file of its own with the fingerprint of the
// schemas it was made from: schema.ts uses it when the fingerprint matches, and compiles at run time otherwise.
const fingerprint = schemaFingerprint();
mkdirSync(dirname(PRECOMPILED('domain')), { recursive: true });
for (const kind of FILE_KINDS) {
  const ajv = newAjv({ code: { source: true } });
  ajv.addSchema(JSON.parse(readFileSync(schemaPath(`${kind}.schema.json`), 'utf8')) as object, kind);
  const name = JSON.stringify(kind);
  writeAtomic(PRECOMPILED(kind), `${standalone(ajv, { [kind]: kind })}\nexports.fingerprint = ${JSON.stringify(fingerprint)};\nexports.validator = exports[${name}];\n`);
}
// Earlier builds wrote every kind into one file.
rmSync(join(dirname(PRECOMPILED('domain')), '..', 'validators.cjs'), { force: true });

// The build's identity, from the contents of its code and schemas (validators included): a cache written by
// the same build is reused after a fresh install, whose files all have new modification times.
writeAtomic(BUILD_ID(), `${JSON.stringify({ stamp: contentStamp() })}\n`);
