import { defineRule } from './define-rule.js';

/** Reported when the project configuration is applied: a rule level set for a rule id that does not exist. */
export default defineRule({
  id: 'unknown-rule',
  category: 'policy',
  severity: 'warning',
  title: { zh: '规则级别设置的规则不存在', en: 'Rule level set for an unknown rule' },
  messages: {
    unknown: {
      zh: 'rules 中的规则 {rule} 不存在{guess}，这项设置不起作用',
      en: 'rules sets a level for {rule}, which does not exist{guess}; the setting has no effect',
      hint: { zh: '规则编号见 resp rules；写对编号后设置才生效', en: 'see resp rules for rule ids; the level applies once the id is right' },
    },
  },
  docs: {
    why: {
      zh: 'resp.yaml 的 rules 按规则编号调整级别或关闭规则。编号写错（或规则已改名）时，设置什么也不做：想关掉的误报照旧出现，想提高的级别照旧不变，而文件看起来已经配置好了。',
      en: 'rules in resp.yaml sets a level per rule id, or turns a rule off. A misspelt (or renamed) id does nothing: the alarm meant to be switched off still appears, the level meant to be raised stays, and the file looks configured.',
    },
    bad: 'kind: config\njurisdiction: {name: 示例县, level: 县}\nprofile: national\nrules:\n  township-enforcment: warning\n',
    good: 'kind: config\njurisdiction: {name: 示例县, level: 县}\nprofile: national\nrules:\n  township-enforcement: warning\n',
    source: 'resp 配置：rules 按规则编号设置级别（resp rules 列出全部规则）',
  },
});
