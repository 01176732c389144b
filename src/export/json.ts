import { writeAtomic } from '../cli/write-output.js';
import type { ExportDoc, Exporter } from './types.js';

/** The document as JSON: the compiled list with its title and revision, items with provenance. */
export function renderJson(doc: ExportDoc): string {
  const { scope, name, items } = doc.list;
  return JSON.stringify({ version: 1, scope, name, title: doc.title, revision: doc.revision || undefined, items }, null, 2) + '\n';
}

/** Write the JSON document. */
export const writeJson: Exporter = async (doc, file) => writeAtomic(file, renderJson(doc));
