/**
 * The files of a new list repository (`resp init`): configuration, registries named for the county,
 * one fully commented domain item, one township file, editor schemas that travel with the folder,
 * CI for GitHub and GitLab, and a .gitignore. Text only; writing is the caller's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import data from '../data/county-departments.json' with { type: 'json' };
import type { ConfigFile, Department, Township } from '../model/types.js';
import { packageRoot } from '../paths.js';

export interface InitOptions {
  /** The county's full name: 青禾县, 宁国市, 即墨区. */
  county: string;
  province?: string;
  /** The city the county belongs to (for city branches such as 〈city〉生态环境局〈county〉分局). */
  city?: string;
  townships: string[];
  profile: string;
}

/** Where the schema copies live inside a repository: editors find them wherever the folder goes. */
export const SCHEMA_DIR = '.resp/schemas';

/** The level word of a county-level name (县, 市, 区, 旗), or undefined when it is none of them. */
export function levelOf(county: string): '县' | '市' | '区' | '旗' | undefined {
  const m = /(县|市|区|旗)$/.exec(county);
  return m ? (m[1] as '县' | '市' | '区' | '旗') : undefined;
}

/** The editor's schema line for a file `depth` folders below the repository root. */
export function modeline(schema: string, depth: number): string {
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMA_DIR}/${schema}.schema.json\n`;
}

/** Copies of resp's schemas for `.resp/schemas/` (they refer to each other by relative name). */
export function schemaFiles(): Map<string, string> {
  const dir = join(packageRoot(), 'schemas');
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.schema.json')).sort()) out.set(`${SCHEMA_DIR}/${f}`, readFileSync(join(dir, f), 'utf8'));
  return out;
}

/**
 * YAML of a value, written so that no string can be read back as another type: js-yaml quotes what
 * YAML 1.1 or 1.2 would read as a number, date or boolean (2026.1, 2026-07-01, no). It writes a
 * 2,500-item list in a tenth of the time of the document-building writer. Used by init and import.
 */
export const yamlText = (v: unknown): string => dump(v, { lineWidth: -1, noRefs: true, noCompatMode: false });
const yaml = yamlText;

/** The county's departments, named for it (青禾县自然资源和规划局, short 县自然资源和规划局). */
export function departmentsFor(o: InitOptions): Department[] {
  const level = levelOf(o.county)!;
  const stem = o.county.replace(/(自治县|县|市|区|旗)$/, '');
  return data.departments.map((d) => {
    if ('city' in d && d.city) {
      // A city's branch: 示例市生态环境局青禾分局, also called 县生态环境分局 and 市生态环境局青禾分局.
      const name = `${o.city ?? '市'}${d.name}${stem}分局`;
      return {
        name,
        short: [`${level}${d.short[0]}`, `市${d.name}${stem}分局`].filter((s) => s !== name),
        level: '市级派出',
        type: d.type as Department['type'],
        ...(o.city ? { parent: `${o.city}${d.name}` } : {}),
        ...(d.former ? { former: d.former.map((f) => `${level}${f}`) } : {}),
      };
    }
    const short = [`${level}${d.name}`, ...d.short.map((s) => `${level}${s}`)];
    return {
      name: `${o.county}${d.name}`,
      short,
      level: '县级',
      type: d.type as Department['type'],
      ...(d.former ? { former: d.former.map((f) => `${level}${f}`) } : {}),
    };
  });
}

/** Every file of a new repository: relative path → text. */
export function scaffold(o: InitOptions): Map<string, string> {
  const level = levelOf(o.county)!;
  const files = new Map<string, string>();
  const config: ConfigFile = {
    kind: 'config',
    jurisdiction: { name: o.county, level, ...(o.city ? { city: o.city } : {}), ...(o.province ? { province: o.province } : {}) },
    profile: o.profile,
    lang: 'zh',
    lists: ['属地管理', '基本履职', '配合履职', '上级部门收回'],
  };
  files.set('resp.yaml', [
    modeline('config', 0).trimEnd(),
    `# ${o.county}责任清单仓库的配置。清单经批准发布时，在 revision 中写明版本、施行日期、批准机关和文号，例如：`,
    '# revision: {version: "2026.1", effective: 2026-07-01, approved_by: 中共××县委 ××县人民政府, document: ×办发〔2026〕1号}',
    yaml(config),
  ].join('\n'));

  files.set('registry/departments.yaml', [
    modeline('departments', 1).trimEnd(),
    `# ${o.county}的部门名录：2018 年机构改革后县级政府的常见部门，按本${level}实际增删、改名。`,
    '# short 是清单中可以使用的简称，former 是改革前的旧称（校验时提示改用新名称）。',
    yaml({ kind: 'departments', departments: departmentsFor(o) }),
  ].join('\n'));

  const hasTownships = o.townships.length > 0;
  if (hasTownships) {
    const townships: Township[] = o.townships.map((name) => ({ name, type: name.endsWith('街道') ? '街道' : name.endsWith('乡') ? '乡' : '镇' }));
    files.set('registry/townships.yaml', [
      modeline('townships', 1).trimEnd(),
      '# 乡镇（街道）名录。offices 是各乡镇（街道）统一设置的办公室和中心（六办三中心），事项的承办机构从中选。',
      yaml({ kind: 'townships', offices: data.offices, townships }),
    ].join('\n'));
  }

  const short = (n: string) => `${level}${n}`;
  files.set('domains/自然资源.yaml', `${modeline('domain', 1)}# 领域文件：一个领域（自然资源、生态环境、城乡建设……）一个文件，每个事项写清谁主责、谁配合、依据什么。
# 编辑器装有 YAML 插件（yaml-language-server）时，悬停字段可看到中文说明，写错会当场提示。
kind: domain
domain: 自然资源
title: 自然资源领域
items:
  # 事项编号：稳定且唯一。发布时的序号由 resp export 生成，插入新事项不会改动已有编号。
  - id: ZR-001
    # 事项名称：写明行为和管理方式，如“……行为的查处”“……的监督管理”。
    name: 未经批准或者采取欺骗手段骗取批准非法占用土地行为的查处
    category: 土地管理
    # 权力类型：行政许可、行政处罚、行政强制、行政检查、行政确认、其他……
    power: 行政处罚
    # 主体责任：只能有一个单位。行政处罚的执法主体是县级部门。
    lead:
      party: ${short('自然资源和规划局')}
      duties:
        - 组织开展土地执法巡查，对非法占用土地行为依法立案查处，责令退还非法占用的土地。
        - 对乡镇（街道）报告的违法用地线索在2个工作日内核查，并将处理结果反馈报告单位。
    # 配合责任：乡镇（街道）承担巡查、发现、劝阻、报告、协助等配合职责，不承担立案、调查取证、处罚决定。
    support:
      - party: 乡镇（街道）${hasTownships ? '\n        office: 城乡建设办公室' : ''}
        duties:
          - 组织网格员开展日常巡查，及时发现非法占用土地行为。
          - 发现后及时劝阻，劝阻无效的报告${short('自然资源和规划局')}。
      - party: ${short('公安局')}
        duties:
          - 对阻碍自然资源执法人员依法执行职务的行为依法处置。
    # 法律依据：《法律名称》第X条第X款第X项，一条一行。
    basis:
      - 《中华人民共和国土地管理法》第七十七条
`);

  if (hasTownships) {
    const t = o.townships[0];
    files.set(`townships/${t}.yaml`, `${modeline('township', 1)}# ${t}的清单文件：本${t.endsWith('街道') ? '街道' : t.endsWith('乡') ? '乡' : '镇'}的个性事项（基本履职、配合履职、上级部门收回），
# 以及县级清单中不适用本地的事项（exclude，须写明理由和批准文号）和本地的调整（adjust）。
kind: township
township: ${t}
items:
  - id: T01-JB-001
    name: 农村人居环境整治的组织实施
    # 基本履职：乡镇（街道）自身承担的事项，主体责任是乡镇（街道）本身。
    list: 基本履职
    category: 乡村建设
    power: 其他
    lead:
      party: ${t}
      office: 农业农村服务中心
      duties:
        - 组织村（社区）开展村庄清洁行动，督促落实门前三包责任。
        - 对发现的垃圾乱堆乱放问题督促清运，涉及执法的报告${short('综合行政执法局')}。
`);
  }

  files.set('.gitignore', '.resp-cache/\nout/\n');
  // The editor: Red Hat YAML for completion and field docs from the schemas, a generic LSP client for
  // `resp lsp` (the rules, as resp validate shows them).
  files.set('.vscode/extensions.json', `${JSON.stringify({ recommendations: ['redhat.vscode-yaml', 'zsol.vscode-glspc'] }, null, 2)}\n`);
  files.set('.vscode/settings.json', `${JSON.stringify({ 'glspc.server.command': 'resp', 'glspc.server.commandArguments': ['lsp'], 'glspc.server.languageId': ['yaml'] }, null, 2)}\n`);
  files.set('.github/workflows/resp.yml', githubWorkflow());
  files.set('.gitlab-ci.yml', gitlabCi());
  for (const [p, text] of schemaFiles()) files.set(p, text);
  return files;
}

