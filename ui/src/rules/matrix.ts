// The handoff matrix (message kind × order status → answer normally or always hand over),
// stored as ordinary rules with well-known ids so the engine needs no new concept:
//
// - `matrix_text_handover`: text messages in the listed statuses go to a person.
// - `matrix_image_answer`, `matrix_video_answer`: images/videos in the listed statuses are
//   answered normally; elsewhere the built-in media guard hands them over.
//
// Keyword rules are the rules whose only condition is `text_contains_any`.
import type { MessageKind, OrderStatus, Priority, Rule } from '../lib/api/client';
import { ORDER_STATUSES } from '../lib/orderStatus';

export type Cell = 'answer' | 'handover';
export type MatrixKind = Extract<MessageKind, 'text' | 'image' | 'video'>;
export const MATRIX_KINDS: MatrixKind[] = ['text', 'image', 'video'];
export type Matrix = Record<MatrixKind, Record<OrderStatus, Cell>>;

/** What happens without any rule: text is answered, media goes to a person. */
export function defaultCell(kind: MatrixKind): Cell {
  return kind === 'text' ? 'answer' : 'handover';
}

/** The id of the rule that holds a kind's exceptions to the default. */
export function ruleId(kind: MatrixKind): string {
  return kind === 'text' ? 'matrix_text_handover' : `matrix_${kind}_answer`;
}

function statusesOf(rule: Rule | undefined): OrderStatus[] {
  if (!rule || !rule.enabled) return [];
  for (const c of rule.conditions) if (c.type === 'order_status_in') return c.statuses;
  return [];
}

/** The matrix the rules describe. */
export function readMatrix(rules: Rule[]): Matrix {
  const m = {} as Matrix;
  for (const kind of MATRIX_KINDS) {
    const exceptions = new Set(statusesOf(rules.find((r) => r.id === ruleId(kind))));
    const other: Cell = defaultCell(kind) === 'answer' ? 'handover' : 'answer';
    m[kind] = Object.fromEntries(
      ORDER_STATUSES.map((s) => [s, exceptions.has(s) ? other : defaultCell(kind)]),
    ) as Record<OrderStatus, Cell>;
  }
  return m;
}

/** The rule for one kind's row of the matrix, or null when the row is all default (delete it). */
export function rowRule(kind: MatrixKind, row: Record<OrderStatus, Cell>): Rule | null {
  const statuses = ORDER_STATUSES.filter((s) => row[s] !== defaultCell(kind));
  if (statuses.length === 0) return null;
  return {
    id: ruleId(kind),
    name: kind === 'text' ? '按订单状态转人工 (by order status)' : `按订单状态回答${kind === 'image' ? '图片' : '视频'} (by order status)`,
    event: 'message_received',
    conditions: [
      { type: 'kind_in', kinds: [kind] },
      { type: 'order_status_in', statuses },
    ],
    actions: kind === 'text' ? [{ type: 'escalate', priority: 'normal' }] : [{ type: 'answer' }],
    enabled: true,
  };
}

/** True when the rule is one of the matrix's. */
export function isMatrixRule(r: Rule): boolean {
  return MATRIX_KINDS.some((k) => ruleId(k) === r.id);
}

/** A keyword rule: a message containing any of `words` goes to a person. */
export function keywordRule(id: string, name: string, words: string[], priority: Priority): Rule {
  return {
    id,
    name,
    event: 'message_received',
    conditions: [{ type: 'text_contains_any', words }],
    actions: [{ type: 'escalate', priority }],
    enabled: true,
  };
}

/** The words of a keyword rule, or null for other rules. */
export function keywordsOf(r: Rule): string[] | null {
  if (r.conditions.length !== 1) return null;
  const c = r.conditions[0];
  return c?.type === 'text_contains_any' ? c.words : null;
}
