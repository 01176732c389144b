import type { Registry } from '../../model/registry.js';
import { normalize } from '../../util/text.js';

/** Terms of detention: the police's alone (行政处罚法第十八条第三款); detention-by-police reports them, township-enforcement only when that rule is off. */
export const DETENTION: readonly string[] = ['行政拘留', '拘留'];

/** Whether a party is a police organ (县公安局, 派出所, a registered department whose name says so). */
export function isPolice(registry: Registry, name: string): boolean {
  const ref = registry.resolve(name);
  const full = ref?.kind === 'department' ? ref.department.name : name;
  return /公安|派出所|交警|交通警察/.test(normalize(full));
}

const ORDER: Record<string, number> = { off: -1, info: 0, warning: 1, error: 2 };

/**
 * Whether township-enforcement, not detention-by-police, reports a township's detention under a
 * project's rule levels. The problem is one, reported once, by detention-by-police, whose message says
 * what there is to say (only the police may detain); but it is also a township enforcement act without
 * footing, so when detention-by-police is off, or set below township-enforcement's level, the township's
 * detention is township-enforcement's and keeps that rule's level.
 */
export function townshipDetentionIsEnforcement(levels: Readonly<Record<string, string>> | undefined): boolean {
  const own = levels?.['detention-by-police'] ?? 'error';
  const other = levels?.['township-enforcement'] ?? 'error';
  return own === 'off' || ORDER[other] > ORDER[own];
}
