import { jsonPieces } from '../compile/serialize.js';
import { writeAtomicPieces } from '../io/write.js';
import type { ExportDoc, Exporter } from './types.js';

/**
 * The document as data: the compiled list with its title and revision, items with provenance, and the
 * 赋权事项台账 (`ledger`: asOf, years, sources, rows with every recorded year) when it has one.
 */
function documentOf(doc: ExportDoc): Record<string, unknown> {
  const { scope, name, items } = doc.list;
  return { version: 1, scope, name, title: doc.title, revision: doc.revision || undefined, items, ledger: doc.ledger };
}

/** The document as JSON. */
export function renderJson(doc: ExportDoc): string {
  return [...jsonPieces(documentOf(doc))].join('');
}

/** Write the JSON document, item by item (a province's list is longer than one string may be). */
export const writeJson: Exporter = async (doc, file) => writeAtomicPieces(file, jsonPieces(documentOf(doc)));
