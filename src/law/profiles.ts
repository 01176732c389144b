import data from '../data/profiles.json' with { type: 'json' };
import type { Msg } from '../i18n.js';
import type { ConfigFile } from '../model/types.js';

/** Documents a profile cites when a rule reports: the list-making document, admission, delegation, power lists. */
export type DocKey = 'list' | 'admission' | 'delegation' | 'powers';

/** Acts a township may carry out by 委托 in the department's name under a province's law. */
export interface Entrustable {
  terms: string[];
  source: string;
}

/** A rule profile: national, or a province with its local laws, documents and requirements. */
export interface Profile {
  id: string;
  title: Msg;
  province?: string;
  /** The one-character abbreviation its documents' numbers start with (鲁政字〔2024〕35号). */
  abbreviation?: string;
  /** Titles of built-in local laws switched on by this profile. */
  laws: string[];
  /** Numbers that rules compare against (weights, fine ceilings). */
  thresholds: Record<string, number>;
  /** The documents rules cite, by what they are about. */
  documents: Partial<Record<DocKey, string>>;
  /** Parts of an admission record (field paths) an assignment must carry. */
  admission: { required: string[] };
  entrustable?: Entrustable;
  /** Sources that replace a rule's (by `rule-id`) or one message's (by `rule-id/message-id`). */
  sources: Record<string, string>;
}

interface RawProfile {
  title: Msg;
  extends?: string;
  province?: string;
  abbreviation?: string;
  laws?: string[];
  thresholds?: Record<string, number>;
  documents?: Partial<Record<DocKey, string>>;
  admission?: { required: string[] };
  entrustable?: Entrustable;
  sources?: Record<string, string>;
}

const RAW = data.profiles as Record<string, RawProfile>;

/** Ids of the profiles `resp.yaml` may name. */
export const PROFILE_IDS: readonly string[] = Object.keys(RAW);

/** Every built-in law that some profile switches on: these are off unless the active profile lists them. */
export const LOCAL_LAWS: ReadonlySet<string> = new Set(Object.values(RAW).flatMap((p) => p.laws ?? []));

/** True when `id` names a built-in profile. */
export function isProfile(id: string | undefined): boolean {
  return id !== undefined && Object.hasOwn(RAW, id);
}

const loaded = new Map<string, Profile>();

/** A profile with what it inherits; an unknown id gives the national profile (the schema refuses it with the list of choices). */
export function loadProfile(id: string | undefined): Profile {
  const key = isProfile(id) ? id! : 'national';
  let p = loaded.get(key);
  if (!p) loaded.set(key, (p = build(key)));
  return p;
}

function build(key: string): Profile {
  const raw = RAW[key];
  const base: Profile = raw.extends
    ? loadProfile(raw.extends)
    : { id: key, title: raw.title, laws: [], thresholds: {}, documents: {}, admission: { required: [] }, sources: {} };
  return {
    id: key,
    title: raw.title,
    province: raw.province ?? base.province,
    abbreviation: raw.abbreviation ?? base.abbreviation,
    laws: [...base.laws, ...(raw.laws ?? [])],
    thresholds: { ...base.thresholds, ...(raw.thresholds ?? {}) },
    documents: { ...base.documents, ...(raw.documents ?? {}) },
    admission: { required: raw.admission?.required ?? base.admission.required },
    entrustable: raw.entrustable ?? base.entrustable,
    sources: { ...base.sources, ...(raw.sources ?? {}) },
  };
}

/**
 * The profile a repository runs under: the built-in one named in resp.yaml, extended by its
 * `requirements` (more admission parts, a local document). Built once per configuration object.
 */
export function policyOf(config: Pick<ConfigFile, 'profile' | 'requirements'>): Profile {
  const p = loadProfile(config.profile);
  const adm = config.requirements?.admission;
  if (!adm) return p;
  const required = [...p.admission.required, ...(adm.require ?? []).filter((k) => !p.admission.required.includes(k))];
  const documents = adm.source ? { ...p.documents, admission: [p.documents.admission, adm.source].filter(Boolean).join('；') } : p.documents;
  return { ...p, admission: { required }, documents };
}

/** Where a finding's source comes from: a fixed text, or a law plus one of the profile's documents. */
export type SourceSpec = string | { law?: string; doc?: DocKey };

/** A source under a profile: the law and the profile's document joined, or undefined when neither is there. */
export function resolveSource(spec: SourceSpec | undefined, profile: Profile): string | undefined {
  if (spec === undefined || typeof spec === 'string') return spec || undefined;
  const parts = [spec.law, spec.doc ? profile.documents[spec.doc] : undefined].filter((x): x is string => !!x);
  return parts.length ? parts.join('；') : undefined;
}
