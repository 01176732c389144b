import type { Lang } from '../i18n.js';
import type { Citation } from './cite.js';
import { toChinese } from './numerals.js';

/** 第九条第二款第（三）项 in Chinese; "art. 9(2)(iii)"-like text in English. */
export function articleText(c: Pick<Citation, 'article' | 'paragraph' | 'item'>, lang: Lang): string {
  if (c.article === undefined) return '';
  if (lang === 'en') {
    return `art. ${c.article}` + (c.paragraph ? ` para. ${c.paragraph}` : '') + (c.item ? ` item ${c.item}` : '');
  }
  return `第${toChinese(c.article)}条` + (c.paragraph ? `第${toChinese(c.paragraph)}款` : '') + (c.item ? `第（${toChinese(c.item)}）项` : '');
}
