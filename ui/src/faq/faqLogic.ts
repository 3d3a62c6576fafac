// FAQ editing logic: search (questions, paraphrases, answers, ids; case-insensitive, so it works
// for Chinese and English), validation with the same rules as the server, placeholder preview.
import type { FaqEntry, FaqItem, OrderStatus } from '../lib/api/client';

/** The placeholders an answer may use (the server's list). */
export const PLACEHOLDERS = ['shop.name', 'order.id', 'order.status', 'order.tracking_no', 'order.carrier'];

/** True when `entry` matches the search text. */
export function matches(entry: FaqEntry, q: string): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  return [entry.id, entry.question, entry.answer, ...(entry.paraphrases ?? []), ...(entry.tags ?? [])].some((s) =>
    s.toLowerCase().includes(needle),
  );
}

/** Entries matching the text and tag, in the owner's order. */
export function search(items: FaqItem[], q: string, tag: string): FaqItem[] {
  return items.filter((i) => matches(i, q) && (!tag || (i.tags ?? []).includes(tag)));
}

/** Every tag in use, sorted. */
export function allTags(items: FaqEntry[]): string[] {
  return [...new Set(items.flatMap((i) => i.tags ?? []))].sort();
}

/** One problem with an entry. */
export type Problem =
  | { field: 'id'; key: 'faq.err.id' }
  | { field: 'question'; key: 'faq.err.question' | 'faq.err.duplicate' }
  | { field: 'answer'; key: 'faq.err.answer' }
  | { field: 'answer'; key: 'faq.err.placeholder'; name: string };

/** Placeholders `{...}` used in a text. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
}

/** What is wrong with `entry`, checked against the other entries. */
export function validate(entry: FaqEntry, others: FaqEntry[]): Problem[] {
  const out: Problem[] = [];
  if (!/^[a-z0-9_]{1,64}$/.test(entry.id)) out.push({ field: 'id', key: 'faq.err.id' });
  if (!entry.question.trim()) out.push({ field: 'question', key: 'faq.err.question' });
  else if (others.some((o) => o.id !== entry.id && o.question.trim() === entry.question.trim()))
    out.push({ field: 'question', key: 'faq.err.duplicate' });
  if (!entry.answer.trim()) out.push({ field: 'answer', key: 'faq.err.answer' });
  const texts = [entry.answer, ...Object.values(entry.variants ?? {})];
  for (const name of new Set(texts.flatMap(placeholdersIn)))
    if (!PLACEHOLDERS.includes(name)) out.push({ field: 'answer', key: 'faq.err.placeholder', name: `{${name}}` });
  return out;
}

/** Sample values for the preview, like the server's sample order. */
export function previewText(entry: FaqEntry, status: OrderStatus | '', shop: string): string {
  const text = (status && entry.variants?.[status]) || entry.answer;
  const values: Record<string, string> = {
    'shop.name': shop,
    'order.id': '240618-527304918263510',
    'order.status': status || '已发货',
    'order.tracking_no': '78461059328714',
    'order.carrier': '中通快递',
  };
  return text.replace(/\{([^{}]*)\}/g, (m, k: string) => values[k] ?? m);
}

/** A fresh id for a new entry: `faq_` and the time in base 36. */
export function newId(nowMs: number): string {
  return `faq_${nowMs.toString(36)}`;
}

/** Moves item `i` of a list by `d` places. */
export function move<T>(list: T[], i: number, d: number): T[] {
  const j = i + d;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j] as T, out[i] as T];
  return out;
}

/** True when the entry answers buyers (`enabled` is left out of the JSON when true). */
export function isOn(entry: FaqEntry): boolean {
  return entry.enabled !== false;
}

/** An empty entry. */
export function blank(nowMs: number): FaqEntry {
  return { id: newId(nowMs), question: '', paraphrases: [], answer: '', variants: {}, tags: [], enabled: true };
}
