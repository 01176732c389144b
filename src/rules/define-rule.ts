import type { ItemField, Rule } from './types.js';

/** Declare a rule; typing ties `report` to the rule's own message ids, and `ctx.index` to the fields it `needs`. */
export function defineRule<Id extends string, N extends ItemField = never>(rule: Rule<Id, N>): Rule<Id, N> {
  return rule;
}