const INSTALL = '# 安装 resp：把 RESP_PACKAGE 设为 resp 发布包（.tgz）的地址或其 git 仓库地址（在 CI 变量中设置）';

function githubWorkflow(): string {
  return `# resp：每次提交和合并请求时校验清单；合并请求附上动态调整清单（与目标分支比对）。
${INSTALL}
name: resp
on:
  push:
  pull_request:
jobs:
  validate:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install -g "$RESP_PACKAGE"
        env:
          RESP_PACKAGE: \${{ vars.RESP_PACKAGE }}
      - uses: actions/cache@v4
        with:
          path: .resp-cache
          key: resp-\${{ github.sha }}
          restore-keys: resp-
      - name: 校验（问题标注在提交的文件上，另存 SARIF 供代码扫描）
        run: resp validate --cache -f github -o - -f sarif -o resp.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: resp.sarif
      - name: 动态调整清单
        if: github.event_name == 'pull_request'
        run: resp diff "origin/\${{ github.base_ref }}" -f md >> "$GITHUB_STEP_SUMMARY"
`;
}

function gitlabCi(): string {
  return `# resp：每次提交校验清单；合并请求附上动态调整清单（与目标分支比对）。
${INSTALL}
resp:
  image: node:20
  cache:
    key: resp
    paths:
      - .resp-cache/
  script:
    - npm install -g "$RESP_PACKAGE"
    - resp validate --cache -f human -o - -f junit -o resp-junit.xml -f gitlab -o gl-code-quality.json
    - |
      if [ -n "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" ]; then
        git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
        resp diff "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" -f md | tee resp-diff.md
      fi
  artifacts:
    when: always
    paths:
      - resp-diff.md
    reports:
      junit: resp-junit.xml
      codequality: gl-code-quality.json
`;
}

/** A list file a folder already holds (resp.yaml, or YAML under domains/, townships/, registry/), if any. */
export function heldListFile(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  if (existsSync(join(dir, 'resp.yaml'))) return 'resp.yaml';
  for (const sub of ['domains', 'townships', 'registry']) {
    const p = join(dir, sub);
    if (!existsSync(p)) continue;
    const y = readdirSync(p).find((f) => /\.ya?ml$/i.test(f));
    if (y) return `${sub}/${y}`;
  }
  return undefined;
}
