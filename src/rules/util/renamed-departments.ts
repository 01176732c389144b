import data from '../../data/departments-renamed.json' with { type: 'json' };
import type { Msg } from '../../i18n.js';
import type { Registry } from '../../model/registry.js';
import { normalize } from '../../util/text.js';

/** One row of the reform table: former name endings and the current ones. */
export interface Rename {
  former: string[];
  current: string[];
  /** Endings that contain a former one but are current (文化和旅游局 ends with 旅游局). */
  except?: string[];
  note?: Msg;
  /** Names differ from place to place: suggest, do not insist. */
  local?: boolean;
  source: string;
}

/** The reform table of src/data/departments-renamed.json. */
export const RENAMES = (data as { renames: Rename[] }).renames;

/** What an outdated name matched: the row, and the suggested current name. */
export interface OutdatedName {
  rename: Rename;
  /** A registered department that carries the current name, else the name with its ending replaced. */
  suggestion: string;
}

/** Whether a party name ends with a pre-reform department name; registered names are never outdated. */
export function outdatedName(registry: Registry, name: string): OutdatedName | undefined {
  if (registry.resolve(name)) return undefined;
  const n = normalize(name);
  for (const rename of RENAMES) {
    if ([...rename.current, ...(rename.except ?? [])].some((c) => n.endsWith(c))) continue;
    const former = rename.former.filter((f) => n.endsWith(f)).sort((a, b) => b.length - a.length)[0];
    if (!former) continue;
    const registered = registry.departments.find((d) => rename.current.some((c) => normalize(d.name).includes(c)));
    return { rename, suggestion: registered?.name ?? n.slice(0, n.length - former.length) + rename.current[0] };
  }
  return undefined;
}
