/**
 * A small YAML writer for the generated corpus: block style as people write lists by hand, plain
 * scalars where they are safe, double quotes (JSON syntax, valid YAML) elsewhere. Dates and codes
 * are quoted so that schema-only validators reading YAML 1.1 (ajv-cli uses js-yaml 3) see strings.
 */

type Value = string | number | boolean | null | undefined | Value[] | { [k: string]: Value };

const SPECIAL = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;
const NUMBERISH = /^[-+.0-9]/;

/** The scalar as written in YAML. */
export function scalar(v: string | number | boolean | null): string {
  if (typeof v !== 'string') return String(v);
  const plain =
    v.length > 0 &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(v) &&
    !/\s$/.test(v) &&
    !/: |:$| #|[\n\t]/.test(v) &&
    !SPECIAL.test(v) &&
    !NUMBERISH.test(v);
  return plain ? v : JSON.stringify(v);
}

const isObj = (v: Value): v is { [k: string]: Value } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Lines of a value at an indentation; the first line is meant to follow `key:` or `- `. */
function block(v: Value, indent: string, out: string[], lead: string): void {
  if (isObj(v)) {
    let first = true;
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) continue;
      const prefix = first ? lead : indent;
      first = false;
      if (isObj(x) || (Array.isArray(x) && x.length)) {
        out.push(`${prefix}${k}:`);
        block(x, `${indent}  `, out, `${indent}  `);
      } else out.push(`${prefix}${k}: ${Array.isArray(x) ? '[]' : scalar(x as string)}`);
    }
    return;
  }
  if (Array.isArray(v)) {
    for (const x of v) {
      if (isObj(x)) block(x, `${indent}  `, out, `${indent}- `);
      else out.push(`${indent}- ${scalar(x as string)}`);
    }
    return;
  }
  out.push(`${lead}${scalar(v as string)}`);
}

/** A whole document, with an optional comment line on top. */
export function toYaml(doc: { [k: string]: Value }, comment?: string): string {
  const out: string[] = comment ? [`# ${comment}`] : [];
  block(doc, '', out, '');
  return `${out.join('\n')}\n`;
}

export type { Value };
