import type { CompiledList } from '../compile/types.js';
import type { Finding } from '../findings/types.js';
import type { Registry } from '../model/registry.js';
import { ATTACHMENT, titleOf } from './labels.js';
import { ledgerFor, type Ledger } from './ledger.js';
import type { ExportDoc } from './types.js';

/** Placeholders for "each township" as they appear in running text, longest first. */
const IN_TEXT = ['乡镇人民政府（街道办事处）', '乡镇政府（街道办事处）', '各乡镇（街道）', '乡镇（街道）', '镇（街道）'];

/**
 * Running text of a township's list: "本乡镇（街道）" becomes 本镇 / 本乡 / 本街道, and every other
 * placeholder the township's name. Bare 乡镇 stays: it is also an ordinary word (乡镇配合职责). The
 * title of a law or document in 《》 is quoted as it was issued and never changed.
 */
export function localizer(township: string): (s: string) => string {
  const own = /街道$/.test(township) ? '街道' : /乡$/.test(township) ? '乡' : '镇';
  const re = new RegExp(`(本?)(${IN_TEXT.map((p) => p.replace(/[()（）]/g, '\\$&')).join('|')})`, 'g');
  const local = (s: string) => s.replace(re, (_, self: string) => (self ? `本${own}` : township));
  return (s) => {
    if (!s.includes('镇') && !s.includes('乡')) return s;
    // Outside 《…》 only: split at the titles and change the pieces between them.
    return s.split(/(《[^《》]*》)/).map((part, i) => (i % 2 ? part : local(part))).join('');
  };
}

export interface DocOptions {
  revision: string;
  date: Date;
  registry: Registry;
  /** For a draft: the open problems, and how to tell the item a finding is about. */
  draft?: ExportDoc['draft'];
  /** resp.yaml `export.attachment`: the 附件 label (true: 附件), or false (or unset) for none. */
  attachment?: string | boolean;
  /** The repository's 赋权事项台账: the list gets the rows of its townships. */
  ledger?: Ledger;
}

/** The document of one compiled list. */
export function documentOf(list: CompiledList, o: DocOptions): ExportDoc {
  return {
    list,
    title: titleOf(list, !!o.draft),
    revision: o.revision,
    date: o.date,
    isTownship: (p) => {
      const r = o.registry.resolve(p.party);
      return p.party === list.name || r?.kind === 'placeholder' || r?.kind === 'township';
    },
    ...(list.scope === 'township' ? { local: localizer(list.name) } : {}),
    ...(o.draft ? { draft: o.draft } : {}),
    ...(o.attachment ? { attachment: o.attachment === true ? ATTACHMENT : o.attachment } : {}),
    ...withLedger(list, o.ledger),
  };
}

function withLedger(list: CompiledList, ledger: Ledger | undefined): { ledger?: Ledger } {
  const own = ledger && ledgerFor(list, ledger);
  return own ? { ledger: own } : {};
}

export type { Finding };
