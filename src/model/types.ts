/**
 * The list model, mirroring the JSON Schemas in `schemas/`. Hand-written; `test/schemas.test.ts`
 * keeps the two in step by validating typed fixtures.
 */

/** File kinds; each has its own schema `schemas/<kind>.schema.json`. */
export type FileKind = 'config' | 'departments' | 'townships' | 'laws' | 'domain' | 'township' | 'assignments' | 'changes' | 'usage';
export const FILE_KINDS: readonly FileKind[] = ['config', 'departments', 'townships', 'laws', 'domain', 'township', 'assignments', 'changes', 'usage'];

/** List kinds an item can belong to. */
export type ListKind = '属地管理' | '基本履职' | '配合履职' | '上级部门收回' | '职责边界' | '赋权事项';
export const LIST_KINDS: readonly ListKind[] = ['属地管理', '基本履职', '配合履职', '上级部门收回', '职责边界', '赋权事项'];

/** Kinds of power, as used by 权责清单. */
export type PowerType =
  | '行政许可' | '行政处罚' | '行政强制' | '行政征收' | '行政给付' | '行政检查'
  | '行政确认' | '行政奖励' | '行政裁决' | '其他行政权力' | '公共服务' | '其他';

/** Legal levels per 立法法, plus the non-law kinds a list cites. */
export type SourceLevel =
  | '宪法' | '法律' | '行政法规' | '地方性法规' | '自治条例和单行条例' | '部门规章' | '地方政府规章'
  | '规范性文件' | '党内法规' | '政策文件';

/** One party with its duties: the lead (主体责任) or a supporter (配合责任). */
export interface Party {
  /** A department or township from the registry, or the placeholder 乡镇（街道） meaning each township. */
  party: string;
  duties: string[];
  /** Township office that carries it out (六办三中心 etc.). */
  office?: string;
}

/** A legal-basis citation: plain text, or text with the version cited. */
export type Basis = string | { cite: string; version?: string; note?: string };

/** How a township came to hold a power (赋权). */
export interface Delegation {
  route: '法定' | '交由' | '委托' | '相对集中' | '法律法规授权';
  /** In whose name the power is exercised. */
  in_name_of: '乡镇' | '部门';
  /** The body that decided it (a provincial government for 交由). */
  decided_by?: string;
  document?: string;
  date?: string;
  /** Where and when the decision was made public. */
  published?: { date?: string; where?: string };
  /** 过渡期. */
  transition?: { from?: string; to?: string };
  /** Date of the last evaluation (定期评估). */
  evaluated?: string;
  /** Related powers included in the decision (行政检查, 行政强制措施 ...). */
  includes?: string[];
  /** The entrusting organ, for 委托. */
  entrusted_by?: string;
}

/** One step of the 施工图 (flow chart). */
export interface Step {
  id: string;
  title: string;
  party?: string;
  action?: string;
  /** Ids of the following steps; none for the last. */
  next?: string[];
}

/** One entry of the 说明书 (manual): a situation and who answers it. */
export interface ManualEntry {
  situation: string;
  party: string;
  office?: string;
  contact?: string;
  steps?: string[];
  standard?: string;
}

/** Why an item changed, as the adjustment request needs. */
export interface ChangeNote {
  reason?: string;
  requested_by?: string;
  document?: string;
}

/** One responsibility (事项). */
export interface Item {
  id: string;
  name: string;
  /** List kind; defaults to the file's `list`. */
  list?: ListKind;
  /** Sub-category inside the domain (e.g. 土地管理). */
  category?: string;
  power?: PowerType | PowerType[];
  lead: Party;
  support?: Party[];
  basis?: Basis[];
  delegation?: Delegation;
  /** For 上级部门收回: how the county body now does the work (工作方式). */
  method?: string;
  steps?: Step[];
  manual?: ManualEntry[];
  case?: { title?: string; text: string };
  /** Colloquial words people use for this problem (盖房子, 挖沙), for `resp find`. */
  keywords?: string[];
  /** Typical reports of this problem as a caller puts it, one sentence each, for `resp find`. */
  examples?: string[];
  notes?: string;
  change?: ChangeNote;
}

export interface DomainFile {
  kind: 'domain';
  domain: string;
  list?: ListKind;
  title?: string;
  items: Item[];
}

/** A township's adjustment of a base item. */
export interface Adjustment {
  item: string;
  reason?: string;
  /** Fields set for this township; only some may be changed (see `resp build`). */
  set: Partial<Item>;
}

export interface Exclusion {
  item: string;
  reason?: string;
  approval?: string;
}

