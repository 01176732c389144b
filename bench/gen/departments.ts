/** County departments: the name after the county's, short names, type, and names before the reforms. */
export interface DepartmentSpec {
  key: string;
  /** The name after the county's name (青禾县 + 自然资源和规划局). */
  tail: string;
  short: string[];
  type: '行政机关' | '法律法规授权组织' | '事业单位' | '派出机构' | '议事协调机构' | '其他';
  level?: '县级' | '市级派出';
  former?: string[];
}

/** The departments of one county, in registry order. */
export const DEPARTMENTS: DepartmentSpec[] = [
  { key: 'zr', tail: '自然资源和规划局', short: ['县自然资源和规划局', '县自然资源局'], type: '行政机关', former: ['国土资源局', '城乡规划局'] },
  { key: 'st', tail: '生态环境分局', short: ['县生态环境分局'], type: '派出机构', level: '市级派出', former: ['环境保护局'] },
  { key: 'zj', tail: '住房和城乡建设局', short: ['县住房和城乡建设局', '县住建局'], type: '行政机关' },
  { key: 'yj', tail: '应急管理局', short: ['县应急管理局', '县应急局'], type: '行政机关', former: ['安全生产监督管理局'] },
  { key: 'sc', tail: '市场监督管理局', short: ['县市场监督管理局', '县市场监管局'], type: '行政机关', former: ['工商行政管理局', '质量技术监督局', '食品药品监督管理局'] },
  { key: 'zf', tail: '综合行政执法局', short: ['县综合行政执法局', '县综合执法局'], type: '行政机关', former: ['城市管理行政执法局'] },
  { key: 'ny', tail: '农业农村局', short: ['县农业农村局'], type: '行政机关', former: ['农业局', '畜牧局'] },
  { key: 'sl', tail: '水利局', short: ['县水利局'], type: '行政机关' },
  { key: 'jt', tail: '交通运输局', short: ['县交通运输局', '县交通局'], type: '行政机关' },
  { key: 'gl', tail: '公路事业发展中心', short: ['县公路事业发展中心'], type: '事业单位', former: ['公路管理局'] },
  { key: 'ga', tail: '公安局', short: ['县公安局'], type: '行政机关' },
  { key: 'xf', tail: '消防救援大队', short: ['县消防救援大队'], type: '法律法规授权组织', former: ['公安消防大队'] },
  { key: 'wj', tail: '卫生健康局', short: ['县卫生健康局', '县卫健局'], type: '行政机关', former: ['卫生和计划生育局'] },
  { key: 'wl', tail: '文化和旅游局', short: ['县文化和旅游局', '县文旅局'], type: '行政机关', former: ['文化广电新闻出版局'] },
  { key: 'sf', tail: '司法局', short: ['县司法局'], type: '行政机关', former: ['法制办公室'] },
  { key: 'jy', tail: '教育和体育局', short: ['县教育和体育局', '县教体局'], type: '行政机关', former: ['教育局'] },
  { key: 'mz', tail: '民政局', short: ['县民政局'], type: '行政机关' },
  { key: 'rs', tail: '人力资源和社会保障局', short: ['县人力资源和社会保障局', '县人社局'], type: '行政机关' },
  { key: 'cz', tail: '财政局', short: ['县财政局'], type: '行政机关' },
  { key: 'ax', tail: '安全生产委员会办公室', short: ['县安委办'], type: '议事协调机构' },
];
