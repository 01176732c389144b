import type { Lang, Msg } from '../i18n.js';
import type { ChangeType } from './types.js';

/** Names of the kinds of adjustment, as the adjustment request writes them. */
export const TYPE_LABELS: Record<ChangeType, Msg> = {
  add: { zh: '增加', en: 'added' },
  remove: { zh: '取消', en: 'removed' },
  modify: { zh: '调整', en: 'modified' },
  transfer: { zh: '移交', en: 'transferred' },
  delegate: { zh: '赋权', en: 'delegated' },
  recall: { zh: '收回', en: 'recalled' },
  renumber: { zh: '编号调整', en: 'renumbered' },
};

/** Names of item fields in reports. */
export const FIELD_LABELS: Record<string, Msg> = {
  name: { zh: '事项名称', en: 'name' },
  list: { zh: '清单类型', en: 'list' },
  domain: { zh: '所属领域', en: 'domain' },
  category: { zh: '类别', en: 'category' },
  power: { zh: '权力类型', en: 'power type' },
  method: { zh: '工作方式', en: 'working method' },
  notes: { zh: '备注', en: 'notes' },
  steps: { zh: '施工图', en: 'steps' },
  manual: { zh: '说明书', en: 'manual' },
  case: { zh: '模拟案例', en: 'case' },
  'lead.party': { zh: '主体责任单位', en: 'lead' },
  'lead.duties': { zh: '主体责任', en: 'lead duties' },
  'lead.office': { zh: '主体责任承办机构', en: 'lead office' },
  support: { zh: '配合单位', en: 'supporting party' },
  'support.party': { zh: '配合单位名称', en: 'supporting party name' },
  'support.duties': { zh: '配合责任', en: 'supporting duties' },
  'support.office': { zh: '配合承办机构', en: 'supporting office' },
  basis: { zh: '法律依据', en: 'legal basis' },
  delegation: { zh: '赋权记录', en: 'delegation' },
  id: { zh: '事项编号', en: 'id' },
};

/** Words of the diff reports. */
export const WORDS = {
  title: { zh: '清单动态调整', en: 'List adjustments' },
  worktree: { zh: '工作区', en: 'working tree' },
  none: { zh: '两个版本的清单没有差异', en: 'the lists of the two revisions are the same' },
  review: { zh: '需法制审核', en: 'needs legal review' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  missingReason: { zh: '缺少调整理由：申请表须写明理由（在事项的 change.reason 中填写，或按事项编号记入 changes.yaml）', en: 'no reason given: the request needs one (write it in the item\'s change.reason, or under the item\'s id in changes.yaml)' },
  missingRemovalReason: { zh: '缺少调整理由：取消的事项不在新版本中，请按事项编号把理由和提出单位记入 changes.yaml', en: 'no reason given: a removed item is not in the new revision; record the reason and requester under its id in changes.yaml' },
  staleReason: { zh: '（change.reason 与旧版本相同，说明的是以前的调整）', en: ' (change.reason is the same as in the old revision: it explains an earlier change)' },
  reason: { zh: '理由', en: 'reason' },
  requestedBy: { zh: '提出单位', en: 'requested by' },
  document: { zh: '文件', en: 'document' },
  date: { zh: '日期', en: 'date' },
  townships: { zh: '涉及乡镇（街道）', en: 'townships' },
  allTownships: { zh: '全部 {n} 个乡镇（街道）', en: 'all {n} townships' },
  countyOnly: { zh: '仅县级清单', en: 'the county list only' },
  reaches: { zh: '涉及', en: 'reaches' },
  renumbered: { zh: '编号 {old} → {id}', en: 'id {old} → {id}' },
  added: { zh: '增加', en: 'added' },
  removed: { zh: '删除', en: 'removed' },
  none_: { zh: '（无）', en: '(none)' },
  summary: { zh: '共 {n} 项调整：{types}', en: '{n} changes: {types}' },
  summaryReview: { zh: '需法制审核 {n} 项', en: '{n} need legal review' },
  summaryMissing: { zh: '缺少理由 {n} 项', en: '{n} without a reason' },
  summaryTowns: { zh: '涉及乡镇（街道）{n} 个', en: '{n} townships affected' },
  problems: {
    zh: '⚠ {side}有 {n} 个问题使部分内容无法读取，比对结果可能不完整（运行 resp validate 查看）：',
    en: '⚠ the {side} has {n} problems that keep parts from being read; the comparison may be incomplete (run resp validate):',
  },
  sideFrom: { zh: '旧版本', en: 'old revision' },
  sideTo: { zh: '新版本', en: 'new revision' },
  county: { zh: '县', en: 'county' },
} satisfies Record<string, Msg>;

/** The label of a field in the chosen language (the field path itself when unknown). */
export function fieldLabel(field: string, lang: Lang): string {
  return FIELD_LABELS[field]?.[lang] ?? field;
}
