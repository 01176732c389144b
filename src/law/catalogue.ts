/**
 * The law catalogue a run checks citations against: the built-in laws of src/data/laws.json (local
 * ones only when the profile switches them on) plus the repository's own `kind: laws` files.
 */
import lawsData from '../data/laws.json' with { type: 'json' };
import type { Project } from '../load/project.js';
import type { LawEntry, SourceLevel } from '../model/types.js';
import { detach } from '../util/detach.js';
import { editDistance, normalize } from '../util/text.js';
import { classifyTitle } from './classify.js';
import { parseNumeral } from './numerals.js';
import { LOCAL_LAWS, loadProfile } from './profiles.js';

/** An article that moved when the law was revised. */
export interface MovedArticle {
  /** Article number in the older version. */
  from: number;
  fromText: string;
  /** Where it is now, as written in the catalogue (第九条第二款). */
  to: string;
  /** The older version (2014修正). */
  version?: string;
  topic?: string;
  /** Words of the old article's subject; an undated citation counts as stale only when its item uses one. */
  keywords?: string[];
}

/** An article that names the township as the actor of some acts (城乡规划法第六十五条: 责令停止建设、限期改正、拆除). */
export interface TownshipPower {
  article: number;
  paragraph?: number;
  terms: string[];
  note?: string;
}

/** A law as the rules see it. */
export interface LawInfo extends Omit<LawEntry, 'short' | 'moved' | 'township_powers'> {
  short: string[];
  moved: MovedArticle[];
  townshipPowers: TownshipPower[];
  /** True for the built-in catalogue, false for a repository's own entry. */
  builtin: boolean;
  source?: string;
}

/** A built-in entry: a LawEntry whose moved articles may carry keywords, with its source noted. */
type BuiltinEntry = Omit<LawEntry, 'moved'> & { moved?: (NonNullable<LawEntry['moved']>[number] & { keywords?: string[] })[]; source?: string };

const BUILTIN = (lawsData as { laws: BuiltinEntry[] }).laws;
const PRC = '中华人民共和国';

/** The comparable form of a title: widths normalised, 《》 and the 中华人民共和国 prefix and a trailing version note dropped. */
export function titleKey(title: string): string {
  let t = normalize(title).replace(/^《/, '').replace(/》$/, '');
  // A version note in the title itself: 《土地管理法（2019修正）》.
  t = t.replace(/\([^()]*(\d{4}|修正|修订|试行)[^()]*\)$/, '');
  if (t.startsWith(PRC) && t.length > PRC.length) t = t.slice(PRC.length);
  return t;
}

/** Laws by every name, with level lookups and did-you-mean suggestions. */
export class LawCatalogue {
  private readonly byKey = new Map<string, LawInfo>();
  private readonly names: { key: string; name: string; law: LawInfo }[] = [];
  // Titles as written, resolved, and their levels: every citation of every item asks, and titles repeat.
  private readonly resolved = new Map<string, LawInfo | undefined>();
  private readonly levels = new Map<string, SourceLevel | undefined>();
  readonly laws: LawInfo[] = [];

  /** The built-in catalogue under a profile (local laws only when the profile lists them). */
  static builtin(profile?: string): LawCatalogue {
    const p = loadProfile(profile);
    const c = new LawCatalogue();
    for (const e of BUILTIN) {
      if (LOCAL_LAWS.has(e.title) && !p.laws.includes(e.title)) continue;
      c.add(e, true);
    }
    return c;
  }

  /** The built-in catalogue plus the repository's `kind: laws` entries, which replace built-in ones of the same title. */
  static fromProject(project: Project, profile?: string): LawCatalogue {
    const c = LawCatalogue.builtin(profile);
    for (const f of project.laws) {
      if (!f.schemaOk) continue;
      f.data!.laws.forEach((e, i) => {
        if (!f.badEntries?.has(i)) c.add(e, false);
      });
    }
    return c;
  }

