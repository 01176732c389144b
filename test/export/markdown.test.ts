import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli, tempRepo } from '../helpers.js';
import { COUNTY } from './fixture.js';
import { mermaidOf, wrapLabel } from '../../src/export/markdown.js';
import type { CompiledItem } from '../../src/compile/types.js';

/** The Mermaid blocks of a Markdown text, each checked to be a simple flowchart: declared nodes and edges between them. */
function mermaidBlocks(md: string): { nodes: Map<string, string>; edges: [string, string][] }[] {
  return [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => {
    const [head, ...lines] = m[1].trimEnd().split('\n');
    expect(head).toBe('flowchart TD');
    const nodes = new Map<string, string>();
    const edges: [string, string][] = [];
    for (const l of lines) {
      const node = /^ {2}([A-Za-z_][A-Za-z0-9_]*)\["([^"]*)"\]$/.exec(l);
      const edge = /^ {2}([A-Za-z_][A-Za-z0-9_]*) --> ([A-Za-z_][A-Za-z0-9_]*)$/.exec(l);
      if (node) {
        // A label Mermaid reads as written: lines joined by <br/>, no other markup, quote, backtick or stray #.
        for (const part of node[2].split('<br/>')) {
          expect(part, l).not.toMatch(/[<>"`]/);
          expect(part.replace(/#(?:quot|lt|gt|\d+);/g, ''), l).not.toContain('#');
          expect(part.trim(), l).not.toBe('');
        }
        nodes.set(node[1], node[2]);
      }
      else if (edge) edges.push([edge[1], edge[2]]);
      else throw new Error(`not a node or an edge: ${l}`);
    }
    for (const [a, b] of edges) expect(nodes.has(a) && nodes.has(b), `${a} --> ${b}`).toBe(true);
    return { nodes, edges };
  });
}

let dir: string;
let county: string;
let donghu: string;

beforeAll(async () => {
  dir = tempRepo(COUNTY);
  const r = await runCli(['export', '--md'], dir);
  expect(r.code).toBe(0);
  county = readFileSync(join(dir, 'out/示例县县乡属地管理事项主体责任和配合责任清单.md'), 'utf8');
  donghu = readFileSync(join(dir, 'out/townships/东湖镇履行职责事项清单.md'), 'utf8');
});

describe('Markdown export', () => {
  it('has the title, the revision line, a part per list kind and a table per domain', () => {
    const lines = county.split('\n');
    expect(lines[0]).toBe('# 示例县县乡“属地管理”事项主体责任和配合责任清单');
    expect(lines[2]).toBe('版本：2026.1　施行日期：2026-01-01　批准机关：示例县人民政府　批准文号：示政发〔2026〕1号');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## 一、属地管理事项', '## 二、职责边界事项']);
    expect(lines.filter((l) => l.startsWith('### '))).toEqual(['### 自然资源', '### 应急管理', '### 自然资源']);
    expect(county).toContain('| 序号 | 事项名称 | 主体责任 | 配合责任 | 法律依据 |\n|---|---|---|---|---|\n| 1 | 基础事项：非法占用土地的巡查与查处 |');
    expect(county).toContain(
      '| 2 | 生产经营单位安全生产违法行为的查处 | 县应急局：<br>1.依法对生产经营单位安全生产违法行为立案查处<br>2.组织开展安全生产执法检查 | ' +
        '乡镇（街道）：<br>1.开展安全生产日常巡查<br>2.发现安全隐患及时劝阻并报告县应急局<br>县安委办：统筹协调安全生产工作 | ' +
        '1.《中华人民共和国安全生产法》第十条<br>2.《中华人民共和国安全生产法》第九条（2021修正） | 重点时段加密巡查 |',
    );
    expect(county).toContain('| 序号 | 事项名称 | 主办部门 | 协办部门 | 法律依据 |');
  });

  it('draws the 施工图 of an item with steps as a Mermaid flowchart, with its 说明书 under it', () => {
    const blocks = mermaidBlocks(county);
    expect(blocks).toHaveLength(1);
    const [b] = blocks;
    expect([...b.nodes.values()]).toEqual(['乡镇（街道）：巡查发现', '乡镇（街道）：报告', '县应急局：立案查处', '县应急局：办结（反馈“结果”）']);
    expect(b.edges).toEqual([['s_S1', 's_S2'], ['s_S2', 's_S3'], ['s_S2', 's_end'], ['s_S3', 's_end']]);
    const at = county.indexOf('#### 2. 生产经营单位安全生产违法行为的查处');
    expect(at).toBeGreaterThan(0);
    expect(county.indexOf('```mermaid')).toBeGreaterThan(at);
    expect(county).toContain('| 情形 | 责任单位 | 责任科室 | 联系电话 | 程序环节 | 工作标准 |\n|---|---|---|---|---|---|\n| 发现无证生产经营 | 县应急局 | 执法大队 | 0000-1234567 | 1.接报<br>2.现场核查 | 24小时内到场 |');
  });

  it('names the township in its own flowchart and lists its parts', () => {
    const [b] = mermaidBlocks(donghu);
    expect(b.nodes.get('s_S1')).toBe('东湖镇：巡查发现');
    expect(donghu.split('\n').filter((l) => l.startsWith('## '))).toEqual(['## 一、属地管理事项', '## 二、基本履职事项', '## 三、配合履职事项', '## 四、上级部门收回事项']);
    expect(donghu).toContain('| 1 | 安全生产执法配合 | 县应急局 | 依法实施安全生产行政执法 | 1.开展日常巡查<br>2.发现问题及时报告 | 综合执法中心 | 《中华人民共和国安全生产法》第九条 |');
  });

  it('escapes pipes and line breaks in cells, and quotes in flowchart labels', async () => {
    const d = tempRepo({
      ...COUNTY,
      'domains/zz-odd.yaml': 'kind: domain\ndomain: 专项工作\nitems:\n  - id: ZX-001\n    name: "甲|乙\\n丙"\n    lead: {party: 县应急局, duties: [查处]}\n    basis: [《森林防火条例》第五条]\n',
    });
    await runCli(['export', '--md', '--county'], d);
    const md = readFileSync(join(d, 'out/示例县县乡属地管理事项主体责任和配合责任清单.md'), 'utf8');
    expect(md).toContain('| 4 | 甲\\|乙<br>丙 | 县应急局：查处 |  | 《森林防火条例》第五条 |');
    const step = (id: string, title: string, next?: string[]) => ({ id, title, party: '县应急局', next });
    const lines = mermaidOf({ steps: [step('a.1', 'say "hi" <b>', ['end', 'missing']), step('end', '办结')] } as CompiledItem);
    expect(lines).toEqual(['```mermaid', 'flowchart TD', '  s_a_1["县应急局：say #quot;hi#quot; #lt;b#gt;"]', '  s_end["县应急局：办结"]', '  s_a_1 --> s_end', '```']);
    // An action is escaped the same way, line by line, and # and ` are entity codes too.
    const odd = mermaidOf({ steps: [{ id: 'S1', title: '核查', party: '县应急局', action: '按“#3号”预案<核查>并在`系统`中"登记"，\n随后报告' }] } as CompiledItem);
    expect(odd[2]).toBe('  s_S1["县应急局：核查<br/>按“#35;3号”预案#lt;核查#gt;并在#96;系统<br/>#96;中#quot;登记#quot;， 随后报告"]');
    mermaidBlocks(odd.join('\n') + '\n');
  });

  it('wraps a step\'s action every 12 to 16 characters, at a pause where it can, never before closing punctuation', () => {
    const text = '网格员日常巡查，发现疑似非法占地行为，拍照记录位置和现场情况，24小时内通过“乡呼县应”平台报告县自然资源和规划局。';
    const lines = wrapLabel(text);
    expect(lines.join('')).toBe(text);
    expect(lines).toEqual(['网格员日常巡查，', '发现疑似非法占地行为，', '拍照记录位置和现场情况，', '24小时内通过“乡呼县应”平台', '报告县自然资源和规划局。']);
    const width = (l: string) => [...l].reduce((n, ch) => n + (/[\x00-\x7f]/.test(ch) ? 0.5 : 1), 0);
    for (const l of lines) {
      expect(width(l), l).toBeLessThanOrEqual(15);
      expect(l).not.toMatch(/^[，。；：、）》”]/);
    }
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(wrapLabel('短句。')).toEqual(['短句。']);
  });
});

const EXAMPLE = resolve(__dirname, '../../examples/county');

describe('the example county', () => {
  it('has a Mermaid flowchart for every item with steps', async () => {
    const out = mkdtempSync(join(tmpdir(), 'resp-example-'));
    const built = await runCli(['build', EXAMPLE], process.cwd());
    const county = JSON.parse(built.stdout).county as { name: string; items: { name: string; steps?: unknown[] }[] };
    const r = await runCli(['export', EXAMPLE, '--md', '--county', '--out', out], process.cwd());
    expect(r.code).toBeLessThan(2);
    const md = readFileSync(join(out, `${county.name}县乡属地管理事项主体责任和配合责任清单.md`), 'utf8');
    const withSteps = county.items.filter((i) => i.steps?.length);
    expect(mermaidBlocks(md)).toHaveLength(withSteps.length);
    for (const it of withSteps) expect(md).toMatch(new RegExp(`#{3,4} \\d+\\. ${it.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n\\n施工图`));
  });

  it('puts each step\'s action into its node, wrapped, and the township\'s name into a township\'s chart', async () => {
    const out = mkdtempSync(join(tmpdir(), 'resp-example-'));
    const built = await runCli(['build', EXAMPLE], process.cwd());
    const county = JSON.parse(built.stdout).county as { name: string; items: { steps?: { action?: string }[] }[] };
    const r = await runCli(['export', EXAMPLE, '--md', '--out', out], process.cwd());
    expect(r.code).toBeLessThan(2);
    const md = readFileSync(join(out, `${county.name}县乡属地管理事项主体责任和配合责任清单.md`), 'utf8');
    const labels = mermaidBlocks(md).flatMap((b) => [...b.nodes.values()]);
    const actions = county.items.flatMap((i) => (i.steps ?? []).map((s) => s.action)).filter((a): a is string => !!a);
    expect(actions.length).toBeGreaterThan(10);
    const unescaped = labels.map((l) => l.split('<br/>').slice(1).join('').replace(/#quot;/g, '"').replace(/#lt;/g, '<').replace(/#gt;/g, '>').replace(/#35;/g, '#').replace(/#96;/g, '`'));
    for (const a of actions) expect(unescaped, a).toContain(a.replace(/\s*\n\s*/g, ' ').trim());
    // Long actions are wrapped: no line of a label longer than 16 characters but the first (party：title).
    for (const l of labels) for (const part of l.split('<br/>').slice(1)) expect([...part].length, part).toBeLessThanOrEqual(20);
    expect(labels.some((l) => l.split('<br/>').length > 2)).toBe(true);
    const donghu = readFileSync(join(out, 'townships/东湖镇履行职责事项清单.md'), 'utf8');
    const dh = mermaidBlocks(donghu).flatMap((b) => [...b.nodes.values()]);
    expect(dh.length).toBeGreaterThan(0);
    for (const l of dh) expect(l).not.toContain('乡镇（街道）');
    expect(dh.some((l) => l.startsWith('东湖镇：'))).toBe(true);
  });
});
