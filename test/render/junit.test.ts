import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/findings/render/junit.js';
import { FINDINGS, context } from './fixtures.js';
import { checkXml, childrenOf, type XmlCheck } from './xml-check.js';

/** What a CI test report reads: per suite, its test cases with their outcome. */
function report(xml: XmlCheck) {
  const root = xml.attributes[0];
  const suites = childrenOf(xml, 0, 'testsuite').map((s) => {
    const cases = childrenOf(xml, s, 'testcase').map((c) => {
      const failure = childrenOf(xml, c, 'failure')[0];
      const out = childrenOf(xml, c, 'system-out')[0];
      return {
        name: xml.attributes[c].name,
        outcome: failure !== undefined ? 'failed' : 'passed',
        text: failure !== undefined ? xml.texts[failure] : out !== undefined ? xml.texts[out] : '',
        severity: childrenOf(xml, c, 'properties').flatMap((p) => childrenOf(xml, p, 'property')).map((p) => xml.attributes[p].value)[0],
      };
    });
    return { name: xml.attributes[s].name, tests: Number(xml.attributes[s].tests), failures: Number(xml.attributes[s].failures), cases };
  });
  return { tests: Number(root.tests), failures: Number(root.failures), suites };
}

describe('junit format', () => {
  it('is well-formed XML: one suite per file, one case per finding, failures only at or above --fail-on', () => {
    const xml = checkXml(renderJunit(FINDINGS, context()));
    expect(xml.error).toBeUndefined();
    const r = report(xml);
    expect(r.suites.map((s) => [s.name, s.tests, s.failures, s.cases.map((c) => c.outcome)])).toEqual([
      ['domains/自然资源.yaml', 2, 2, ['failed', 'failed']],
      ['townships/a,b:c.yaml', 2, 0, ['passed', 'passed']],
    ]);
    expect([r.tests, r.failures]).toEqual([4, 2]);
    // The counts agree with the cases, as a CI's test view adds them up.
    expect(r.tests).toBe(r.suites.reduce((n, s) => n + s.cases.length, 0));
    expect(r.failures).toBe(r.suites.flatMap((s) => s.cases).filter((c) => c.outcome === 'failed').length);
    // A warning below --fail-on passes, its text and severity still there for whoever opens it.
    expect(r.suites[1].cases.map((c) => c.severity)).toEqual(['warning', 'info']);
    expect(r.suites[1].cases[0].text).toBe('warning: townships/a,b:c.yaml:5:20 “县安监局”是机构改革前的名称\n覆盖率 100%');
  });

  it('counts warnings and infos as failures when --fail-on asks for them', () => {
    expect(report(checkXml(renderJunit(FINDINGS, context({ failOn: 'warning' })))).failures).toBe(3);
    expect(report(checkXml(renderJunit(FINDINGS, context({ failOn: 'info' })))).failures).toBe(4);
  });

  it('names the legal source in a failure\'s text (not a schema\'s file name)', () => {
    const r = report(checkXml(renderJunit(FINDINGS, context())));
    const [schema, party] = r.suites[0].cases;
    expect(party.text).toBe('domains/自然资源.yaml:9:14 单位“县自然资源和规划厅”不在登记册中\n改用登记册中的名称\n依据：行政处罚法第十七条');
    expect(schema.text).not.toContain('依据');
    expect(report(checkXml(renderJunit([FINDINGS[1]], context({ lang: 'en' })))).suites[0].cases[0].text).toContain('\nbasis: 行政处罚法第十七条');
  });

  it('lists every file checked: a clean file is one passing test case', () => {
    const checked = ['domains/自然资源.yaml', 'registry/departments.yaml', 'townships/a,b:c.yaml'];
    const r = report(checkXml(renderJunit(FINDINGS, context({ checked }))));
    expect(r.suites.map((s) => s.name)).toEqual(checked);
    expect(r.suites[1]).toEqual({ name: 'registry/departments.yaml', tests: 1, failures: 0, cases: [{ name: 'registry/departments.yaml', outcome: 'passed', text: '', severity: undefined }] });
    expect([r.tests, r.failures]).toEqual([5, 2]);
  });

  it('a clean repository gives passing tests, one per file', () => {
    const r = report(checkXml(renderJunit([], context({ checked: ['a.yaml', 'b.yaml'] }))));
    expect([r.tests, r.failures, r.suites.map((s) => s.cases.map((c) => c.outcome))]).toEqual([2, 0, [['passed'], ['passed']]]);
  });

  it('escapes XML\'s special characters', () => {
    const out = renderJunit([FINDINGS[3]], context({ failOn: 'info' }));
    expect(out).toContain('message="名称含 &lt;特殊&gt; &amp; &quot;引号&quot; \'单引号\'"');
    expect(checkXml(out).error).toBeUndefined();
    const below = renderJunit([FINDINGS[3]], context());
    expect(checkXml(below).error).toBeUndefined();
    expect(report(checkXml(below)).suites[0].cases[0].text).toBe('info: townships/a,b:c.yaml:4:5 名称含 <特殊> & "引号" \'单引号\'');
  });

  it('drops control characters XML 1.0 cannot hold', () => {
    const out = renderJunit([{ ...FINDINGS[0], message: '坏\u0001字符\u000b' }], context());
    expect(checkXml(out).error).toBeUndefined();
    expect(out).toContain('message="坏字符"');
  });

  it('is an empty but valid report when nothing was checked', () => {
    const xml = checkXml(renderJunit([], context()));
    expect(xml.error).toBeUndefined();
    expect(xml.elements).toEqual(['testsuites']);
    expect(xml.attributes[0]).toMatchObject({ tests: '0' });
  });

  it('the structural check itself rejects broken XML', () => {
    expect(checkXml('<?xml version="1.0" encoding="UTF-8"?>\n<a><b></a></b>\n').error).toMatch(/mismatched/);
    expect(checkXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 & 2"/>\n').error).toMatch(/raw/);
    expect(checkXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>x < y</a>\n').error).toBeDefined();
  });
});
