import data from '../../data/vocabulary.json' with { type: 'json' };
import type { Msg } from '../../i18n.js';

/** A class of enforcement acts (立案与调查, 处罚种类, 强制措施 ...) and its terms. */
export interface ActClass {
  class: string;
  en: string;
  source: string;
  terms: string[];
}

/** A statute that names the township as the actor for some acts (城乡规划法第六十五条 ...). */
export interface TownshipPower {
  law: string;
  article: number;
  paragraph?: number;
  terms: string[];
  source: string;
}

/** The enforcement and cooperation vocabulary of src/data/vocabulary.json, typed. */
export const VOCABULARY = data as {
  enforcement: ActClass[];
  cooperation: { source: string; terms: string[] };
  governing: { words: string[] };
  actors: { words: string[] };
  acting: { patterns: string[] };
  ambiguous: { term: string; resolve: Msg }[];
  townshipPowers: TownshipPower[];
  entrustable: Record<string, { terms: string[]; source: string } | string>;
};

/** Acts a profile lets a township carry out by 委托 in the department's name, if any. */
export function entrustableUnder(profile: string): { terms: string[]; source: string } | undefined {
  const e = VOCABULARY.entrustable[profile];
  return typeof e === 'object' ? e : undefined;
}
