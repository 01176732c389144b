/** Place names for generated counties and townships: two characters from common name syllables. */
import type { Rng } from './prng.js';

const FIRST = '青白东西南北金银龙凤桃柳杨松柏梅兰竹石泉河湖山岭峰林川溪清明安宁新永长平和兴福康乐丰华盛嘉德仁义礼智信文武云雾霞虹'.split('');
const SECOND = '禾湖山水河源泉塘坪岗桥店庄集铺营寨关口城阳阴川溪林峰岭坡湾洲渡港田园庙台亭堡'.split('');

/**
 * `n` distinct names, none in `taken` (which receives them): two characters while those last (about 2,000),
 * then three, for corpora larger than a province.
 */
export function placeNames(rng: Rng, n: number, taken: Set<string>): string[] {
  const out: string[] = [];
  for (let guard = 0; out.length < n && guard < n * 50; guard++) {
    const s = rng.pick(FIRST) + rng.pick(SECOND);
    if (taken.has(s)) continue;
    taken.add(s);
    out.push(s);
  }
  for (let guard = 0; out.length < n && guard < n * 50; guard++) {
    const s = rng.pick(FIRST) + rng.pick(FIRST) + rng.pick(SECOND);
    if (taken.has(s)) continue;
    taken.add(s);
    out.push(s);
  }
  if (out.length < n) throw new Error(`only ${out.length} of ${n} names available`);
  return out;
}

/** A township's type from a draw: mostly 镇, some 乡 and 街道. */
export function townshipType(rng: Rng): '镇' | '乡' | '街道' {
  const r = rng.next();
  return r < 0.6 ? '镇' : r < 0.8 ? '乡' : '街道';
}
