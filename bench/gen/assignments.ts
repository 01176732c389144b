/** The assignments file (交办事项) with complete admission records, so it validates clean. */
import type { County } from './registry.js';

/** Assignments of the first county; deadlines after the benchmark's --as-of day. */
export function assignmentsDoc(c: County, township: string) {
  const make = (n: number, name: string, key: string, duties: string[]) => ({
    id: `JB-2026-${String(n).padStart(3, '0')}`,
    name,
    applicant: c.short[key],
    lead: { party: c.short[key], duties: ['制定工作方案和技术标准，组织专业力量开展工作。', '汇总工作数据，建立台账并督办整改。'] },
    support: [{ party: township, office: '城乡建设办公室', duties }],
    explanation: '该项工作点多面广，需要熟悉村情的乡镇（街道）和村（社区）协助；专业工作仍由申请部门负责。',
    procedure: ['申请部门印发工作方案并组织培训', '乡镇（街道）组织村（社区）协助开展工作', '申请部门汇总建档，督办问题整改'],
    deadline: '2027-06-30',
    safeguards: { funds: '县财政按标准安排工作经费，由申请部门拨付乡镇（街道）。', staff: '申请部门派驻技术人员，每个乡镇（街道）不少于2名。' },
    consulted: { date: '2026-03-10', opinion: '各乡镇（街道）同意协助，建议由专业机构承担技术工作，已采纳。' },
    review: {
      bianban: { by: '县委编办', date: '2026-03-20', document: `${c.stem}编审〔2026〕${n}号`, opinion: '属于阶段性工作任务，经费和技术力量随事下沉，同意纳入交办事项。' },
      sifa: { by: c.short.sf, date: '2026-03-22', document: `${c.stem}司审〔2026〕${n}号`, opinion: '乡镇（街道）承担协助和报告职责，未涉及行政执法事项，合法性审核通过。' },
    },
    approval: { by: `${c.name}人民政府`, date: '2026-04-02', document: `${c.stem}政字〔2026〕${20 + n}号` },
  });
  return {
    kind: 'assignments',
    assignments: [
      make(1, '农村房屋安全隐患动态排查（2026—2027年度）', 'zj', ['组织村（社区）协助专业机构入户排查，采集房屋基本信息。', '对排查出的疑似危险房屋，督促产权人停止使用并报告申请部门。']),
      make(2, '高标准农田建设项目村级协调服务（2026年度）', 'ny', ['组织村（社区）做好项目区群众宣传和协调工作。', '发现施工影响群众生产生活的问题及时报告申请部门。']),
      make(3, '第三次全国土壤普查样品采集协助（2026年度）', 'zr', ['协助普查队伍联系村（社区），引导进入采样地块。', '做好采样现场群众宣传，发现阻挠采样的情况及时报告。']),
    ],
  };
}
