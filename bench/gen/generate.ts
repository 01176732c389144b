/**
 * Generate a benchmark corpus: a list repository (revision `a`) and its second revision (`b`, about 1%
 * of items changed), deterministic from a seed. A handful of deliberate defects is planted in `a`
 * (and kept in `b`), as real repositories have: a former department name, a duplicate item name, an
 * article beyond the end of a law, an unknown party, an exclusion without its approval.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Item, TownshipFile } from '../../src/model/types.js';
import { assignmentsDoc } from './assignments.js';
import { DOMAINS } from './domains.js';
import { toYaml, type Value } from './emit-yaml.js';
import { makeItem, namePool, type NameDraw } from './items.js';
import { LOCAL_LAW } from './laws.js';
import { Rng } from './prng.js';
import { departmentsDoc, makeCounties, townshipsDoc, type County } from './registry.js';
import { added, editItem, fateOf } from './revise.js';
import { SIZES, type SizeName, type SizeSpec } from './sizes.js';
import { townshipFile, type Candidate } from './township-file.js';
import { PLACES } from './domains.js';

/** What was generated. */
export interface CorpusStats {
  dir: string;
  files: number;
  items: number;
  bytes: number;
  /** Items removed, edited and added in revision b. */
  changes: { removed: number; edited: number; added: number };
}

const PLACEHOLDER = '乡镇（街道）';
const RESERVOIR = 6;

class Writer {
  files = 0;
  bytes = 0;
  constructor(readonly root: string) {}
  write(rev: 'a' | 'b', rel: string, doc: Record<string, Value>): void {
    const p = join(this.root, rev, rel);
    mkdirSync(dirname(p), { recursive: true });
    const text = toYaml(doc);
    writeFileSync(p, text);
    if (rev === 'a') {
      this.files++;
      this.bytes += Buffer.byteLength(text);
    }
  }
  both(rel: string, doc: Record<string, Value>): void {
    this.write('a', rel, doc);
    this.write('b', rel, doc);
  }
}

/** Generate one size into `dir` (dir/a and dir/b). */
export function generate(size: SizeName, dir: string, seed = 20260701): CorpusStats {
  return generateSpec(SIZES[size], dir, seed, size);
}

