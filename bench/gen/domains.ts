/**
 * What the generated items are about: per domain, the kinds of conduct, the objects and places they
 * concern, the power, the basis, and the duties of the lead, the township and other departments.
 * Township duties use cooperation words only (巡查, 发现, 劝阻, 报告, 协助 ...), as the policy rules ask.
 */
import type { PowerType } from '../../src/model/types.js';

/** One kind of conduct an item is about. */
export interface Conduct {
  /** Name pattern; {o} is an object of the conduct. */
  name: string;
  objects: string[];
  power: PowerType;
  /** Keys of LAWS; one or two are cited. */
  laws: string[];
  lead: string[];
  /** Township duties; {lead} is the lead's name. */
  township: string[];
  /** Another department that supports, with its duties. */
  other?: { dept: string; duties: string[] };
}

/** A domain: its file name, id prefix, lead department and conducts. */
export interface DomainSpec {
  name: string;
  prefix: string;
  lead: string;
  conducts: Conduct[];
}

/** Places an item may be limited to; with conducts and objects they make names unique. */
export const PLACES = [
  '', '城镇开发边界内', '乡村规划区内', '饮用水水源保护区内', '河道管理范围内', '水库库区', '自然保护地内', '风景名胜区内',
  '公路建筑控制区内', '工业园区内', '农村集中居住区', '城乡接合部', '永久基本农田保护区内', '生态保护红线内', '旅游景区周边', '学校周边',
  '集贸市场周边', '高速公路沿线', '铁路沿线', '山区林区', '湖泊岸线', '灌区', '重点村庄', '产业园区周边',
];

const REPORT = [
  '组织村（社区）网格员开展日常巡查，及时发现{what}。',
  '发现后及时劝阻，劝阻无效的于24小时内报告{lead}。',
  '配合{lead}开展现场调查，协助送达文书。',
  '建立巡查台账，督促当事人自行整改并跟踪反馈。',
  '做好法律法规宣传教育，引导群众自觉遵守有关规定。',
  '汛期、节假日等重点时段加密巡查频次，发现问题第一时间上报。',
];

const t = (what: string) => REPORT.map((s) => s.replace('{what}', what));

