/** Text of the lists as HTML: every character that could open markup or end an attribute is escaped. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string | number | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Paragraphs of a text written with line breaks. */
export function paragraphs(s: string, cls = ''): string {
  const attr = cls ? ` class="${esc(cls)}"` : '';
  return s.split(/\r?\n\s*/).filter((p) => p.trim()).map((p) => `<p${attr}>${esc(p)}</p>`).join('\n');
}

/**
 * A value as JavaScript source for a script file: JSON, with <, > and & escaped as \u003c … and the
 * line separators JavaScript once refused inside strings escaped too, so no text of the lists can end
 * a script or be read as markup wherever the file is included.
 */
export function jsValue(v: unknown): string {
  return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A file name made from a name of the lists: characters that paths or hosts refuse become _. */
export function fileName(s: string): string {
  return s.replace(/[\\/:*?"<>|#%&{}$!'@+`=\s]/g, '_').replace(/^\.+/, '_') || '_';
}

/** A relative link to a file of the site: each path segment percent-encoded. */
export function href(path: string): string {
  return path.split('/').map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg))).join('/');
}
