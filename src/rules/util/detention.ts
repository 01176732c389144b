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
