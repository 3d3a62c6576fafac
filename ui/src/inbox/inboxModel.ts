// The inbox's state logic, free of Svelte and fetch so vitest can drive it: which escalations
// are waiting, joined with their conversations, ranked by urgency then waiting time, filtered,
// and kept current by live events.
import type { Conversation, DomainEvent, Escalation, EscalationReason } from '../lib/api/client';

export interface InboxRow {
  escalation: Escalation;
  conversation: Conversation | undefined;
}

export interface InboxFilter {
  reason: EscalationReason | '';
  status: 'open' | 'snoozed' | '';
}

const PRIORITY = { urgent: 0, high: 1, normal: 2, low: 3 } as const;
// Within one priority, upset buyers and after-sale problems come first.
const REASON: Record<EscalationReason, number> = {
  anger: 0,
  after_sale: 1,
  human: 2,
  rule: 3,
  media: 4,
  unknown: 5,
};

/** Ranks rows: priority, then reason, then the longest wait first. */
export function rank(rows: InboxRow[]): InboxRow[] {
  const key = (r: InboxRow) => [
    PRIORITY[r.escalation.priority],
    REASON[r.escalation.reason],
    Date.parse(r.conversation?.waiting_since ?? r.escalation.created_at),
  ];
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const d = (ka[i] ?? 0) - (kb[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.escalation.id < b.escalation.id ? -1 : 1;
  });
}

/** Keeps the rows that pass the filter. */
export function filterRows(rows: InboxRow[], f: InboxFilter): InboxRow[] {
  return rows.filter(
    (r) =>
      (f.reason === '' || r.escalation.reason === f.reason) &&
      (f.status === '' || r.escalation.status === f.status),
  );
}

/** The inbox as maps by id, updated by events. */
export class InboxModel {
  escalations = new Map<string, Escalation>();
  conversations = new Map<string, Conversation>();
  /** Escalations that arrived live and were not opened yet. */
  unread = new Set<string>();

  /** Replaces everything with a fresh load. */
  load(escalations: Escalation[], conversations: Conversation[]) {
    this.escalations = new Map(
      escalations.filter((e) => e.status !== 'resolved').map((e) => [e.id, e]),
    );
    this.conversations = new Map(conversations.map((c) => [c.id, c]));
    for (const id of this.unread) if (!this.escalations.has(id)) this.unread.delete(id);
  }

  /**
   * Applies one live event; returns the id of a conversation the model does not know yet
   * (the caller fetches it), or null.
   */
  apply(ev: DomainEvent): string | null {
    switch (ev.type) {
      case 'escalation_created':
      case 'escalation_updated': {
        const e = ev.escalation;
        if (e.status === 'resolved') {
          this.escalations.delete(e.id);
          this.unread.delete(e.id);
          return null;
        }
        if (ev.type === 'escalation_created' && !this.escalations.has(e.id)) this.unread.add(e.id);
        this.escalations.set(e.id, e);
        return this.conversations.has(e.conversation_id) ? null : e.conversation_id;
      }
      case 'conversation_updated':
        this.conversations.set(ev.conversation.id, ev.conversation);
        return null;
      default:
        return null;
    }
  }

  /** Marks an escalation as seen. */
  read(id: string) {
    this.unread.delete(id);
  }

  /** The ranked, filtered rows. */
  rows(f: InboxFilter): InboxRow[] {
    const rows = [...this.escalations.values()].map((escalation) => ({
      escalation,
      conversation: this.conversations.get(escalation.conversation_id),
    }));
    return rank(filterRows(rows, f));
  }
}
