import type { Lang } from '../i18n.js';
import type { Finding } from '../findings/types.js';
import { findingAt, type LoadedFile } from '../load/load-file.js';
import { assemble, type Project } from '../load/project.js';
import { CONTEXT_KINDS } from './prescan.js';
import { Registry } from '../model/registry.js';
import { LawCatalogue } from '../law/catalogue.js';
import { policyOf, resolveSource, type Profile, type SourceSpec } from '../law/profiles.js';
import { spanInString } from '../law/text-position.js';
import { RULES } from '../rules/index.js';
import { messageText } from '../rules/message-text.js';
import type { ItemField, ProjectIndex, ReportOptions, Rule, RuleContext } from '../rules/types.js';
import { indexOfProject } from './project-index.js';

export interface RunOptions {
  lang: Lang;
  asOf: string;
  /** Run only these rules (tests). */
  only?: string[];
  /** Only the rules of this scope (default: all): file by file, or across the project. */
  scope?: 'file' | 'project';
  /** Built once for a run that checks files one at a time (default: from the project). */
  registry?: Registry;
  laws?: LawCatalogue;
  /** Keep only the findings in this file: the project may hold other files as context. */
  reportOn?: LoadedFile;
  /** Told when a rule reads the day (its results then depend on --as-of). */
  onAsOf?: () => void;
  /** The items across files for the project-scope rules (default: made from the project's files). */
  index?: ProjectIndex<ItemField>;
}

/** Run every rule over a loaded project; returns raw findings (before severity config and waivers). */
export function runRules(project: Project, opts: RunOptions): Finding[] {
  const registry = opts.registry ?? Registry.fromProject(project);
  const profile = project.config.profile ?? 'national';
  const laws = opts.laws ?? LawCatalogue.fromProject(project, profile);
  const policy = policyOf(project.config);
  const findings: Finding[] = [];
  const { lang, asOf, onAsOf, only, scope } = opts;
  const rules = RULES.filter((r) => (!only || only.includes(r.id)) && (!scope || (r.scope ?? 'file') === scope));
  // V8 may keep the last closure made at a call site alive after the call (here, or in a rule, which
  // captures its context). Whatever such a closure reaches stays alive with it: when that was the
  // file, every file's data survived into the old generation, and garbage collection took a third of
  // the time of validating file by file. So no closure here captures `opts`, and the file and the
  // project are let go after each rule.
  let reportOn = opts.reportOn;
  let index = opts.index;
  let current: Project | undefined = project;
  for (const rule of rules) {
    if (project.config.rules?.[rule.id] === 'off') continue;
    const across = rule.scope === 'project';
    const ctx: RuleContext<string, ItemField> = {
      // A project-scope rule may see only summaries of the files: it reads the index, whatever the run.
      get project() {
        if (across) throw new Error(`rule ${rule.id} is project-scope: it reads ctx.index, not ctx.project`);
        return current!;
      },
      get index() {
        return (index ??= indexOfProject(current!));
      },
      get context() {
        return contextOf(current!);
      },
      registry,
      get asOf() {
        if (!rule.reads?.includes('asOf')) throw new Error(`rule ${rule.id} reads asOf without declaring it in reads`);
        // The day enters this result's cache key only when a check did read it.
        onAsOf?.();
        return asOf;
      },
      profile,
      policy,
      laws,
      report(file, path, messageId, o = {}) {
        if (reportOn && file.source !== reportOn.source) return;
        findings.push(make(rule, file.source, path, messageId, lang, policy, o));
      },
    };
    rule.check?.(ctx);
  }
  reportOn = undefined;
  current = undefined;
  index = undefined;
  return findings;
}

/**
 * The provision a finding rests on under a profile: what the rule found (the report's own), else the
 * profile's replacement for this message or rule, else the message's, else the rule's.
 */
export function findingSource(rule: Rule, id: string, policy: Profile, own?: SourceSpec): string | undefined {
  const spec = own ?? policy.sources[`${rule.id}/${id}`] ?? policy.sources[rule.id] ?? rule.messages[id]?.source ?? rule.docs.source;
  return resolveSource(spec, policy);
}

function make(rule: Rule, source: Parameters<typeof findingAt>[0], path: Parameters<typeof findingAt>[2], id: string, lang: Lang, policy: Profile, o: ReportOptions): Finding {
  const text = messageText(rule, id, lang, o.args, o.hint);
  return findingAt(source, rule.id, path, text.message, {
    messageId: id,
    severity: o.severity ?? text.severity,
    item: o.item,
    keyOf: o.keyOf,
    hint: text.hint,
    source: findingSource(rule, id, policy, o.source),
    ...(o.offset !== undefined ? spanInString(source, path, o.offset, o.length) : undefined),
    ...(o.related?.length ? { related: o.related.map((r) => ({ file: r.file.source.path, ...pick(r.file.source.locate(r.path)) })) } : {}),
  });
}

function pick(span: { line: number; column: number }): { line: number; column: number } {
  return { line: span.line, column: span.column };
}

/** The context files of a project (CONTEXT_KINDS) as a project of their own. */
function contextOf(project: Project): Project {
  return assemble(project.root, project.files.filter((f) => f.kind !== undefined && CONTEXT_KINDS.includes(f.kind)), project.configFile);
}