/** Generate a corpus from explicit parameters. */
export function generateSpec(spec: SizeSpec, dir: string, seed: number, label: string): CorpusStats {
  const root = new Rng(seed).fork(label);
  const w = new Writer(dir);
  const counties = makeCounties(root.fork('names'), spec.counties, spec.townshipsPerCounty, spec.unit);
  const province = spec.counties > 1;
  const first = counties[0];
  w.both('resp.yaml', {
    kind: 'config',
    jurisdiction: province ? { name: '示例省', level: '省' } : { name: first.name, level: spec.unit, city: '示例市', province: '示例省' },
    profile: 'national',
    lang: 'zh',
    revision: { version: '2026.1', effective: '2026-07-01', approved_by: `中共${first.name}委 ${first.name}人民政府`, document: `${first.stem}办发〔2026〕18号` },
  });
  w.both('registry/departments.yaml', departmentsDoc(counties, spec.unit) as unknown as Record<string, Value>);
  w.both('registry/townships.yaml', townshipsDoc(counties, root.fork('offices')) as unknown as Record<string, Value>);
  w.both('registry/laws.yaml', { kind: 'laws', laws: [LOCAL_LAW] });
  w.both('assignments/2026.yaml', assignmentsDoc(first, province ? first.townships[0].name : PLACEHOLDER) as unknown as Record<string, Value>);

  let items = 0;
  const changes = { removed: 0, edited: 0, added: 0 };
  counties.forEach((county, ci) => {
    const rng = root.fork(`county-${ci}`);
    const base = province ? `counties/${county.name}/` : '';
    const pools = new Map(DOMAINS.map((d) => [d.name, namePool(rng.fork(d.name), d, PLACES, province ? county.name : '')]));
    const used = new Map(DOMAINS.map((d) => [d.name, 0]));
    const draw = (d: string): NameDraw => {
      const pool = pools.get(d)!;
      const k = used.get(d)!;
      used.set(d, k + 1);
      if (k >= pool.length) throw new Error(`name pool of ${d} exhausted`);
      return pool[k];
    };
    const serials = new Map<string, number>();
    const candidates = new Map<string, { seen: number; list: Candidate[] }>(county.townships.map((t) => [t.name, { seen: 0, list: [] }]));
    const offer = (town: string, c: Candidate) => {
      const r = candidates.get(town)!;
      r.seen++;
      if (r.list.length < RESERVOIR) r.list.push(c);
      else {
        const j = rng.int(r.seen);
        if (j < RESERVOIR) r.list[j] = c;
      }
    };
    const plan = planFiles(spec, (d) => pools.get(d)!.length);
    for (let f = 0; f < spec.domainFilesPerCounty; f++) {
      const { domain, nn } = plan[f];
      const file = spec.domainFilesPerCounty === DOMAINS.length ? `${domain.name}.yaml` : `${domain.name}-${String(nn).padStart(2, '0')}.yaml`;
      const frng = rng.fork(`file-${f}`);
      const revRng = rng.fork(`rev-${f}`);
      const idOf = (n: number) => `${province ? `${county.code}-` : ''}${domain.prefix}-${String(n).padStart(spec.itemsPerFile * spec.domainFilesPerCounty >= 1000 ? 4 : 3, '0')}`;
      const count = Math.max(1, spec.itemsPerFile + frng.between(-3, 3));
      const a: Item[] = [];
      const b: Item[] = [];
      for (let i = 0; i < count; i++) {
        const n = (serials.get(domain.name) ?? 0) + 1;
        serials.set(domain.name, n);
        const towns = province ? frng.sample(county.townships, frng.chance(spec.twoTownships ?? 0.2) ? 2 : 1).map((t) => t.name) : [PLACEHOLDER];
        const it = makeItem(frng, idOf(n), draw(domain.name), domain, county, towns);
        if (spec.twoSupports) it.support = [it.support![0], it.support![1] ?? { party: county.short.ga, duties: ['对阻碍执法人员依法执行职务的行为依法处置。'] }];
        const planted = !spec.clean && ci === 0 && f < 2 && i < 2;
        if (planted) plant(it, f, i, a, county, spec.unit, province);
        a.push(it);
        const fate = planted ? 'keep' : fateOf(items + a.length - 1);
        if (fate === 'remove') changes.removed++;
        else if (fate === 'edit') {
          changes.edited++;
          b.push(editItem(revRng, it, county.short.zf));
        } else b.push(it);
        if (fate === 'add-after') {
          changes.added++;
          const m = (serials.get(`${domain.name}+`) ?? 0) + 1;
          serials.set(`${domain.name}+`, m);
          const id = `${province ? `${county.code}-` : ''}${domain.prefix}-N${String(m).padStart(4, '0')}`;
          b.push(added(makeItem(revRng, id, draw(domain.name), domain, county, towns)));
        }
        if (fate === 'keep' && !planted) {
          for (const t of province ? towns : county.townships.map((x) => x.name)) {
            const office = it.support?.find((p) => p.party === t || p.party === PLACEHOLDER)?.office;
            offer(t, { id: it.id, office, lead: it.lead.party });
          }
        }
      }
      items += a.length;
      const head = { kind: 'domain', domain: domain.name, title: `${domain.name}领域` };
      w.write('a', `${base}domains/${file}`, { ...head, items: a as unknown as Value });
      w.write('b', `${base}domains/${file}`, { ...head, items: b as unknown as Value });
    }
    const trng = rng.fork('townships');
    county.townships.forEach((t, ti) => {
      if (spec.townshipFiles < 1 && !(ci === 0 && ti === 0) && !trng.chance(spec.townshipFiles)) return;
      const own = trng.between(spec.ownItems[0], spec.ownItems[1]);
      const tIndex = `T${String(ci + 1).padStart(3, '0')}${String(ti + 1).padStart(2, '0')}`;
      const nx = ci === 0 && ti === 0 ? 1 : trng.between(0, 1);
      const doc: TownshipFile = townshipFile(trng, county, t.name, tIndex, candidates.get(t.name)!.list, own, nx, trng.between(1, 2));
      // Planted: the first township's exclusion lacks its approval document.
      if (!spec.clean && ci === 0 && ti === 0 && doc.exclude?.[0]) delete doc.exclude[0].approval;
      items += doc.items?.length ?? 0;
      w.both(`${base}townships/${t.name}.yaml`, doc as unknown as Record<string, Value>);
    });
  });
  return { dir, files: w.files, items, bytes: w.bytes, changes };
}

/**
 * Which domain each file holds: one file per domain while there are few files, else each file goes to
 * the domain with the most names left, so that no domain runs out of distinct item names.
 */
function planFiles(spec: SizeSpec, poolSize: (domain: string) => number): { domain: (typeof DOMAINS)[number]; nn: number }[] {
  const left = new Map(DOMAINS.map((d) => [d.name, poolSize(d.name)]));
  const files = new Map<string, number>();
  const out: { domain: (typeof DOMAINS)[number]; nn: number }[] = [];
  for (let f = 0; f < spec.domainFilesPerCounty; f++) {
    const domain = spec.domainFilesPerCounty <= DOMAINS.length ? DOMAINS[f] : DOMAINS.reduce((a, b) => (left.get(b.name)! > left.get(a.name)! ? b : a));
    left.set(domain.name, left.get(domain.name)! - Math.ceil(spec.itemsPerFile * 1.03) - 3);
    const nn = (files.get(domain.name) ?? 0) + 1;
    files.set(domain.name, nn);
    out.push({ domain, nn });
  }
  return out;
}

/** The deliberate defects, in the first two domain files of the first county. */
function plant(it: Item, f: number, i: number, sofar: Item[], county: County, unit: string, province: boolean): void {
  if (f === 0 && i === 0) it.support = [...(it.support ?? []), { party: province ? `${county.name}环境保护局` : `${unit}环境保护局`, duties: ['提供环境监测数据和排污许可资料。'] }];
  if (f === 0 && i === 1) it.name = sofar[0].name;
  if (f === 1 && i === 0) it.basis = [...(it.basis ?? []), '《中华人民共和国土地管理法》第一百二十条'];
  if (f === 1 && i === 1) it.lead = { ...it.lead, party: it.lead.party.replace(/局$/, '管理局') };
}
