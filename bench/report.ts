/** The results table: each command's time as a ratio to the peer (ajv-cli) and to the floor (js-yaml parse). */

/** One row of the table. */
export interface Row {
  size: string;
  what: string;
  command: string;
  seconds?: number;
  peakMb?: number;
  /** Seconds of the peer and the floor of the same size, for the ratios. */
  peer?: number;
  floor?: number;
  note?: string;
}

const f = (n: number | undefined, d: number) => (n === undefined ? 'n/a' : n.toFixed(d));
const ratio = (a?: number, b?: number) => (a === undefined || !b ? '–' : `${(a / b).toFixed(2)}×`);

/** The table as Markdown. */
export function table(rows: Row[]): string {
  const head = '| size | what | seconds | ÷ peer | ÷ floor | peak MB | note |\n|---|---|---:|---:|---:|---:|---|';
  const body = rows.map((r) => `| ${r.size} | ${r.what} | ${f(r.seconds, 2)} | ${ratio(r.seconds, r.peer)} | ${ratio(r.seconds, r.floor)} | ${f(r.peakMb, 0)} | ${r.note ?? ''} |`);
  return [head, ...body].join('\n');
}

/** The commands that were run, for the record. */
export function commands(rows: Row[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of rows) if (!seen.has(r.what)) (seen.add(r.what), out.push(`- ${r.what}: \`${r.command}\``));
  return out.join('\n');
}

/** A target and whether it holds. */
export interface Check {
  target: string;
  value: string;
  ok: boolean | undefined;
}

/** The targets as a Markdown list. */
export function checks(list: Check[]): string {
  return list.map((c) => `- ${c.ok === undefined ? '…' : c.ok ? '✔' : '✘'} ${c.target}: ${c.value}`).join('\n');
}
