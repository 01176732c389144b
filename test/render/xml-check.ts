/** What a structural XML check found: element names in document order, or the first problem. */
export interface XmlCheck {
  elements: string[];
  /** Attributes of each element, in the same order (entities left as written). */
  attributes: Record<string, string>[];
  /** Index of each element's parent element (-1 for the root), in the same order. */
  parents: number[];
  /** The text directly inside each element, entities decoded, in the same order. */
  texts: string[];
  error?: string;
}

const DECODE: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(ENTITY, (_, e: string) => DECODE[e] ?? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))));

/** The children of element `i` named `name` (indexes into the check's lists). */
export function childrenOf(xml: XmlCheck, i: number, name?: string): number[] {
  return xml.parents.flatMap((p, j) => (p === i && (!name || xml.elements[j] === name) ? [j] : []));
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAME = '[A-Za-z_][\\w.-]*';
const ATTR = new RegExp(`\\s+(${NAME})="([^"]*)"`, 'y');

/**
 * A small well-formedness check, enough for a renderer's output: an XML declaration, balanced and
 * properly nested elements, quoted attributes, and no raw < or & in text or attribute values.
 */
export function checkXml(text: string): XmlCheck {
  const elements: string[] = [];
  const attributes: Record<string, string>[] = [];
  const parents: number[] = [];
  const texts: string[] = [];
  const fail = (error: string) => ({ elements, attributes, parents, texts, error });
  if (!text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) return fail('no XML declaration');
  const stack: string[] = [];
  const open: number[] = [];
  let i = text.indexOf('?>') + 2;
  let roots = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    if (chunk.replace(ENTITY, '').includes('&')) return fail(`raw & in text near ${i}`);
    if (!stack.length && chunk.trim()) return fail(`text outside the root element near ${i}`);
    if (open.length) texts[open.at(-1)!] += decode(chunk);
    if (lt < 0) break;
    const gt = text.indexOf('>', lt);
    if (gt < 0) return fail(`unclosed tag at ${lt}`);
    const tag = text.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (stack.pop() !== name) return fail(`mismatched </${name}> at ${lt}`);
      open.pop();
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const m = new RegExp(`^${NAME}`).exec(body);
      if (!m) return fail(`bad tag <${tag}> at ${lt}`);
      const attrs: Record<string, string> = {};
      let at = m[0].length;
      for (;;) {
        ATTR.lastIndex = at;
        const a = ATTR.exec(body);
        if (!a) break;
        if (a[2].includes('<') || a[2].replace(ENTITY, '').includes('&')) return fail(`raw < or & in attribute ${a[1]} at ${lt}`);
        if (a[1] in attrs) return fail(`duplicate attribute ${a[1]} at ${lt}`);
        attrs[a[1]] = a[2];
        at = ATTR.lastIndex;
      }
      if (body.slice(at).trim()) return fail(`malformed attributes in <${tag}> at ${lt}`);
      if (!stack.length && roots++) return fail('more than one root element');
      parents.push(open.length ? open.at(-1)! : -1);
      texts.push('');
      elements.push(m[0]);
      attributes.push(attrs);
      if (!selfClosing) {
        stack.push(m[0]);
        open.push(elements.length - 1);
      }
    }
    i = gt + 1;
  }
  if (stack.length) return fail(`unclosed <${stack.at(-1)}>`);
  return { elements, attributes, parents, texts };
}
