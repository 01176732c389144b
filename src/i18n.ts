/** User-facing language: Chinese by default, English with --lang en. */
export type Lang = 'zh' | 'en';

/** A message in both languages; `{name}` placeholders are filled by `fmt`. */
export interface Msg {
  zh: string;
  en: string;
}

/** Fill `{name}` placeholders of a message in the chosen language. */
export function fmt(msg: Msg, lang: Lang, args: Record<string, unknown> = {}): string {
  return msg[lang].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in args ? String(args[key]) : whole,
  );
}

/** Pick the language from an explicit flag, then RESP_LANG, else Chinese. */
export function resolveLang(flag?: string): Lang {
  const v = (flag ?? process.env.RESP_LANG ?? 'zh').toLowerCase();
  return v.startsWith('en') ? 'en' : 'zh';
}
