/**
 * The rule catalogue: loader codes first, then rules, each sorted by id.
 * Adding a rule: create src/rules/<id>.ts, add one import and one entry here, add test/rules/<id>.test.ts.
 */
import type { Rule } from './types.js';
import aliasLimit from './alias-limit.js';
import duplicateKey from './duplicate-key.js';
import emptyFile from './empty-file.js';
import controlCharacter from './control-character.js';
import encoding from './encoding.js';
import fileTooLarge from './file-too-large.js';
import schema from './schema.js';
import unknownKind from './unknown-kind.js';
import yamlSyntax from './yaml-syntax.js';
import uniqueId from './unique-id.js';
import unknownParty from './unknown-party.js';
import townshipExclusionRecord from './township-exclusion-record.js';
import townshipForbiddenField from './township-forbidden-field.js';
import townshipNoopAdjustment from './township-noop-adjustment.js';
import townshipUnknownItem from './township-unknown-item.js';
import unknownTownship from './unknown-township.js';
import townshipEnforcement from './township-enforcement.js';
import entrustedCompulsoryMeasure from './entrusted-compulsory-measure.js';
import enforcementSubjectCapacity from './enforcement-subject-capacity.js';
import singleLead from './single-lead.js';
import outdatedDepartmentName from './outdated-department-name.js';
import delegationRecord from './delegation-record.js';
import duplicateName from './duplicate-name.js';
import assignmentAdmission from './assignment-admission.js';
import assignmentExpired from './assignment-expired.js';
import waiverExpired from './waiver-expired.js';
import waiverUnused from './waiver-unused.js';
import unknownRule from './unknown-rule.js';
import basisRequired from './basis-required.js';
import basisLevel from './basis-level.js';
import citationSyntax from './citation-syntax.js';
import articleOutOfRange from './article-out-of-range.js';
import movedArticle from './moved-article.js';
import detentionByPolice from './detention-by-police.js';
import uncataloguedLaw from './uncatalogued-law.js';
import delegationEvaluationOverdue from './delegation-evaluation-overdue.js';
import delegationUnused from './delegation-unused.js';
import usageReference from './usage-reference.js';

/** Codes the loader reports (no check function). */
export const LOADER_CODES: Rule[] = [aliasLimit, controlCharacter, duplicateKey, emptyFile, encoding, fileTooLarge, schema, unknownKind, yamlSyntax];

/** Rules with a check, run on every validated project. */
export const RULES: Rule[] = [uniqueId, unknownParty, townshipExclusionRecord, townshipForbiddenField, townshipNoopAdjustment, townshipUnknownItem, unknownTownship, townshipEnforcement, entrustedCompulsoryMeasure, enforcementSubjectCapacity, singleLead, outdatedDepartmentName, delegationRecord, duplicateName, assignmentAdmission, assignmentExpired, basisRequired, basisLevel, citationSyntax, articleOutOfRange, movedArticle, detentionByPolice, uncataloguedLaw, delegationEvaluationOverdue, delegationUnused, usageReference].sort((a, b) => (a.id < b.id ? -1 : 1));

/** Codes reported when the project configuration is applied (waivers, rule levels; no check function). */
export const CONFIG_CODES: Rule[] = [waiverExpired, waiverUnused, unknownRule];

/** Every code a finding can carry. */
export const ALL_RULES: Rule[] = [...LOADER_CODES, ...RULES, ...CONFIG_CODES];

const byId = new Map(ALL_RULES.map((r) => [r.id, r]));

/** Look a rule up by id. */
export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}
