import type { Basis, Party } from '../model/types.js';

/** Excel's limit on the characters of one cell; longer text makes Excel "repair" the file. */
const CELL_LIMIT = 32767;

/** Lines numbered "1." "2." as published lists print them; a single line stays unnumbered. */
export function numbered(lines: readonly string[]): string {
  return lines.length > 1 ? lines.map((l, i) => `${i + 1}.${l}`).join('\n') : (lines[0] ?? '');
}

/** One legal basis as printed: the citation, its version in brackets, then the note. */
export function basisText(b: Basis): string {
  if (typeof b === 'string') return b;
  return `${b.cite}${b.version ? `（${b.version}）` : ''}${b.note ? `　${b.note}` : ''}`;
}

/** All legal bases of an item, numbered when there are several. */
export function basesText(bases: readonly Basis[] | undefined): string {
  return numbered((bases ?? []).map(basisText));
}

/** A party's name, with the office that carries it out on a second line. */
export function unitText(p: Party | undefined): string {
  if (!p) return '';
  return p.office ? `${p.party}\n（${p.office}）` : p.party;
}

/** A party and its duties in one cell: "单位：职责", several duties numbered on their own lines. */
export function partyDutiesText(p: Party): string {
  const unit = p.office ? `${p.party}（${p.office}）` : p.party;
  return p.duties.length > 1 ? `${unit}：\n${numbered(p.duties)}` : `${unit}：${p.duties[0] ?? ''}`;
}

/** Text a cell can carry: control characters XML 1.0 forbids are dropped, Excel's length limit kept. */
export function cellSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  return clean.length > CELL_LIMIT ? `${clean.slice(0, CELL_LIMIT - 1)}…` : clean;
}

/**
 * Text that a spreadsheet would read as a formula (= + - @, or a leading tab or CR) gets an
 * apostrophe in front, as OWASP advises for CSV: opening the file must never run anything.
 */
export function guardFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** Text without doubled punctuation where clauses were joined (duties that already end in 。 joined by ；). */
export { undoubled as tidy } from '../util/text.js';
