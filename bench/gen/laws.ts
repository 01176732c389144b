/**
 * Laws the generated items cite, with articles that exist in the built-in catalogue's current text
 * and are not renumbered ones (so the corpus validates clean unless a defect is planted on purpose).
 */
export const LAWS: Record<string, { title: string; articles: string[] }> = {
  land: { title: '中华人民共和国土地管理法', articles: ['第六十七条第一款', '第七十四条', '第七十五条', '第七十九条', '第八十一条', '第八十二条'] },
  planning: { title: '中华人民共和国城乡规划法', articles: ['第六十四条', '第六十六条', '第六十八条'] },
  forest: { title: '中华人民共和国森林法', articles: ['第七十三条', '第七十四条', '第七十六条', '第七十八条'] },
  wildlife: { title: '中华人民共和国野生动物保护法', articles: ['第四十八条', '第五十二条'] },
  air: { title: '中华人民共和国大气污染防治法', articles: ['第一百一十八条', '第一百一十九条第一款', '第九十九条'] },
  water: { title: '中华人民共和国水污染防治法', articles: ['第八十三条', '第八十五条', '第九十一条'] },
  solid: { title: '中华人民共和国固体废物污染环境防治法', articles: ['第一百一十一条', '第一百一十二条'] },
  env: { title: '中华人民共和国环境保护法', articles: ['第五十九条', '第六十三条'] },
  safety: { title: '中华人民共和国安全生产法', articles: ['第九十三条', '第九十五条', '第一百零二条', '第一百一十条'] },
  fire: { title: '中华人民共和国消防法', articles: ['第六十条', '第六十四条', '第六十六条'] },
  food: { title: '中华人民共和国食品安全法', articles: ['第一百二十二条', '第一百二十四条', '第一百二十六条'] },
  quality: { title: '中华人民共和国产品质量法', articles: ['第四十九条', '第五十条'] },
  equipment: { title: '中华人民共和国特种设备安全法', articles: ['第八十四条', '第八十六条'] },
  ads: { title: '中华人民共和国广告法', articles: ['第五十五条', '第五十八条'] },
  consumer: { title: '中华人民共和国消费者权益保护法', articles: ['第五十六条'] },
  flood: { title: '中华人民共和国防洪法', articles: ['第五十四条', '第五十六条'] },
  waterlaw: { title: '中华人民共和国水法', articles: ['第六十五条', '第六十七条'] },
  river: { title: '中华人民共和国河道管理条例', articles: ['第四十四条', '第四十五条'] },
  cityscape: { title: '城市市容和环境卫生管理条例', articles: ['第三十四条', '第三十六条'] },
  village: { title: '村庄和集镇规划建设管理条例', articles: ['第三十七条', '第三十九条'] },
  animal: { title: '中华人民共和国动物防疫法', articles: ['第九十七条', '第一百条'] },
  road: { title: '中华人民共和国公路法', articles: ['第七十六条', '第七十七条', '第八十一条'] },
  building: { title: '建设工程质量管理条例', articles: ['第五十七条', '第六十四条'] },
  construction: { title: '建设工程安全生产管理条例', articles: ['第五十五条', '第五十七条'] },
  local: { title: '示例省农村人居环境治理条例', articles: ['第二十一条', '第三十五条', '第四十二条'] },
};

/** The repository's own law catalogue entry for the local regulation cited above. */
export const LOCAL_LAW = {
  title: '示例省农村人居环境治理条例',
  short: ['农村人居环境治理条例'],
  level: '地方性法规',
  issuer: '示例省人民代表大会常务委员会',
  version: '2024修正',
  effective: '2024-03-01',
  articles: 48,
};