  /** Add one entry; a later entry with the same name replaces the earlier one. */
  add(e: BuiltinEntry, builtin: boolean): void {
    const info: LawInfo = {
      title: e.title,
      short: e.short ?? [],
      level: e.level,
      issuer: e.issuer,
      document: e.document,
      version: e.version,
      effective: e.effective,
      articles: e.articles,
      repealed: e.repealed,
      moved: (e.moved ?? []).flatMap((m) => {
        const from = articleOf(m.from);
        return from === undefined ? [] : [{ from, fromText: m.from, to: m.to, version: m.version, topic: m.topic, keywords: m.keywords }];
      }),
      townshipPowers: (e.township_powers ?? []).flatMap((t) => {
        const article = typeof t.article === 'number' ? t.article : articleOf(t.article);
        return article === undefined ? [] : [{ article, paragraph: t.paragraph, terms: t.terms, note: t.note }];
      }),
      builtin,
      source: e.source,
    };
    this.resolved.clear();
    this.levels.clear();
    const old = this.byKey.get(titleKey(e.title));
    if (old) this.remove(old);
    this.laws.push(info);
    for (const name of [e.title, ...info.short]) {
      const key = titleKey(name);
      this.byKey.set(key, info);
      this.names.push({ key, name: name.startsWith(PRC) ? name.slice(PRC.length) : name, law: info });
    }
  }

  private remove(law: LawInfo): void {
    this.laws.splice(this.laws.indexOf(law), 1);
    for (const [k, v] of this.byKey) if (v === law) this.byKey.delete(k);
    for (let i = this.names.length - 1; i >= 0; i--) if (this.names[i].law === law) this.names.splice(i, 1);
  }

  /** The law a title or short name stands for (widths, 《》 and the 中华人民共和国 prefix do not matter). */
  resolve(title: string): LawInfo | undefined {
    const hit = this.resolved.get(title);
    if (hit !== undefined || this.resolved.has(title)) return hit;
    const law = this.byKey.get(titleKey(title));
    remember(this.resolved, title, law);
    return law;
  }

  /** The level of a cited source: from the catalogue, else guessed from its title. */
  levelOf(title: string): SourceLevel | undefined {
    const hit = this.levels.get(title);
    if (hit !== undefined || this.levels.has(title)) return hit;
    const level = this.resolve(title)?.level ?? classifyTitle(title);
    remember(this.levels, title, level);
    return level;
  }

  /**
   * Catalogued names an unknown title is probably a slip for: characters missing or added
   * (土地法 → 土地管理法), or one character wrong. A title that contains a catalogued name whole is
   * a different instrument (土地管理法实施条例) and gets no suggestion.
   */
  suggest(title: string): string[] {
    const q = titleKey(title);
    const qn = [...q].length;
    if (qn < 2 || this.byKey.has(q)) return [];
    const scored: { name: string; law: LawInfo; d: number }[] = [];
    for (const { key, name, law } of this.names) {
      if (q.includes(key)) continue;
      const kn = [...key].length;
      const d = editDistance(q, key);
      const near =
        (qn < kn && kn - qn <= 3 && isSubsequence(q, key)) ||
        (kn < qn && qn - kn <= 2 && isSubsequence(key, q)) ||
        (qn >= 3 && d <= 1);
      if (near) scored.push({ name, law, d });
    }
    if (!scored.length) return [];
    const best = Math.min(...scored.map((s) => s.d));
    const out: string[] = [];
    for (const s of scored.filter((x) => x.d === best)) {
      const shortest = [...s.law.short, s.law.title].sort((a, b) => a.length - b.length)[0];
      const name = shortest.startsWith(PRC) ? shortest.slice(PRC.length) : shortest;
      if (!out.includes(name)) out.push(name);
    }
    return out.slice(0, 3);
  }
}

/** Distinct titles remembered per map; a national run keeps no more than this. */
const MAX_REMEMBERED = 50_000;

function remember<T>(map: Map<string, T>, title: string, value: T): void {
  if (map.size >= MAX_REMEMBERED) map.clear();
  map.set(detach(title), value);
}

function isSubsequence(short: string, long: string): boolean {
  const l = [...long];
  let i = 0;
  for (const ch of short) {
    while (i < l.length && l[i] !== ch) i++;
    if (i === l.length) return false;
    i++;
  }
  return true;
}

/** The article number of 第八条 (or 8). */
export function articleOf(text: string): number | undefined {
  const m = /^第?\s*([^条款项]+?)\s*条?(?:第|$)/.exec(normalize(text));
  return m ? parseNumeral(m[1]) : parseNumeral(text);
}

/** The four-digit year a version note starts with (2021修正, 2014年修正, 2021-06-10), if any. */
export function versionYear(version: string | undefined): number | undefined {
  const m = version ? /(\d{4})/.exec(normalize(version)) : null;
  return m ? Number(m[1]) : undefined;
}
