import { CHANGE_TYPES, type Change, type ChangeSummary, type ChangeType } from './types.js';

/** Counts of a change set: by main type, needing review, missing reasons, townships reached. */
export function summarize(changes: readonly Change[], townshipsTotal: number, order: Map<string, number>): ChangeSummary {
  const byType = Object.fromEntries(CHANGE_TYPES.map((t) => [t, 0])) as Record<ChangeType, number>;
  const towns = new Set<string>();
  let needsReview = 0;
  let missingReasons = 0;
  for (const c of changes) {
    byType[c.type]++;
    if (c.review) needsReview++;
    if (c.missingReason) missingReasons++;
    for (const t of c.townships) towns.add(t);
  }
  const townshipsAffected = [...towns].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
  return { changes: changes.length, byType, needsReview, missingReasons, townshipsAffected, townshipsTotal };
}