export interface TownshipFile {
  kind: 'township';
  township: string;
  exclude?: Exclusion[];
  adjust?: Adjustment[];
  items?: Item[];
}

export interface Department {
  name: string;
  short?: string[];
  level: '省级' | '市级' | '县级' | '市级派出' | '乡镇';
  type: '行政机关' | '法律法规授权组织' | '事业单位' | '派驻机构' | '派出机构' | '内设机构' | '议事协调机构' | '临时机构' | '群众自治组织' | '其他';
  former?: string[];
  parent?: string;
}

export interface DepartmentsFile {
  kind: 'departments';
  departments: Department[];
}

export interface Office {
  name: string;
  short?: string[];
  phone?: string;
}

export interface Township {
  name: string;
  type: '镇' | '乡' | '民族乡' | '街道';
  code?: string;
  short?: string[];
  offices?: Office[];
}

export interface TownshipsFile {
  kind: 'townships';
  offices?: Office[];
  townships: Township[];
}

export interface LawEntry {
  title: string;
  short?: string[];
  level: SourceLevel;
  issuer?: string;
  document?: string;
  version?: string;
  effective?: string;
  articles?: number;
  moved?: { from: string; to: string; version?: string; topic?: string }[];
  /** Articles that name the township (乡、镇人民政府, 街道办事处) as the actor of some acts. */
  township_powers?: TownshipPowerEntry[];
  /** When the law was repealed and by what (食品卫生法 → 食品安全法, 2009-06-01). */
  repealed?: { date: string; by: string; note?: string };
}

/** An article that lets a township perform some acts itself: the acts' words as duties write them. */
export interface TownshipPowerEntry {
  /** The article: 第六十二条, or its number. */
  article: string | number;
  paragraph?: number;
  terms: string[];
  /** What the article says the township does (for the reader and the report). */
  note?: string;
}

export interface LawsFile {
  kind: 'laws';
  laws: LawEntry[];
}

/** A temporary task handed to townships (交办事项) and its admission record (准入). */
export interface Assignment {
  id: string;
  name: string;
  applicant: string;
  townships?: string[];
  lead: Party;
  support?: Party[];
  basis?: Basis[];
  explanation?: string;
  procedure?: string[];
  deadline?: string;
  safeguards?: { funds?: string; staff?: string; technical?: string; training?: string };
  consulted?: { date?: string; opinion?: string };
  review?: { bianban?: ReviewRecord; sifa?: ReviewRecord };
  approval?: { by?: string; date?: string; document?: string };
  notes?: string;
}

export interface ReviewRecord {
  by?: string;
  date?: string;
  document?: string;
  opinion?: string;
}

export interface AssignmentsFile {
  kind: 'assignments';
  assignments: Assignment[];
}

/** One entry of a change log (changes.yaml, adjustments/*.yaml): why an item was changed or removed. */
export interface ChangeEntry {
  item: string;
  reason: string;
  requested_by?: string;
  document?: string;
  date?: string;
}

export interface ChangesFile {
  kind: 'changes';
  changes: ChangeEntry[];
}

/** One line of a year's statistics of delegated powers used: a township, an item, how many cases. */
export interface UsageEntry {
  township: string;
  item: string;
  count: number;
  note?: string;
}

/** The use of delegated items in one year (delegations/usage-2025.yaml, kind: usage). */
export interface UsageFile {
  kind: 'usage';
  year: number;
  source?: string;
  date?: string;
  usage: UsageEntry[];
}

export interface Waiver {
  rule: string;
  item: string;
  reason: string;
  approver: string;
  document: string;
  expires: string;
}

export interface ConfigFile {
  kind: 'config';
  jurisdiction: { name: string; level?: string; city?: string; province?: string };
  profile?: string;
  lang?: 'zh' | 'en';
  lists?: ListKind[];
  revision?: { version?: string; effective?: string; approved_by?: string; document?: string };
  /** Layout of the documents: the 附件 label of the list workbooks and the request form (true: 附件, false: none). */
  export?: { attachment?: string | boolean };
  rules?: Record<string, 'off' | 'warning' | 'error' | 'info'>;
  waivers?: Waiver[];
  limits?: { max_file_mb?: number };
  /** Local requirements added to the profile's: more parts of an admission record, and the local document that asks for them. */
  requirements?: { admission?: { require?: string[]; source?: string } };
}

export type AnyFile =
  | ConfigFile | DepartmentsFile | TownshipsFile | LawsFile | DomainFile | TownshipFile | AssignmentsFile
  | ChangesFile | UsageFile;
