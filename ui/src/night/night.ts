// Night mode logic without the DOM: the override's "until" time, the API's field errors, the
// weekly-hours editor's day model, and the next-switch wording. Tested in night.test.ts.
import type { Schemas } from '../lib/api/client';

export type Mode = Schemas['Mode'];
export type Span = Schemas['Span'];
export type Schedule = Schemas['Schedule'];
export const modes: readonly Mode[] = ['auto', 'assist', 'off'];

/** `HH:MM` on the day after `now` (local time), as RFC 3339 ("auto until 08:00 tomorrow"). */
export function tomorrowAt(hhmm: string, now: Date): string {
  const [h, m] = hhmm.split(':').map(Number);
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, h ?? 8, m ?? 0, 0, 0);
  return d.toISOString();
}

/** A local `datetime-local` value (`YYYY-MM-DDTHH:MM`) for an instant. */
export function localInput(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * The field a validation error names, from the server's `invalid <field>: <message>`, with the
 * `schedule.` prefix removed (`weekly[2][0].end`). Null when the message names none.
 */
export function errorField(message: string): { field: string; message: string } | null {
  const m = /^invalid ([\w.[\]]+): (.*)$/s.exec(message);
  if (!m) return null;
  return { field: m[1]!.replace(/^(schedule|alerts|settings)\./, ''), message: m[2]! };
}

/** True when the error's field is `field` or inside it (`weekly[2]` holds `weekly[2][0].end`). */
export function errorAt(err: { field: string } | null, field: string): boolean {
  if (!err) return false;
  return err.field === field || err.field.startsWith(`${field}[`) || err.field.startsWith(`${field}.`);
}

/** How one day of the week is kept: closed, open all day, or open in spans. */
export type DayKind = 'closed' | 'allday' | 'spans';

/** The kind of a day's spans. */
export function dayKind(spans: Span[]): DayKind {
  if (spans.length === 0) return 'closed';
  if (spans.length === 1 && spans[0]!.start === '00:00' && (spans[0]!.end === '24:00' || spans[0]!.end === '00:00'))
    return 'allday';
  return 'spans';
}

/** The spans for a day switched to `kind` (keeping the spans it had when there were some). */
export function withKind(spans: Span[], kind: DayKind): Span[] {
  if (kind === 'closed') return [];
  if (kind === 'allday') return [{ start: '00:00', end: '24:00' }];
  return dayKind(spans) === 'spans' ? spans : [{ start: '09:00', end: '23:00' }];
}

/** A fresh span after the day's last one (a two-hour evening span after it, when there is room). */
export function nextSpan(spans: Span[]): Span {
  const last = spans.at(-1);
  if (!last) return { start: '09:00', end: '18:00' };
  const [h] = last.end.split(':').map(Number);
  const start = Math.min((h ?? 18) + 1, 22);
  return { start: `${String(start).padStart(2, '0')}:00`, end: `${String(start + 1).padStart(2, '0')}:00` };
}

/** The default schedule the issue asks for: every day 09:00–23:00 in Asia/Shanghai. */
export function defaultSchedule(): Schedule {
  return { timezone: 'Asia/Shanghai', weekly: Array.from({ length: 7 }, () => [{ start: '09:00', end: '23:00' }]), special: [] };
}

/** "today 23:00", "tomorrow 09:00", or "Mon 11/24 09:00" for an instant, relative to `now`. */
export function relativeTime(
  iso: string,
  now: Date,
  locale: string,
  words: { today: string; tomorrow: string },
): string {
  const d = new Date(iso);
  const time = d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hour12: false });
  const day = (x: Date) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  const diff = Math.round((day(d) - day(now)) / 86_400_000);
  if (diff === 0) return `${words.today} ${time}`;
  if (diff === 1) return `${words.tomorrow} ${time}`;
  const date = d.toLocaleDateString(locale, { weekday: 'short', month: 'numeric', day: 'numeric' });
  return `${date} ${time}`;
}

/** When the status should next be fetched: just after its next switch, at most in `maxMs`. */
export function refreshDelay(nextSwitch: string | null | undefined, nowMs: number, maxMs = 60_000): number {
  if (!nextSwitch) return maxMs;
  const until = Date.parse(nextSwitch) - nowMs + 1_000;
  return Math.max(1_000, Math.min(maxMs, until));
}
