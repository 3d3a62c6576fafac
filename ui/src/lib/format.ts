// Small formatting helpers shared by the screens.
import type { MessageKey } from './i18n/en';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** "12 min", "3 h", "2 d" between `fromIso` and `nowMs`. */
export function waited(fromIso: string | null | undefined, nowMs: number, t: T): string {
  if (!fromIso) return '';
  const mins = Math.max(0, Math.floor((nowMs - Date.parse(fromIso)) / 60_000));
  if (mins < 1) return t('time.now');
  if (mins < 60) return t('time.min', { n: mins });
  const hours = Math.floor(mins / 60);
  if (hours < 48) return t('time.hour', { n: hours });
  return t('time.day', { n: Math.floor(hours / 24) });
}

/** A local date and time, short. */
export function when(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(locale, {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A confidence in [0, 1] as a percentage. */
export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
