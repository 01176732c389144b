import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '../src/cli/main.js';

/** Write a tree of files into a fresh temporary folder; returns its path. */
export function tempRepo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'resp-test-'));
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

/** Run the CLI in-process in `cwd`, capturing stdout and stderr. */
export async function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const ow = process.stdout.write.bind(process.stdout);
  const ew = process.stderr.write.bind(process.stderr);
  const prev = process.cwd();
  // As a stream does: the text is taken, then the callback (given after it, or after an encoding) is called.
  const capture = (into: string[]) => ((s: string | Uint8Array, a?: unknown, b?: unknown) => {
    into.push(String(s));
    const done = typeof a === 'function' ? a : typeof b === 'function' ? b : undefined;
    if (done) queueMicrotask(() => (done as () => void)());
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  process.chdir(cwd);
  try {
    const code = await run(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(prev);
    process.stdout.write = ow;
    process.stderr.write = ew;
  }
}

/** A minimal valid repository: config and registries, to which tests add files. */
export const MINI: Record<string, string> = {
  'resp.yaml': 'kind: config\njurisdiction: {name: 示例县, level: 县}\nprofile: national\n',
  'registry/departments.yaml': [
    'kind: departments',
    'departments:',
    '  - {name: 示例县自然资源和规划局, short: [县自然资源局, 县自然资源和规划局], level: 县级, type: 行政机关, former: [县国土资源局]}',
    '  - {name: 示例县综合行政执法局, short: [县综合执法局, 县综合行政执法局], level: 县级, type: 行政机关, former: [县城市管理行政执法局]}',
    '  - {name: 示例县应急管理局, short: [县应急局, 县应急管理局], level: 县级, type: 行政机关, former: [县安全生产监督管理局, 县安监局]}',
    '  - {name: 示例市生态环境局示例县分局, short: [县生态环境分局], level: 市级派出, type: 派出机构, former: [县环境保护局, 县环保局]}',
    '  - {name: 示例县安全生产委员会办公室, short: [县安委办], level: 县级, type: 议事协调机构}',
    '',
  ].join('\n'),
  'registry/townships.yaml': [
    'kind: townships',
    'offices:',
    '  - {name: 党政综合办公室, short: [党政办]}',
    '  - {name: 综合执法中心}',
    'townships:',
    '  - {name: 东湖镇, type: 镇}',
    '  - {name: 西山乡, type: 乡}',
    '',
  ].join('\n'),
  // One county item that concerns every township, for tests of township files (ids BASE-*).
  'domains/base.yaml': [
    'kind: domain',
    'domain: 自然资源',
    'items:',
    '  - id: BASE-001',
    '    name: 基础事项：非法占用土地的巡查与查处',
    '    power: 行政处罚',
    '    lead: {party: 县自然资源局, duties: [依法立案查处非法占用土地行为]}',
    '    support:',
    '      - {party: 乡镇（街道）, duties: [日常巡查，发现后及时劝阻并报告]}',
    '    basis: [《中华人民共和国土地管理法》第七十七条]',
    '',
  ].join('\n'),
};

/** An item whose only finding is a warning: a registered former name (县国土资源局) as a supporter. */
export const WARNING_ONLY = `kind: domain
domain: 应急管理
items:
  - id: YJ-001
    name: 生产经营单位未采取措施消除事故隐患的查处
    power: 行政处罚
    lead:
      party: 县应急管理局
      duties: [依法查处]
    support:
      - party: 县国土资源局
        duties: [提供企业用地信息]
    basis: [《中华人民共和国安全生产法》第一百零二条]
`;

/** A township given 立案查处 as its own act: township-enforcement. Its parties are known only to the registry. */
export const TOWNSHIP_ENFORCES = `kind: domain
domain: 自然资源
items:
  - id: ZR-901
    name: 违法占用耕地的查处
    power: 行政处罚
    lead: {party: 县自然资源局, duties: [依法立案查处]}
    support:
      - {party: 乡镇（街道）, duties: [日常巡查，发现后立案查处]}
    basis: [《中华人民共和国土地管理法》第七十七条]
`;
