/** One generated county item: name, power, lead, township support, basis, and sometimes 施工图 and 说明书. */
import type { Item, Party } from '../../src/model/types.js';
import type { Conduct, DomainSpec } from './domains.js';
import { LAWS } from './laws.js';
import type { Rng } from './prng.js';
import { OFFICES, type County } from './registry.js';

/** A name drawn from a pool: which conduct, and whether it is the inspection twin of a penalty. */
export interface NameDraw {
  name: string;
  conduct: Conduct;
  inspection: boolean;
}

/** The township party of an item: the placeholder, or named townships (province scale). */
export type TownshipParties = string[];

const fill = (s: string, lead: string) => s.replace('{lead}', lead);

/** Every distinct name of a domain in a random order: places × conducts × objects, penalties with their inspection twin. */
export function namePool(rng: Rng, domain: DomainSpec, places: readonly string[], prefix: string): NameDraw[] {
  const pool: NameDraw[] = [];
  for (const conduct of domain.conducts) {
    for (const o of conduct.objects) {
      for (const place of places) {
        const core = `${prefix}${place}${conduct.name.replace('{o}', o)}`;
        if (conduct.power === '行政处罚') {
          pool.push({ name: `${core}的查处`, conduct, inspection: false });
          pool.push({ name: `${core}的监督检查`, conduct, inspection: true });
        } else pool.push({ name: `${core}的组织实施`, conduct, inspection: false });
      }
    }
  }
  return rng.sample(pool, pool.length);
}

function basisOf(rng: Rng, conduct: Conduct): Item['basis'] {
  if (!conduct.laws.length) return undefined;
  const keys = conduct.laws.length > 1 && rng.chance(0.5) ? conduct.laws : [rng.pick(conduct.laws)];
  const out: NonNullable<Item['basis']> = [];
  for (const k of keys) {
    const law = LAWS[k];
    for (const a of rng.sample(law.articles, rng.chance(0.3) ? 2 : 1)) out.push(`《${law.title}》${a}`);
  }
  return out;
}

/** Make one county item. */
export function makeItem(rng: Rng, id: string, draw: NameDraw, domain: DomainSpec, county: County, towns: TownshipParties): Item {
  const { conduct } = draw;
  const lead = county.short[domain.lead];
  const leadDuties = draw.inspection
    ? [`依法对${draw.name.replace(/的监督检查$/, '')}开展监督检查，建立监管台账。`, rng.pick(conduct.lead)]
    : rng.sample(conduct.lead, rng.between(1, conduct.lead.length));
  const support: Party[] = towns.map((party) => ({
    party,
    office: rng.chance(0.6) ? rng.pick(OFFICES).name : undefined,
    duties: rng.sample(conduct.township, rng.between(2, 4)).map((d) => fill(d, lead)),
  }));
  if (conduct.other && rng.chance(0.7)) support.push({ party: county.short[conduct.other.dept], duties: conduct.other.duties });
  const item: Item = {
    id,
    name: draw.name,
    category: conduct.power === '行政处罚' ? `${domain.name}执法` : `${domain.name}管理`,
    power: draw.inspection ? '行政检查' : conduct.power,
    lead: { party: lead, duties: leadDuties },
    support,
    basis: basisOf(rng, conduct),
  };
  const town = towns[0];
  if (rng.chance(0.2)) {
    item.steps = [
      { id: 'S1', title: '巡查发现', party: town, action: '网格员日常巡查，发现问题拍照记录位置和现场情况。', next: ['S2'] },
      { id: 'S2', title: '劝阻报告', party: town, action: `现场劝阻；劝阻无效的，24小时内报告${lead}。`, next: ['S3'] },
      { id: 'S3', title: '核查处置', party: lead, action: '2个工作日内到现场核查，依法作出处理。', next: ['S4'] },
      { id: 'S4', title: '结果反馈', party: lead, action: `将处理结果反馈${town}，案件办结后归档。` },
    ];
  }
  if (rng.chance(0.15)) {
    item.manual = [
      { situation: '网格员巡查发现问题', party: town, office: '综合执法中心', contact: '12345政务服务便民热线', steps: ['现场拍照并劝阻', '登记线索', `报告${lead}`], standard: '发现后24小时内报告，线索登记率100%。' },
      { situation: '当事人拒不改正', party: lead, contact: '12345政务服务便民热线', steps: ['现场核查', '依法处理'], standard: '接到报告后2个工作日内到场核查。' },
    ];
  }
  if (rng.chance(0.1)) item.notes = `${county.name}${domain.name}领域重点事项，纳入年度考核。`;
  return item;
}
