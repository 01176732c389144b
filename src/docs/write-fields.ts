/** `npm run docs`: write docs/fields.md from schemas/. */
import { join } from 'node:path';
import { writeAtomic } from '../io/write.js';
import { packageRoot } from '../paths.js';
import { fieldsMarkdown } from './fields.js';

writeAtomic(join(packageRoot(), 'docs', 'fields.md'), fieldsMarkdown(join(packageRoot(), 'schemas')));
