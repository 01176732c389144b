/** User-facing language: Chinese by default, English with --lang en. */
export type Lang = 'zh' | 'en';

/** A message in both languages; `{name}` placeholders are filled by `fmt`. */
export interface Msg {
  zh: string;
  en: string;
}

/** True for a zh/en pair. */
export function isMsg(v: unknown): v is Msg {
  return typeof v === 'object' && v !== null && typeof (v as Msg).zh === 'string' && typeof (v as Msg).en === 'string';
}

/**
 * Fill `{name}` placeholders of a message in the chosen language. An argument is a plain value (a name,
 * a number, an id: the same in both languages) or a zh/en pair, of which the chosen language's text is used.
 */
export function fmt(msg: Msg, lang: Lang, args: Record<string, unknown> = {}): string {
  return msg[lang].replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in args)) return whole;
    const v = args[key];
    return isMsg(v) ? v[lang] : String(v);
  });
}

/** Pick the language from an explicit flag, then RESP_LANG, else Chinese. */
export function resolveLang(flag?: string): Lang {
  const v = (flag ?? process.env.RESP_LANG ?? 'zh').toLowerCase();
  return v.startsWith('en') ? 'en' : 'zh';
}

/** A zh/en pair made by writing a text in each language: an argument the renderer picks from. */
export function both(text: (lang: Lang) => string): Msg {
  return { zh: text('zh'), en: text('en') };
}
