// The server writes activity lines in plain English with raw codes ("escalated: after_sale:
// "衣服破了", order 交易成功", "resolved by owner", "snoozed by owner until 2026-…"). The API has no
// structured form of them, so the known shapes are parsed here into parts the UI words in its
// language; anything else is shown as the server wrote it.
import type { EscalationReason, MessageKind, OrderStatus } from '../lib/api/client';
import type { MessageKey } from '../lib/i18n/en';
import { when } from '../lib/format';
import { statusName } from '../lib/orderStatus';

const reasons: readonly EscalationReason[] = ['anger', 'after_sale', 'media', 'human', 'unknown', 'rule'];
const kinds: readonly MessageKind[] = ['text', 'image', 'video', 'file'];

export type SystemLine =
  | {
      type: 'escalated';
      reason: EscalationReason;
      /** The rule's name, for `rule NAME`. */
      rule?: string;
      /** The buyer's words, when the message was text. */
      quote?: string;
      /** The kind of media the buyer sent, when it was not text. */
      media?: MessageKind;
      /** The order's status, when an order was attached. */
      order?: string;
    }
  | { type: 'resolved'; by: string }
  | { type: 'auto_resolved' }
  | { type: 'snoozed'; by: string; until: string }
  | { type: 'raw'; text: string };

/** Parses one activity line; `raw` when the shape is unknown. */
export function parseSystemLine(text: string): SystemLine {
  const raw: SystemLine = { type: 'raw', text };
  const s = text.trim();
  if (s === 'resolved automatically: idle') return { type: 'auto_resolved' };
  let m = /^resolved by (.+)$/s.exec(s);
  if (m) return { type: 'resolved', by: m[1]! };
  m = /^snoozed by (.+?) until (\S+)$/s.exec(s);
  if (m) return { type: 'snoozed', by: m[1]!, until: m[2]! };
  m = /^escalated: (rule (.+?)|[a-z_]+): (.*)$/s.exec(s);
  if (!m) return raw;
  const reason = (m[2] !== undefined ? 'rule' : m[1]) as EscalationReason;
  if (!reasons.includes(reason)) return raw;
  let rest = m[3]!;
  let order: string | undefined;
  const o = /, order (\S+)$/.exec(rest);
  if (o) {
    order = o[1];
    rest = rest.slice(0, o.index);
  }
  const out: SystemLine = { type: 'escalated', reason, ...(m[2] !== undefined ? { rule: m[2] } : {}), ...(order ? { order } : {}) };
  const q = /^"(.*)"$/s.exec(rest);
  if (q) return { ...out, quote: q[1] };
  const k = /^(\w+) from buyer$/.exec(rest);
  if (k && kinds.includes(k[1] as MessageKind)) return { ...out, media: k[1] as MessageKind };
  return raw;
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The line in the UI's language. */
export function systemText(text: string, t: T, locale: string): string {
  const l = parseSystemLine(text);
  switch (l.type) {
    case 'raw':
      return l.text;
    case 'auto_resolved':
      return t('sys.autoResolved');
    case 'resolved':
      return t('sys.resolved', { name: l.by });
    case 'snoozed':
      return t('sys.snoozed', { name: l.by, time: when(l.until, locale) || l.until });
    case 'escalated': {
      const reason = l.rule ? `${t('reason.rule')} “${l.rule}”` : t(`reason.${l.reason}`);
      const parts = [t('sys.escalated', { reason })];
      if (l.quote !== undefined) parts.push(`“${l.quote}”`);
      if (l.media) parts.push(t('sys.media', { kind: t(`kind.${l.media}`) }));
      if (l.order) parts.push(t('sys.order', { status: statusName(l.order as OrderStatus, locale) || l.order }));
      return parts.join(t('sys.sep'));
    }
  }
}

/**
 * An escalation's one-line gist (the server's `after_sale: "…", order 交易成功`) without the reason,
 * which the UI shows as a badge: the buyer's words or media, and the order status, localized.
 */
export function gistText(gist: string, t: T, locale: string): string {
  const l = parseSystemLine(`escalated: ${gist}`);
  if (l.type !== 'escalated') return gist;
  const parts: string[] = [];
  if (l.rule) parts.push(`${t('reason.rule')} “${l.rule}”`);
  if (l.quote !== undefined) parts.push(`“${l.quote}”`);
  if (l.media) parts.push(t('sys.media', { kind: t(`kind.${l.media}`) }));
  if (l.order) parts.push(t('sys.order', { status: statusName(l.order as OrderStatus, locale) || l.order }));
  return parts.join(t('sys.sep')) || gist;
}
