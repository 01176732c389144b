/**
 * The 赋权事项台账 (delegation ledger): every power delegated to a township, one row per township and
 * item, with its decision, transition period, last evaluation, cases per year and where it stands.
 * Each export format prints it from these rows (a sheet, a table, a CSV file, a JSON member).
 */
import type { BuildResult, CompiledItem, CompiledList } from '../compile/types.js';
import {
  delegationStatus, EVALUATION_YEARS, evaluationMissing, evaluationStale, firstHeldYear, inTransition, isRecallable,
  transitionUnevaluated, UsageRecords, yearsBefore, yearsText, type DelegationStatus,
} from '../model/delegation-lifecycle.js';
import type { Registry } from '../model/registry.js';
import type { Delegation } from '../model/types.js';

/** Years of use printed: the latest recorded ones, at most this many (the JSON keeps every year). */
export const LEDGER_YEARS = 4;

/** One delegated power as one township holds it. */
export interface LedgerRow {
  township: string;
  item: string;
  name: string;
  /** 交由, 委托 or 相对集中, and in whose name the power is exercised (乡镇 / 部门). */
  route: string;
  inNameOf: string;
  decidedBy: string;
  document: string;
  date: string;
  transitionEnd: string;
  evaluated: string;
  /**
   * Cases by recorded year from the year the township held the power (its transition's start, else the
   * decision); a year the township is not listed in counts 0.
   */
  usage: Record<string, number>;
  status: DelegationStatus;
  /** Why the status is what it is, in a few words. */
  note: string;
}

export interface Ledger {
  /** The day the statuses are judged on (YYYY-MM-DD). */
  asOf: string;
  /** Years with usage records, ascending (the printed ones: `printedYears`). */
  years: number[];
  /** Where the figures come from (the usage files' `source`), by year. */
  sources: Record<string, string>;
  rows: LedgerRow[];
}

/** The years a printed ledger shows: the latest LEDGER_YEARS recorded. */
export const printedYears = (l: Ledger): number[] => l.years.slice(-LEDGER_YEARS);

/** Headers of the printed ledger, before and after the year columns (办件量 2025 …). */
export const LEDGER_HEAD = ['序号', '乡镇（街道）', '事项编号', '事项名称', '赋权方式', '赋权决定', '过渡期届满', '最近评估'] as const;
export const LEDGER_TAIL = ['状态', '说明'] as const;

/** The cells of a row as printed, in the order of LEDGER_HEAD, the years, LEDGER_TAIL. */
export function ledgerCells(l: Ledger, r: LedgerRow, no: number): (string | number)[] {
  // The deciding (or entrusting) body, its document and the date, one to a line.
  const decided = [r.decidedBy, r.document, r.date && `（${r.date}）`].filter(Boolean).join('\n');
  return [
    no, r.township, r.item, r.name, `${r.route}\n以${r.inNameOf}名义`, decided, r.transitionEnd, r.evaluated,
    // A year before the township held the power has no figure: —, not 0.
    ...printedYears(l).map((y) => r.usage[y] ?? '—'),
    r.status, r.note,
  ];
}

/** Headers of every printed column. */
export const ledgerHeaders = (l: Ledger): string[] => [...LEDGER_HEAD, ...printedYears(l).map((y) => `${y}年\n办件量`), ...LEDGER_TAIL];

/** What the status rests on, in a few words. */
function noteOf(id: string, d: Delegation, status: DelegationStatus, asOf: string, usage: UsageRecords, township: string): string {
  switch (status) {
    case '建议收回': {
      const years = usage.unusedYears(id, d, asOf, township);
      const all = usage.unusedYears(id, d, asOf).length > 0;
      const why = usage.note(id, years[years.length - 1], township);
      return `${yearsText(years)}年无办件${all ? '（各乡镇均无）' : ''}${why ? `：${why}` : ''}`;
    }
    case '评估逾期':
      if (evaluationStale(d, asOf)) return `最近评估已超过${EVALUATION_YEARS}年`;
      if (transitionUnevaluated(d, asOf)) return d.evaluated ? '过渡期届满后未再评估' : '过渡期届满后未评估';
      return evaluationMissing(d, asOf) ? `赋权已满${EVALUATION_YEARS}年未评估` : '';
    case '过渡期中':
      return inTransition(d, asOf) ? `工作在镇街、责任在部门（至${d.transition!.to}）` : '';
    case '已评估':
      // The evaluation is due again EVALUATION_YEARS after the last (delegation-record's stale).
      return `${yearsBefore(d.evaluated!, -EVALUATION_YEARS)}前再评估`;
    default:
      return '';
  }
}

/** True for an item the township of `list` leads itself (by name, or as 乡镇（街道）). */
function ledBy(list: CompiledList, it: CompiledItem, registry: Registry): boolean {
  if (it.lead.party === list.name) return true;
  const r = registry.resolve(it.lead.party);
  return r?.kind === 'placeholder' || (r?.kind === 'township' && r.township.name === list.name);
}

/**
 * The ledger of a compiled repository: for each township (in registry order), the powers delegated
 * to it by a decision (交由, 委托, 相对集中) that it leads, in list order.
 */
export function delegationLedger(result: Pick<BuildResult, 'townships'>, usage: UsageRecords, registry: Registry, asOf: string, sources: Record<string, string> = {}): Ledger {
  const rows: LedgerRow[] = [];
  for (const list of result.townships) {
    for (const it of list.items) {
      const d = it.delegation;
      if (!isRecallable(d) || !ledBy(list, it, registry)) continue;
      const status = delegationStatus(it.id, d, asOf, usage, list.name);
      rows.push({
        township: list.name,
        item: it.id,
        name: it.name,
        route: d.route,
        inNameOf: d.in_name_of,
        decidedBy: d.decided_by ?? d.entrusted_by ?? '',
        document: d.document ?? '',
        date: d.date ?? '',
        transitionEnd: d.transition?.to ?? '',
        evaluated: d.evaluated ?? '',
        usage: Object.fromEntries(usage.sortedYears().filter((y) => y >= (firstHeldYear(d) ?? 0)).map((y) => [String(y), usage.count(it.id, y, list.name)])),
        status,
        note: noteOf(it.id, d, status, asOf, usage, list.name),
      });
    }
  }
  return { asOf, years: usage.sortedYears(), sources, rows };
}

/** The part of a ledger that concerns one list: all of it for the county, a township's own rows for it. */
export function ledgerFor(list: CompiledList, ledger: Ledger): Ledger | undefined {
  const rows = list.scope === 'county' ? ledger.rows : ledger.rows.filter((r) => r.township === list.name);
  return rows.length ? { ...ledger, rows } : undefined;
}

/** The ledger's title: <县或乡镇>赋权事项台账. */
export const ledgerTitle = (list: CompiledList): string => `${list.name}赋权事项台账`;

/** The line under the title: the day of the statuses and where the figures come from. */
export function ledgerSubtitle(l: Ledger): string {
  const from = [...new Set(printedYears(l).map((y) => l.sources[y]).filter(Boolean))].join('；');
  return [`状态判断日期：${l.asOf}`, from ? `办件量来源：${from}` : l.years.length ? '' : '尚无办件量统计'].filter(Boolean).join('　');
}
