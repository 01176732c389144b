/** The registries of a generated repository: departments (with former names) and townships (with offices). */
import { DEPARTMENTS } from './departments.js';
import type { Rng } from './prng.js';
import { placeNames, townshipType } from './names.js';

/** A generated county: its name, its departments' full names by key, and its townships. */
export interface County {
  name: string;
  /** Two-character stem (青禾 of 青禾县), for 文号 and 分局 names. */
  stem: string;
  code: string;
  dept: Record<string, string>;
  /** Short name by department key, used by items at county and city scale. */
  short: Record<string, string>;
  townships: { name: string; type: '镇' | '乡' | '街道'; code: string }[];
}

/** The common offices of every township (六办三中心). */
export const OFFICES = [
  { name: '党政综合办公室', short: ['党政办'] },
  { name: '党建工作办公室', short: ['党建办'] },
  { name: '经济发展服务办公室', short: ['经发办'] },
  { name: '城乡建设办公室', short: ['城建办'] },
  { name: '社会事务办公室', short: ['社会事务办'] },
  { name: '平安建设办公室', short: ['平安办'] },
  { name: '综合服务中心', short: ['便民服务中心'] },
  { name: '综合执法中心', short: ['综合执法办'] },
  { name: '农业农村服务中心', short: ['农服中心'] },
];

/** The level a generated jurisdiction is named by: 县 (county and province scale) or 市 (city scale). */
export type Unit = '县' | '市';

function deptName(county: string, stem: string, tail: string, key: string, unit: Unit): string {
  if (key !== 'st') return `${county}${tail}`;
  return unit === '市' ? `${county}生态环境局` : `示例市生态环境局${stem}分局`;
}

/** Short names as the lists write them: 县自然资源局, or 市自然资源局 for a city. */
export function shortNames(shorts: string[], key: string, unit: Unit): string[] {
  if (unit === '县') return shorts;
  return key === 'st' ? ['市生态环境局'] : shorts.map((s) => s.replace(/^县/, '市'));
}

/** Generate `n` counties (or one city) with `townships` townships each. */
export function makeCounties(rng: Rng, n: number, townships: number, unit: Unit = '县'): County[] {
  const taken = new Set<string>();
  const stems = n === 1 ? [unit === '市' ? '示例' : '青禾'] : placeNames(rng, n, taken);
  taken.add('青禾');
  return stems.map((stem, ci) => {
    const name = `${stem}${unit}`;
    const code = `37${String(ci + 1).padStart(3, '0')}`;
    const dept: Record<string, string> = {};
    const short: Record<string, string> = {};
    for (const d of DEPARTMENTS) {
      dept[d.key] = deptName(name, stem, d.tail, d.key, unit);
      const shorts = shortNames(d.short, d.key, unit);
      short[d.key] = n === 1 ? shorts[shorts.length - 1] : dept[d.key];
    }
    const tn = placeNames(rng, townships, taken);
    return {
      name, stem, code, dept, short,
      townships: tn.map((t, i) => {
        const type = townshipType(rng);
        return { name: `${t}${type}`, type, code: `${code}${String(i + 1).padStart(3, '0')}000` };
      }),
    };
  });
}

/** The departments registry document. */
export function departmentsDoc(counties: County[], unit: Unit = '县') {
  const departments = counties.flatMap((c) =>
    DEPARTMENTS.map((d) => ({
      name: c.dept[d.key],
      short: counties.length === 1 ? shortNames(d.short, d.key, unit) : undefined,
      level: unit === '市' ? '市级' : (d.level ?? '县级'),
      type: d.type,
      former: d.former?.flatMap((f) => (counties.length === 1 ? [`${c.name}${f}`, `${unit}${f}`] : [`${c.name}${f}`])),
      parent: d.key === 'ax' ? c.dept.yj : d.key === 'gl' ? c.dept.jt : undefined,
    })),
  );
  return { kind: 'departments', departments };
}

/** The townships registry document. */
export function townshipsDoc(counties: County[], rng: Rng) {
  const own = ['文化旅游发展服务中心', '林业站', '水利站', '社区治理办公室', '安全生产监督管理所'];
  return {
    kind: 'townships',
    offices: OFFICES,
    townships: counties.flatMap((c) =>
      c.townships.map((t) => ({ name: t.name, type: t.type, code: t.code, offices: [{ name: rng.pick(own), phone: String(rng.between(7000000, 7999999)) }] })),
    ),
  };
}
