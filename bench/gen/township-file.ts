/** A generated township file: exclusions with their approval, adjustments of office or duties, and own items. */
import type { Adjustment, Item, TownshipFile } from '../../src/model/types.js';
import type { Rng } from './prng.js';
import { OFFICES, type County } from './registry.js';

/** A county item a township file may exclude or adjust, with what the township does in it. */
export interface Candidate {
  id: string;
  office?: string;
  lead: string;
}

interface OwnSpec {
  name: string;
  list: '基本履职' | '配合履职' | '上级部门收回';
  office: string;
  duties: string[];
  /** For 配合履职 and 上级部门收回: the county department (key) that leads. */
  lead?: string;
  power?: Item['power'];
  basis?: string[];
  method?: string;
}

const OWN: OwnSpec[] = [
  { name: '村（社区）“两委”换届选举指导', list: '基本履职', office: '党建工作办公室', duties: ['指导村（社区）依法开展换届选举，做好选民登记和宣传工作。', '对选举中反映的问题及时向县民政局报告。'] },
  { name: '基层党组织建设', list: '基本履职', office: '党建工作办公室', duties: ['组织村党组织书记培训，开展村党组织书记履职情况考核。', '落实村级组织运转经费和村干部报酬待遇。'] },
  { name: '困难群众走访慰问', list: '基本履职', office: '社会事务办公室', duties: ['建立困难群众台账，定期走访慰问。', '发现符合救助条件的及时告知申请渠道并协助提交材料。'] },
  { name: '退役军人服务保障', list: '基本履职', office: '社会事务办公室', duties: ['做好退役军人信息采集和走访慰问。', '协助落实优抚政策，做好政策宣传。'] },
  { name: '森林防火宣传和巡护', list: '基本履职', office: '农业农村服务中心', duties: ['组织护林员开展森林防火巡护，发现火情立即报告。', '在重点时段开展防火宣传教育，引导群众文明祭扫。'] },
  { name: '防汛防台风组织动员', list: '基本履职', office: '平安建设办公室', duties: ['组织村（社区）开展汛前隐患排查，建立危险区域人员转移台账。', '汛期组织群众转移避险，做好后勤保障。'] },
  { name: '矛盾纠纷排查化解', list: '基本履职', office: '平安建设办公室', duties: ['组织村（社区）调解委员会开展矛盾纠纷排查。', '对排查发现的重大矛盾纠纷及时上报并协调化解。'] },
  { name: '网格化服务管理', list: '基本履职', office: '平安建设办公室', duties: ['划分网格、配备网格员，开展网格化管理。', '网格员发现问题及时登记并上报。'] },
  { name: '公共文化服务组织实施', list: '基本履职', office: '社会事务办公室', duties: ['组织开展群众性文化活动，管理综合文化站。'] },
  { name: '农业技术推广服务', list: '基本履职', office: '农业农村服务中心', duties: ['组织农业技术培训，推广适用技术。', '协助开展农作物病虫害监测和报告。'] },
  { name: '义务兵征集宣传动员', list: '基本履职', office: '党政综合办公室', duties: ['开展兵役登记和征兵宣传动员。', '协助做好应征青年初检初考。'] },
  { name: '村级财务监督指导', list: '基本履职', office: '经济发展服务办公室', duties: ['指导村级财务公开，督促村务监督委员会履职。'] },
  { name: '辖区学校周边安全秩序维护', list: '配合履职', office: '平安建设办公室', lead: 'ga', duties: ['上下学时段组织人员在学校周边巡查，维护秩序。', '发现安全隐患及时报告县公安局。'] },
  { name: '辖区旅游景区安全秩序维护', list: '配合履职', office: '社会事务办公室', lead: 'wl', duties: ['节假日期间组织人员维护景区周边交通和现场秩序。', '发现游客超载等安全隐患的，督促经营单位整改并报告县文化和旅游局。'] },
  { name: '辖区农村供水设施巡护', list: '配合履职', office: '城乡建设办公室', lead: 'sl', duties: ['组织村（社区）开展供水设施日常巡护，发现损坏及时报告县水利局。'] },
  { name: '乡村建设规划许可', list: '上级部门收回', office: '城乡建设办公室', lead: 'zr', power: '行政许可', basis: ['《中华人民共和国城乡规划法》第四十一条'],
    method: '县自然资源和规划局在县政务服务中心设立窗口直接受理和审批；乡镇（街道）综合服务中心改为提供咨询和帮办代办服务。',
    duties: ['受理乡村建设规划许可申请，依法审查并核发乡村建设规划许可证。'] },
];

/** Make a township file. `n` own items; up to `nx` exclusions and `na` adjustments from `candidates`. */
export function townshipFile(rng: Rng, county: County, town: string, tIndex: string, candidates: Candidate[], n: number, nx: number, na: number): TownshipFile {
  const picked = rng.sample(candidates, nx + na);
  const exclude = picked.slice(0, nx).map((c, i) => ({
    item: c.id,
    reason: `${town}辖区内不涉及该事项所管理的对象，经核实不适用。`,
    approval: `${county.stem}编发〔2026〕${10 + i}号`,
  }));
  const adjust = picked.slice(nx).map((c, i): Adjustment =>
    i % 2 === 0
      ? { item: c.id, reason: '本镇该项工作由综合执法中心统一承担。', set: { office: c.office === '综合执法中心' ? '平安建设办公室' : '综合执法中心' } as Adjustment['set'] }
      : { item: c.id, reason: '结合本镇实际细化配合职责。', set: { duties: [`组织${town}网格员分片开展日常巡查，发现问题及时劝阻并记录。`, `劝阻无效的，通过“乡呼县应”平台报告${c.lead}，并跟踪反馈结果。`] } as Adjustment['set'] },
  );
  const items: Item[] = rng.sample(OWN, n).map((o, i) => {
    const lead = o.lead ? county.short[o.lead] : town;
    const item: Item = {
      id: `${tIndex}-${String(i + 1).padStart(3, '0')}`,
      name: o.list === '基本履职' ? o.name : `${town}${o.name}`,
      list: o.list,
      category: o.list,
      power: o.power ?? (o.list === '基本履职' ? '公共服务' : '其他'),
      lead: o.lead && o.list === '配合履职' ? { party: lead, duties: ['负责该事项的组织实施和监督管理。'] } : { party: lead, office: o.lead ? undefined : o.office, duties: o.duties },
      support: o.lead && o.list === '配合履职' ? [{ party: town, office: o.office, duties: o.duties }] : undefined,
      basis: o.basis,
      method: o.method,
    };
    return item;
  });
  return { kind: 'township', township: town, exclude: exclude.length ? exclude : undefined, adjust: adjust.length ? adjust : undefined, items };
}

export { OFFICES };
