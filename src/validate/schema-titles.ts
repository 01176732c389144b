import { readFileSync } from 'node:fs';
import { schemaPath } from '../paths.js';
import type { DocPath } from '../findings/types.js';
import type { FileKind } from '../model/types.js';

type Schema = Record<string, any>;

const files = new Map<string, Schema>();

function file(name: string): Schema {
  let s = files.get(name);
  if (!s) files.set(name, (s = JSON.parse(readFileSync(schemaPath(name), 'utf8')) as Schema));
  return s;
}

/** A schema with the file its local references resolve against. */
interface At {
  schema: Schema;
  base: string;
}

function follow(at: At): At {
  let cur = at;
  for (let guard = 0; typeof cur.schema.$ref === 'string' && guard < 16; guard++) {
    const [name, pointer = ''] = cur.schema.$ref.split('#');
    const base = name || cur.base;
    let s: any = file(base);
    for (const part of pointer.split('/').filter(Boolean)) s = s?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (!s) break;
    cur = { schema: s, base };
  }
  return cur;
}

function child(at: At, seg: string | number): At | undefined {
  const s = follow(at).schema;
  const base = follow(at).base;
  if (typeof seg === 'number') return s.items && typeof s.items === 'object' ? { schema: s.items, base } : undefined;
  const own = s.properties?.[seg];
  if (own) return { schema: own, base };
  for (const branch of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) {
    const hit = child({ schema: branch, base }, seg);
    if (hit) return hit;
  }
  return undefined;
}

const titleOf = (at: At): string | undefined => at.schema.title ?? follow(at).schema.title;

/**
 * The title of the field at a document path, as the file's schema names it. A property's own title
 * (完成时限) wins over the title of the definition it refers to (日期); an entry of a list takes the
 * list's title.
 */
export function titleAt(kind: FileKind, path: DocPath): string | undefined {
  let at: At = { schema: file(`${kind}.schema.json`), base: `${kind}.schema.json` };
  let parent: At | undefined;
  for (const seg of path) {
    const next = child(at, seg);
    if (!next) return undefined;
    parent = at;
    at = next;
  }
  if (!path.length) return undefined;
  return typeof path[path.length - 1] === 'number' ? titleOf(parent!) : titleOf(at);
}
