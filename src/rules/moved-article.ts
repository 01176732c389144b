import { defineRule } from './define-rule.js';
import { basisSites, type BasisSite } from '../law/basis-sites.js';
import type { LawInfo, MovedArticle } from '../law/catalogue.js';
import type { Citation } from '../law/cite.js';
import { citesOlderVersion } from '../law/version.js';
import { parseNumeral } from '../law/numerals.js';
import type { Registry } from '../model/registry.js';
import { isTownshipParty } from './util/township-party.js';

/** Citations use the article numbers of the version in force, and say so. */
export default defineRule({
  id: 'moved-article',
  category: 'legal',
  severity: 'error',
  title: { zh: '沿用修订前的条文序号或已废止的法律', en: 'Article number from before a revision, or a repealed law' },
  messages: {
    moved: {
      zh: '《{title}》{from}是{old}的条文序号，{current}后该内容（{topic}）在{to}',
      en: '《{title}》 {from} is the number of the {old} text; since the {current} revision this provision ({topic}) is {to}',
      hint: {
        zh: '改引现行条文{to}，并核对该条现在规定的主体和措施',
        en: 'cite {to} of the text in force, and check the body and measures it now names',
      },
    },
    repealed: {
      zh: '《{title}》已于{date}废止，由《{by}》取代',
      en: '《{title}》 was repealed on {date}; 《{by}》 replaced it',
      hint: {
        zh: '改引《{by}》中规定同一事项的条款，并核对现行规定的主体和措施',
        en: 'cite the article of 《{by}》 that governs the matter, and check the body and measures it now names',
      },
    },
    oldVersion: {
      zh: '依据注明的《{title}》版本“{cited}”早于现行的{current}（{effective}施行）',
      en: 'the basis cites version "{cited}" of 《{title}》, older than the {current} text in force since {effective}',
      severity: 'warning',
      hint: {
        zh: '按现行文本核对条号和内容，再把 version 改为 {current}',
        en: 'check the number and wording against the text in force, then set version to {current}',
      },
    },
  },
  docs: {
    why: {
      zh: '法律修订后条文往往重新编号：安全生产法 2021 年修正后，原第八条乡镇、街道的监督检查职责移到第九条第二款；土地管理法 2019 年修正后，农村村民非法占用土地建住宅由第七十七条移到第七十八条，执法主体也改为农业农村主管部门。沿用旧条号的清单指向的是另一条规定。注明了旧版本的依据，也要按现行文本核对。已废止的法律（食品卫生法由食品安全法取代，城市规划法由城乡规划法取代，物权法由民法典取代）不能再作依据。',
      en: 'Revisions renumber articles: after 2021 the township supervision duty of 安全生产法 art. 8 is art. 9(2); after 2019 the rural-housing provision of 土地管理法 moved from art. 77 to 78, with a new enforcing department. A list that keeps the old number points at a different provision. A basis that names an old version must be checked against the text in force too. A repealed law (食品卫生法, replaced by 食品安全法; 城市规划法 by 城乡规划法; 物权法 by 民法典) is no basis at all.',
    },
    bad: 'kind: domain\ndomain: 应急管理\nitems:\n  - id: YJ-102\n    name: 生产经营单位安全生产状况的监督检查\n    power: 行政检查\n    lead: {party: 县应急局, duties: [依法开展安全生产监督检查]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现安全隐患及时劝阻并报告]}\n    basis: [《中华人民共和国安全生产法》第八条]\n',
    good: 'kind: domain\ndomain: 应急管理\nitems:\n  - id: YJ-102\n    name: 生产经营单位安全生产状况的监督检查\n    power: 行政检查\n    lead: {party: 县应急局, duties: [依法开展安全生产监督检查]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现安全隐患及时劝阻并报告]}\n    basis: [《中华人民共和国安全生产法》第九条第二款]\n',
    source: '被引法律的现行文本（修订后条文序号以现行文本为准）；各法修订前后的条文对照（内置法律目录 moved）',
  },
  check(ctx) {
    for (const site of basisSites(ctx.project)) {
      let movedHere = false;
      let older = false;
      for (const c of site.parsed.citations) {
        if (!c.title) continue;
        const law = ctx.laws.resolve(c.title);
        if (!law) continue;
        if (law.repealed) {
          const by = ctx.laws.resolve(law.repealed.by)?.title ?? law.repealed.by;
          ctx.report(site.owner.file, site.textPath, 'repealed', {
            item: site.owner.id,
            source: law.repealed.note ? `《${by}》（${law.repealed.note}）` : `《${by}》`,
            offset: c.offset,
            length: c.raw.length,
            args: { title: c.title, date: law.repealed.date, by },
          });
          movedHere = true;
          continue;
        }
        if (c.article === undefined) continue;
        const old = citesOlderVersion(site, law);
        older ||= old;
        const m = law.moved.find((x) => x.from === c.article && (old || mentions(x, site, c, ctx.registry)));
        if (!m) continue;
        // 第七十七条至第七十八条: the article the content moved to is cited too, so the old number is
        // cited for what it says now, not for what moved away.
        const to = articleOf(m.to);
        if (!old && site.parsed.citations.some((x) => x !== c && x.article === to && x.title && ctx.laws.resolve(x.title) === law)) continue;
        movedHere = true;
        ctx.report(site.owner.file, site.textPath, 'moved', {
          item: site.owner.id,
          source: revisionSource(law),
          offset: c.offset,
          length: c.raw.length,
          args: {
            title: c.title,
            from: m.fromText,
            old: m.version ?? { zh: '修订前', en: 'earlier' },
            current: law.version ?? { zh: '修订', en: 'latest' },
            to: m.to,
            topic: m.topic ?? '',
          },
        });
      }
      if (older && !movedHere) {
        const law = site.parsed.citations.map((c) => (c.title ? ctx.laws.resolve(c.title) : undefined)).find((l) => l && citesOlderVersion(site, l))!;
        ctx.report(site.owner.file, [...site.path, 'version'], 'oldVersion', {
          item: site.owner.id,
          source: revisionSource(law),
          args: { title: law.title, cited: site.version, current: law.version, effective: law.effective ?? '' },
        });
      }
    }
  },
});

/** The article number of a move's target (第七十八条, 第九条第二款). */
function articleOf(to: string): number | undefined {
  const m = /^第([^条]+)条/.exec(to);
  return m ? parseNumeral(m[1]) : undefined;
}

/** The revision that renumbered the article: the law in force, with its version and date. */
function revisionSource(law: LawInfo): string {
  const when = [law.version, law.effective ? `${law.effective}施行` : ''].filter(Boolean).join('，');
  return `《${law.title}》${when ? `（${when}）` : ''}现行文本`;
}

/**
 * An undated citation counts as stale when its item speaks of the old article's subject (the move's
 * keywords), since the old number is also a valid number of the new text. Moves without keywords
 * (a repository's own entries) always count. A township party speaks of 乡镇 whatever its name: 南河镇's
 * own item is as much about the township as one whose support is 乡镇（街道）.
 */
function mentions(m: MovedArticle, site: BasisSite, c: Citation, registry: Registry): boolean {
  if (!m.keywords?.length) return true;
  const o = site.owner;
  const parties = o.parties.map((p) => (isTownshipParty(registry, p.party) ? `${p.party}（乡镇）` : p.party));
  const text = [o.name, c.quoted ?? '', ...parties, ...o.parties.flatMap((p) => p.duties)].join('\n');
  return m.keywords.some((k) => text.includes(k));
}
