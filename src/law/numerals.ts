/**
 * Chinese and Arabic numerals of article, paragraph and item numbers. Lists write 第一百零三条,
 * 第103条 and ｜第１０３条 interchangeably (立法法第六十五条 prescribes Chinese numerals; many databases
 * and academic styles use Arabic ones), so every rule compares numbers, never spellings.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that may appear in a numeral of a citation. */
export const NUMERAL_CHARS = '零〇一二三四五六七八九两十百千0123456789０１２３４５６７８９';

/** Parse a numeral written in Chinese (一百零三, 十二, 一〇三) or Arabic digits (103, １０３); undefined if malformed. */
export function parseNumeral(text: string): number | undefined {
  const s = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (s === '') return undefined;
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    return n > 0 ? n : undefined;
  }
  if (![...s].every((c) => c in DIGITS || c in UNITS)) return undefined;
  if ([...s].some((c) => c in UNITS)) return positional(s);
  if (s.length === 1) return DIGITS[s] || undefined;
  // Several digits without units are read one by one only in the 一〇三 style, which always has a zero.
  return /[〇零]/.test(s) ? digitByDigit(s) : undefined;
}

/** 一〇三 style: each character one decimal digit. */
function digitByDigit(s: string): number | undefined {
  if (s.includes('两')) return undefined;
  const n = Number([...s].map((c) => DIGITS[c]).join(''));
  return n > 0 && DIGITS[s[0]] !== 0 ? n : undefined;
}

/** 一百零三 style: digits followed by decreasing units, 零 for skipped places, a leading 十 for 10–19. */
function positional(s: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  let zeroPending = false;
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c in UNITS) {
      const unit = UNITS[c];
      if (unit >= lastUnit) return undefined;
      if (digit === undefined) {
        // Only 十 may stand alone: at the start (十二 = 12) or right after 百 (一百十 = 110).
        if (unit !== 10 || !(i === 0 || (lastUnit === 100 && !zeroPending))) return undefined;
        digit = 1;
      }
      if (digit === 0) return undefined;
      total += digit * unit;
      lastUnit = unit;
      digit = undefined;
      zeroPending = false;
    } else {
      const d = DIGITS[c];
      if (digit !== undefined) return undefined;
      if (d === 0) {
        if (zeroPending || lastUnit === Infinity || lastUnit === 10) return undefined;
        zeroPending = true;
        continue;
      }
      digit = d;
    }
  }
  if (digit !== undefined) {
    // A trailing digit counts ones, unless it directly follows 百 or 千 without 零 (一百三 is not 103).
    if (lastUnit > 10 && !zeroPending && lastUnit !== Infinity) return undefined;
    total += digit;
  } else if (zeroPending) {
    return undefined;
  }
  return total > 0 ? total : undefined;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Write a positive integer below 10000 in Chinese as statutes do: 十二, 一百零三, 一百一十九. */
export function toChinese(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  const places = [1000, 100, 10, 1];
  const names = ['千', '百', '十', ''];
  let out = '';
  let zero = false;
  for (let i = 0; i < places.length; i++) {
    const d = Math.floor(n / places[i]) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    // 10–19 are written 十, 十一 … without a leading 一.
    out += d === 1 && places[i] === 10 && !out ? '' : CN[d];
    out += names[i];
  }
  return out;
}
