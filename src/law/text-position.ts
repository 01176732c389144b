import { yaml } from '../load/yaml-lib.js';
import type { DocPath } from '../findings/types.js';
import type { Span } from '../load/parse-yaml.js';
import type { SourceFile } from '../load/source-file.js';

/**
 * The span of characters `offset`..`offset + length` of the string at `path`, when the source shows
 * that string character for character: a one-line plain or quoted scalar without escapes before the
 * span. Block scalars, folded lines and escapes give undefined; callers then use the scalar's start.
 */
export function spanInString(source: SourceFile, path: DocPath, offset: number, length = 0): Span | undefined {
  const p = source.parse();
  const node = p.doc.getIn(path, true);
  if (!yaml().isScalar(node) || !node.range || typeof node.value !== 'string') return undefined;
  const open = node.type === 'PLAIN' ? 0 : node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : -1;
  if (open < 0) return undefined;
  const from = node.range[0] + open;
  const shown = node.value.slice(0, offset + length);
  if (shown.includes('\n') || source.text.slice(from, from + shown.length) !== shown) return undefined;
  const a = p.lineCounter.linePos(from + offset);
  const b = p.lineCounter.linePos(from + offset + length);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
