import { readError, type ImportReadError } from './errors.js';

/**
 * The small XML tag scanner the docx and xlsx readers share. There is no DTD processing at all: a
 * `<!DOCTYPE`, `<!ENTITY` or any other `<!` declaration is refused; only the five predefined entities and
 * numeric character references are decoded. Tags must nest (a part cut short, or with a stray end tag,
 * is not well-formed); namespaces are left to the handler (it gets qualified names).
 */

export interface XmlHandler {
  /** A start tag, or an empty-element tag (`empty`; `close` follows unless skipped). True skips the content. */
  open(name: string, attrs: string, empty: boolean): boolean | void;
  close(name: string): void;
  /** Whether character data is wanted at this point (skipped content never is). */
  wantText(): boolean;
  /** Character data, entities decoded (CDATA as written); one run of it may come in several calls. */
  text(s: string): void;
}

const TAG = /<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

/** Scan `xml` (the text of the part named `part`, for messages), calling `h` for each tag and text. */
export function scanXml(xml: string, part: string, h: XmlHandler): void {
  const stack: string[] = [];
  let skipFrom = -1; // stack depth at which skipped content started; -1 when not skipping
  let root = false;
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (stop > i && skipFrom < 0 && h.wantText()) h.text(decodeText(xml.slice(i, stop)));
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x3f /* ? */) {
      const e = xml.indexOf('?>', lt + 2);
      if (e < 0) throw malformed(part);
      i = e + 2;
    } else if (c === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const e = xml.indexOf('-->', lt + 4);
        if (e < 0) throw malformed(part);
        i = e + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const e = xml.indexOf(']]>', lt + 9);
        if (e < 0) throw malformed(part);
        if (skipFrom < 0 && h.wantText()) h.text(xml.slice(lt + 9, e));
        i = e + 3;
      } else {
        throw readError('doctype', { part });
      }
    } else if (c === 0x2f /* / */) {
      // The end tag must name the element open here: `</name>`, with spaces allowed before the '>'.
      const qname = stack.pop();
      if (qname === undefined || !xml.startsWith(qname, lt + 2)) throw malformed(part);
      let e = lt + 2 + qname.length;
      while (isSpace(xml.charCodeAt(e))) e++;
      if (xml.charCodeAt(e) !== 0x3e /* > */) throw malformed(part);
      if (skipFrom >= 0) {
        if (stack.length === skipFrom) skipFrom = -1;
      } else {
        h.close(qname);
      }
      i = e + 1;
    } else {
      TAG.lastIndex = lt;
      const m = TAG.exec(xml);
      if (!m) throw malformed(part);
      i = TAG.lastIndex;
      if (stack.length === 0) {
        if (root) throw malformed(part); // a second root element
        root = true;
      }
      const empty = m[3] === '/';
      if (skipFrom >= 0) {
        if (!empty) stack.push(m[1]);
        continue;
      }
      const skip = h.open(m[1], m[2], empty) === true;
      if (empty) {
        if (!skip) h.close(m[1]);
      } else {
        if (skip) skipFrom = stack.length;
        stack.push(m[1]);
      }
    }
  }
  if (stack.length > 0 || !root) throw malformed(part);
}

export function malformed(part: string): ImportReadError {
  return readError('corrupt', { detail: `${part} is not well-formed XML` });
}

/** The local part of a qualified name: `x:c` → `c`. */
export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/**
 * The value of the attribute named `name` in a tag's attribute text (as `scanXml` hands it over),
 * entities decoded; with `anyPrefix`, `p:name` matches too. Undefined when there is none.
 */
export function attr(attrs: string, name: string, anyPrefix = false): string | undefined {
  const n = attrs.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    if (i >= n) break;
    const eq = attrs.indexOf('=', i);
    if (eq < 0) break;
    let end = eq;
    while (end > i && isSpace(attrs.charCodeAt(end - 1))) end--;
    let q = eq + 1;
    while (q < n && isSpace(attrs.charCodeAt(q))) q++;
    const close = attrs.indexOf(attrs[q], q + 1);
    if (close < 0) break;
    const len = end - i;
    if (
      (len === name.length && attrs.startsWith(name, i)) ||
      (anyPrefix && len > name.length && attrs.charCodeAt(end - name.length - 1) === 0x3a && attrs.startsWith(name, end - name.length))
    ) {
      return decodeText(attrs.slice(q + 1, close));
    }
    i = close + 1;
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decode the five predefined entities and numeric references; anything else stays as written. */
export function decodeText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const cp = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
  });
}

/** The text of an XML part: UTF-8, a byte-order mark dropped. */
export function partText(data: Buffer): string {
  const from = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  return data.toString('utf8', from);
}
