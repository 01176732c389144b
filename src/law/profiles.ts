import data from '../data/profiles.json' with { type: 'json' };
import type { Msg } from '../i18n.js';

/** A rule profile: national, or a province with its local laws and thresholds. */
export interface Profile {
  id: string;
  title: Msg;
  province?: string;
  /** Titles of built-in local laws switched on by this profile. */
  laws: string[];
  /** Numbers that rules compare against (weights, fine ceilings). */
  thresholds: Record<string, number>;
}

interface RawProfile {
  title: Msg;
  extends?: string;
  province?: string;
  laws?: string[];
  thresholds?: Record<string, number>;
}

const RAW = data.profiles as Record<string, RawProfile>;

/** Ids of the profiles `resp.yaml` may name. */
export const PROFILE_IDS: readonly string[] = Object.keys(RAW);

/** Every built-in law that some profile switches on: these are off unless the active profile lists them. */
export const LOCAL_LAWS: ReadonlySet<string> = new Set(Object.values(RAW).flatMap((p) => p.laws ?? []));

/** A profile with what it inherits; an unknown id gives the national profile. */
export function loadProfile(id: string | undefined): Profile {
  const raw = RAW[id ?? 'national'] ?? RAW.national;
  const key = RAW[id ?? 'national'] ? (id ?? 'national') : 'national';
  const base: Profile = raw.extends ? loadProfile(raw.extends) : { id: key, title: raw.title, laws: [], thresholds: {} };
  return {
    id: key,
    title: raw.title,
    province: raw.province ?? base.province,
    laws: [...base.laws, ...(raw.laws ?? [])],
    thresholds: { ...base.thresholds, ...(raw.thresholds ?? {}) },
  };
}
