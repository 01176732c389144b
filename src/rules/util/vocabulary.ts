import data from '../../data/vocabulary.json' with { type: 'json' };
import type { Msg } from '../../i18n.js';

/** A class of enforcement acts (立案与调查, 处罚种类, 强制措施 ...) and its terms. */
export interface ActClass {
  class: string;
  en: string;
  /** Where the term is defined. */
  source: string;
  /** The provision that keeps the act to the organs holding the power: what makes it a problem in a township's hands. */
  authority: string;
  /** That provision, short, for messages. */
  law: string;
  terms: string[];
}

/** The enforcement and cooperation vocabulary of src/data/vocabulary.json, typed. */
export const VOCABULARY = data as {
  enforcement: ActClass[];
  cooperation: { source: string; terms: string[] };
  governing: { words: string[]; enumerated: string[] };
  passive: { patterns: string[] };
  attributive: { patterns: { before: string; after: string }[] };
  actors: { words: string[] };
  acting: { patterns: string[] };
  ambiguous: { term: string; resolve: Msg }[];
};
