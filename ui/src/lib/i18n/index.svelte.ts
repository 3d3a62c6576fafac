// The UI's languages: zh-CN and English. The first choice follows the system (navigator
// languages); a switch is remembered in localStorage. `t(key, params)` fills `{name}` slots.
import { en, type MessageKey } from './en';
import { zh } from './zh';

export type Locale = 'zh-CN' | 'en';
const STORE = 'owldesk.locale';
const tables: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };

/** The locale for a list of preferred languages (zh* → zh-CN, anything else → en). */
export function pickLocale(preferred: readonly string[], saved: string | null): Locale {
  if (saved === 'zh-CN' || saved === 'en') return saved;
  for (const lang of preferred) {
    const l = lang.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

/** Fills `{name}` slots of `template` from `params`. */
export function fill(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

function initial(): Locale {
  if (typeof window === 'undefined') return 'zh-CN';
  return pickLocale(navigator.languages ?? [navigator.language], localStorage.getItem(STORE));
}

export const i18n = $state({ locale: initial() });

/** Switches the language and remembers it. */
export function setLocale(l: Locale) {
  i18n.locale = l;
  localStorage.setItem(STORE, l);
  document.documentElement.lang = l;
}

/** The text for `key` in the current language. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return fill(tables[i18n.locale][key] ?? en[key], params);
}
