/**
 * The life of a delegated power (赋权) after the decision: the transition period (过渡期, the department
 * still answers for the work), the evaluation the law asks for (行政处罚法第二十四条: 定期组织评估),
 * the use townships make of it year by year (办件量), and the recall (收回) of what is not used. The
 * rules and the ledger of the export judge with these functions, so that they never disagree.
 */
import type { Registry } from './registry.js';
import type { Delegation, UsageFile } from './types.js';

/** Periodic evaluation (行政处罚法第二十四条) is judged against this many years. */
export const EVALUATION_YEARS = 3;

/** The same day `years` years earlier (YYYY-MM-DD; 02-29 compares correctly as text). */
export const yearsBefore = (date: string, years: number): string => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;

/** Routes by which a body decided to hand a power down, and can take it back; 法定 and 法律法规授权 are the law's. */
export const RECALLABLE_ROUTES: readonly Delegation['route'][] = ['交由', '委托', '相对集中'];

/** True for a delegation a decision made (and a decision can undo). */
export const isRecallable = (d: Delegation | undefined): d is Delegation => !!d && RECALLABLE_ROUTES.includes(d.route);

/**
 * True when the record lacks an evaluation the law already expects (a hand-over decided more than
 * EVALUATION_YEARS ago, or on no recorded date): delegation-record reports it as a missing part.
 */
export function evaluationMissing(d: Delegation, asOf: string): boolean {
  return d.route === '交由' && !d.evaluated && (!d.date || d.date < yearsBefore(asOf, EVALUATION_YEARS));
}

/** True when the last evaluation is more than EVALUATION_YEARS old (delegation-record's `stale`). */
export function evaluationStale(d: Delegation, asOf: string): boolean {
  return !!d.evaluated && d.evaluated < yearsBefore(asOf, EVALUATION_YEARS);
}

/** True while the transition period runs (or has not begun): the department still answers for the work. */
export function inTransition(d: Delegation, asOf: string): boolean {
  return !!d.transition?.to && asOf <= d.transition.to;
}

/**
 * True when the transition period has ended and no evaluation is recorded on or after its last day:
 * the end of the transition is when the township's carrying of the power is to be evaluated.
 */
export function transitionUnevaluated(d: Delegation, asOf: string): boolean {
  const end = d.transition?.to;
  return !!end && end < asOf && (!d.evaluated || d.evaluated < end);
}

/**
 * The first calendar year wholly after the transition period (else after the decision): the first
 * year whose use says whether the township carries the power on its own. Undefined when neither
 * date is recorded.
 */
export function firstFullYear(d: Delegation): number | undefined {
  const start = d.transition?.to ?? d.date;
  return start ? Number(start.slice(0, 4)) + 1 : undefined;
}

/** The registered name of a township named by its name or a short name (other names as they are). */
export const townshipNameIn = (registry: Registry) => (name: string): string => {
  const r = registry.resolve(name);
  return r?.kind === 'township' ? r.township.name : name;
};

/** The use recorded in a repository's usage files: counts by item, year and township. */
export class UsageRecords {
  /** Years some usage file records. */
  readonly years = new Set<number>();
  private readonly counts = new Map<string, Map<number, Map<string, number>>>();
  private readonly notes = new Map<string, string>();

  /** `townshipOf` gives the name a township is known by (the registry's), so short names add up with full ones. */
  constructor(files: readonly UsageFile[], townshipOf: (name: string) => string = (n) => n) {
    for (const f of files) {
      if (!Number.isInteger(f.year) || !Array.isArray(f.usage)) continue;
      this.years.add(f.year);
      for (const e of f.usage) {
        if (!e || typeof e.item !== 'string' || typeof e.township !== 'string' || typeof e.count !== 'number') continue;
        const byYear = this.counts.get(e.item) ?? this.counts.set(e.item, new Map()).get(e.item)!;
        const byTown = byYear.get(f.year) ?? byYear.set(f.year, new Map()).get(f.year)!;
        const t = townshipOf(e.township);
        byTown.set(t, (byTown.get(t) ?? 0) + e.count);
        if (e.note) this.notes.set(`${e.item}\0${f.year}\0${t}`, e.note);
      }
    }
  }

  /** Cases of an item in a year: of one township, or of all together. 0 when the year records none. */
  count(item: string, year: number, township?: string): number {
    const byTown = this.counts.get(item)?.get(year);
    if (!byTown) return 0;
    if (township !== undefined) return byTown.get(township) ?? 0;
    let n = 0;
    for (const c of byTown.values()) n += c;
    return n;
  }

  /** The note of a township's line for an item in a year (无执法对象 …), if it has one. */
  note(item: string, year: number, township: string): string | undefined {
    return this.notes.get(`${item}\0${year}\0${township}`);
  }

  /** Recorded years, ascending. */
  sortedYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  /**
   * The years that judge whether a delegated power is used: recorded, wholly after its transition
   * period, and over by `asOf` (a year still running says nothing yet). Ascending.
   */
  judgedYears(d: Delegation, asOf: string): number[] {
    const first = firstFullYear(d);
    const now = Number(asOf.slice(0, 4));
    return first === undefined ? [] : this.sortedYears().filter((y) => y >= first && y < now);
  }

  /**
   * The latest judged years in which the item was not used (by the township, or by any), most recent
   * last: empty when it was used in the latest judged year, or when no year judges it.
   */
  unusedYears(item: string, d: Delegation, asOf: string, township?: string): number[] {
    const years = this.judgedYears(d, asOf);
    const out: number[] = [];
    for (let i = years.length - 1; i >= 0 && this.count(item, years[i], township) === 0; i--) out.unshift(years[i]);
    return out;
  }
}

/** The first year the township held the power: the year its transition began, else the year of the decision. */
export function firstHeldYear(d: Delegation): number | undefined {
  const start = d.transition?.from ?? d.date;
  return start ? Number(start.slice(0, 4)) : undefined;
}

/** A span of years as printed: 2025, or 2024—2025 when consecutive, else 2022、2025. */
export function yearsText(years: readonly number[]): string {
  if (years.length === 1) return String(years[0]);
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  return consecutive ? `${years[0]}—${years[years.length - 1]}` : years.join('、');
}

/** Where a delegated power stands, as the ledger prints it. */
export type DelegationStatus = '过渡期中' | '已评估' | '评估逾期' | '建议收回' | '未评估';

/**
 * The status of a delegated power (for one township when `township` is given): 建议收回 when it went
 * unused in the latest judged year; else 评估逾期 when an evaluation is due and missing (the
 * transition has ended without one, or the last is over EVALUATION_YEARS old, or a hand-over older
 * than that has none); else 过渡期中 while the transition runs; else 已评估 when an evaluation is
 * recorded; else 未评估 (no evaluation recorded, none yet due).
 */
export function delegationStatus(item: string, d: Delegation, asOf: string, usage: UsageRecords, township?: string): DelegationStatus {
  if (usage.unusedYears(item, d, asOf, township).length) return '建议收回';
  if (transitionUnevaluated(d, asOf) || evaluationStale(d, asOf) || evaluationMissing(d, asOf)) return '评估逾期';
  if (inTransition(d, asOf)) return '过渡期中';
  return d.evaluated ? '已评估' : '未评估';
}
