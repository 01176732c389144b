import type { Rule } from './types.js';

/** Declare a rule; typing ties `report` to the rule's own message ids. */
export function defineRule<Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