/** The domains, in the order their files are written. */
export const DOMAINS: DomainSpec[] = [
  {
    name: '自然资源', prefix: 'ZR', lead: 'zr',
    conducts: [
      { name: '未经批准非法占用{o}行为', objects: ['耕地', '园地', '林地', '草地', '设施农用地', '集体建设用地', '未利用地'], power: '行政处罚', laws: ['land'],
        lead: ['组织开展土地执法动态巡查和卫片执法检查，建立违法用地台账。', '对非法占用土地行为依法立案查处，责令退还非法占用的土地，限期拆除在非法占用的土地上新建的建筑物和其他设施。', '对乡镇（街道）报告的违法用地线索在2个工作日内核查，并将处理结果反馈报告单位。'],
        township: t('非法占用土地行为'), other: { dept: 'ga', duties: ['对阻碍自然资源执法人员依法执行职务的行为依法处置。'] } },
      { name: '擅自改变{o}用途行为', objects: ['耕地', '建设用地', '设施农用地', '临时用地', '工矿废弃地'], power: '行政处罚', laws: ['land'],
        lead: ['依法查处擅自改变土地用途的行为，责令限期改正。', '会同有关部门组织开展土地利用情况监督检查。'],
        township: t('擅自改变土地用途的行为') },
      { name: '在{o}违法建设行为', objects: ['乡村规划区', '城镇规划区', '村庄建设用地'], power: '行政处罚', laws: ['planning'],
        lead: ['依法查处未取得建设工程规划许可证进行建设的行为。', '对违法建设责令停止建设、限期改正，并处罚款。'],
        township: t('违法建设行为') },
      { name: '盗伐滥伐{o}行为', objects: ['林木', '防护林', '经济林', '竹林', '古树名木'], power: '行政处罚', laws: ['forest'],
        lead: ['依法查处盗伐、滥伐林木行为，责令限期在原地或者异地补种。', '组织开展森林资源监督检查和林木采伐监管。'],
        township: t('盗伐、滥伐林木行为'), other: { dept: 'ga', duties: ['对涉嫌盗伐林木犯罪的案件依法立案侦查。'] } },
      { name: '非法猎捕{o}行为', objects: ['野生鸟类', '陆生野生动物', '国家重点保护野生动物'], power: '行政处罚', laws: ['wildlife'],
        lead: ['依法查处非法猎捕、出售、运输野生动物的行为，没收猎获物、猎捕工具和违法所得。'],
        township: t('非法猎捕野生动物行为') },
    ],
  },
  {
    name: '生态环境', prefix: 'ST', lead: 'st',
    conducts: [
      { name: '露天焚烧{o}行为', objects: ['秸秆', '落叶', '垃圾', '沥青油毡', '废旧轮胎'], power: '行政处罚', laws: ['air'],
        lead: ['依法查处露天焚烧秸秆、落叶等产生烟尘污染物质的行为，责令改正，并处罚款。', '利用卫星遥感和视频监控开展火点监测，及时通报乡镇（街道）。'],
        township: t('露天焚烧火点') },
      { name: '向水体排放{o}行为', objects: ['油类', '酸液', '碱液', '工业废渣', '含病原体污水', '畜禽养殖废水'], power: '行政处罚', laws: ['water'],
        lead: ['依法查处违法排放水污染物的行为，责令停止违法行为，限期采取治理措施。', '组织开展水污染源监督性监测。'],
        township: t('向水体违法排放污染物的行为'), other: { dept: 'sl', duties: ['提供河道水文资料，配合开展入河排污口排查。'] } },
      { name: '违法倾倒{o}行为', objects: ['工业固体废物', '建筑垃圾', '危险废物', '生活垃圾'], power: '行政处罚', laws: ['solid'],
        lead: ['依法查处违法倾倒、堆放、丢弃、遗撒固体废物的行为。', '对倾倒危险废物的，责令清除并依法处罚。'],
        township: t('违法倾倒固体废物的行为') },
      { name: '超标排放{o}行为', objects: ['大气污染物', '水污染物', '工业噪声'], power: '行政处罚', laws: ['env', 'air'],
        lead: ['对超过排放标准排放污染物的企业事业单位依法处罚，责令改正或者限制生产、停产整治。'],
        township: t('超标排放污染物的线索') },
    ],
  },
  {
    name: '应急管理', prefix: 'YJ', lead: 'yj',
    conducts: [
      { name: '{o}未采取措施消除事故隐患行为', objects: ['生产经营单位', '小微企业', '加油站', '烟花爆竹经营单位', '危险化学品经营单位', '粉尘涉爆企业'], power: '行政处罚', laws: ['safety'],
        lead: ['依法对生产经营单位安全生产状况实施监督检查，对事故隐患责令立即排除。', '对拒不执行的依法处罚，责令停产停业整顿。'],
        township: t('生产经营单位的安全隐患'), other: { dept: 'ax', duties: ['统筹协调安全生产工作，组织开展安全生产考核巡查。'] } },
      { name: '{o}安全生产教育和培训不到位行为', objects: ['生产经营单位', '建筑施工企业', '矿山企业', '危险化学品使用单位'], power: '行政处罚', laws: ['safety'],
        lead: ['依法查处未按规定对从业人员进行安全生产教育和培训的行为，责令限期改正。'],
        township: t('未开展安全生产培训的情况') },
      { name: '{o}消防安全违法行为', objects: ['人员密集场所', '沿街门店', '出租房屋', '小型经营场所', '农村自建房经营场所'], power: '行政处罚', laws: ['fire'],
        lead: ['依法开展消防监督检查，查处消防安全违法行为。'],
        township: t('消防安全隐患'), other: { dept: 'wj', duties: ['配合做好医疗机构消防安全管理。'] } },
    ],
  },
  {
    name: '市场监管', prefix: 'SC', lead: 'sc',
    conducts: [
      { name: '{o}生产经营不符合食品安全标准食品行为', objects: ['小作坊', '小餐饮', '食品摊贩', '农村集体聚餐', '校园周边食品店', '网络餐饮'], power: '行政处罚', laws: ['food'],
        lead: ['依法对食品生产经营活动实施监督检查，查处生产经营不符合食品安全标准食品的行为。', '没收违法所得和违法生产经营的食品，并处罚款。'],
        township: t('食品安全隐患'), other: { dept: 'wj', duties: ['开展食品安全风险监测，配合调查处理食品安全事故。'] } },
      { name: '{o}产品质量违法行为', objects: ['农资经营', '建材销售', '电动自行车销售', '燃气具销售'], power: '行政处罚', laws: ['quality'],
        lead: ['依法查处生产、销售伪劣产品的行为，没收违法生产、销售的产品。'],
        township: t('销售伪劣产品的线索') },
      { name: '{o}特种设备安全违法行为', objects: ['电梯', '锅炉', '压力容器', '游乐设施', '场（厂）内专用机动车辆'], power: '行政处罚', laws: ['equipment'],
        lead: ['依法对特种设备生产、经营、使用单位实施监督检查，查处违法行为。'],
        township: t('特种设备安全隐患') },
      { name: '{o}违法广告行为', objects: ['户外', '医疗', '保健食品', '房地产'], power: '行政处罚', laws: ['ads'],
        lead: ['依法查处发布违法广告的行为，责令停止发布广告，并处罚款。'],
        township: t('违法广告线索') },
      { name: '{o}侵害消费者权益行为', objects: ['经营者', '预付卡经营者', '农村集市经营者'], power: '行政处罚', laws: ['consumer'],
        lead: ['依法查处侵害消费者权益的行为，受理消费者投诉举报。'],
        township: t('侵害消费者权益的投诉线索') },
    ],
  },
  {
    name: '城乡建设', prefix: 'CJ', lead: 'zj',
    conducts: [
      { name: '{o}施工质量违法行为', objects: ['房屋建筑工程', '市政基础设施工程', '农村公路配套工程', '小型建设工程'], power: '行政处罚', laws: ['building'],
        lead: ['依法对建设工程质量实施监督管理，查处施工单位偷工减料等违法行为。'],
        township: t('建设工程质量问题线索') },
      { name: '{o}安全生产违法行为', objects: ['建筑施工工地', '拆除工程', '农房建设工地', '市政施工现场'], power: '行政处罚', laws: ['construction'],
        lead: ['依法对建设工程安全生产实施监督管理，责令限期改正，逾期未改正的责令停业整顿。'],
        township: t('建筑施工安全隐患') },
      { name: '{o}违法建设行为', objects: ['集镇规划区', '村庄规划区'], power: '行政处罚', laws: ['village'],
        lead: ['依法查处在村庄、集镇规划区内未按规划审批程序批准进行建设的行为。'],
        township: t('违法建设行为') },
    ],
  },
  {
    name: '综合执法', prefix: 'ZF', lead: 'zf',
    conducts: [
      { name: '{o}影响市容环境卫生行为', objects: ['擅自在街道两侧堆放物料', '随意倾倒垃圾', '擅自设置户外设施', '占道经营'], power: '行政处罚', laws: ['cityscape'],
        lead: ['依法查处影响市容和环境卫生的行为，责令限期改正，并处罚款。'],
        township: t('影响市容环境卫生的行为') },
      { name: '{o}违法建设行为', objects: ['城市规划区', '城镇建成区', '城乡接合部'], power: '行政处罚', laws: ['planning'],
        lead: ['依法查处城市规划区内的违法建设行为，责令停止建设、限期改正。'],
        township: t('违法建设行为') },
      { name: '农村{o}行为', objects: ['乱堆乱放', '乱排污水', '乱扔垃圾', '私搭乱建'], power: '行政处罚', laws: ['local'],
        lead: ['依法查处违反农村人居环境治理规定的行为，责令限期改正。'],
        township: t('农村人居环境问题') },
    ],
  },
  {
    name: '农业农村', prefix: 'NY', lead: 'ny',
    conducts: [
      { name: '{o}动物防疫违法行为', objects: ['畜禽养殖场', '畜禽交易市场', '屠宰场所', '动物诊疗机构'], power: '行政处罚', laws: ['animal'],
        lead: ['依法对动物饲养、屠宰、经营、隔离、运输等活动实施监督检查，查处动物防疫违法行为。'],
        township: t('动物防疫问题') },
      { name: '{o}宅基地违法占用行为', objects: ['农村村民', '非本集体经济组织成员', '城镇居民'], power: '行政处罚', laws: ['land'],
        lead: ['负责农村宅基地管理的监督指导，依法查处农村村民非法占用土地建住宅的行为。'],
        township: t('违法占用宅基地行为'), other: { dept: 'zr', duties: ['提供村庄规划和用地审批信息，对是否占用永久基本农田出具意见。'] } },
      { name: '{o}秸秆综合利用', objects: ['小麦', '玉米', '水稻', '油菜'], power: '其他', laws: [],
        lead: ['制定秸秆综合利用工作方案，推广秸秆还田和离田利用技术。'],
        township: t('秸秆乱堆乱放问题') },
    ],
  },
  {
    name: '水利', prefix: 'SL', lead: 'sl',
    conducts: [
      { name: '{o}妨碍河道行洪行为', objects: ['在河道内修建建筑物', '在河道内弃置砂石', '在河道内种植阻水林木', '在行洪河道内设置拦河渔具'], power: '行政处罚', laws: ['flood'],
        lead: ['依法查处妨碍河道行洪的行为，责令停止违法行为，排除阻碍或者采取其他补救措施。'],
        township: t('妨碍河道行洪的行为') },
      { name: '{o}违法取水行为', objects: ['未经批准擅自', '超计划', '未安装计量设施'], power: '行政处罚', laws: ['waterlaw'],
        lead: ['依法查处违法取水行为，责令停止违法行为，限期采取补救措施。'],
        township: t('违法取水行为') },
      { name: '{o}河道采砂违法行为', objects: ['未经批准', '超范围', '超深度'], power: '行政处罚', laws: ['river'],
        lead: ['依法查处非法采砂行为，没收非法采砂工具和违法所得。'],
        township: t('非法采砂行为'), other: { dept: 'ga', duties: ['依法打击非法采砂涉黑涉恶违法犯罪。'] } },
    ],
  },
  {
    name: '交通运输', prefix: 'JT', lead: 'jt',
    conducts: [
      { name: '{o}损坏公路设施行为', objects: ['擅自占用公路', '擅自挖掘公路', '在公路上堆放物品', '超限运输'], power: '行政处罚', laws: ['road'],
        lead: ['依法查处损坏、污染公路和影响公路畅通的行为，责令停止违法行为。'],
        township: t('损坏公路设施的行为'), other: { dept: 'gl', duties: ['开展公路日常巡查养护，及时发现并报告路产路权问题。'] } },
      { name: '{o}违法建设行为', objects: ['公路建筑控制区', '公路用地范围'], power: '行政处罚', laws: ['road'],
        lead: ['依法查处在公路建筑控制区内修建建筑物和地面构筑物的行为，责令限期拆除。'],
        township: t('违法建设行为') },
    ],
  },
];
