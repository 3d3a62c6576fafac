// The inbox as reactive state: loads the waiting escalations and their conversations, follows
// live events, and exposes ranked rows, the count and the unread count.
import { InboxModel, type InboxFilter, type InboxRow } from './inboxModel';
import { api } from '../lib/session.svelte';
import { listen } from '../lib/live.svelte';
import type { Conversation, Escalation } from '../lib/api/client';

const model = new InboxModel();

export const inbox = $state({
  rows: [] as InboxRow[],
  count: 0,
  unread: 0,
  loaded: false,
  filter: { reason: '', status: '' } as InboxFilter,
});

function refresh() {
  inbox.rows = model.rows(inbox.filter);
  inbox.count = model.escalations.size;
  inbox.unread = model.unread.size;
}

async function all<T>(page: (cursor?: string) => Promise<{ items: T[]; next_cursor?: string | null }>) {
  const out: T[] = [];
  let cursor: string | undefined;
  // The server pages at most 500 at a time; 10,000 open escalations are 20 requests.
  for (let i = 0; i < 100; i++) {
    const p = await page(cursor);
    out.push(...p.items);
    if (!p.next_cursor) break;
    cursor = p.next_cursor;
  }
  return out;
}

/** Loads the inbox afresh. */
export async function loadInbox() {
  const [open, snoozed, convOpen, convSnoozed] = await Promise.all([
    all<Escalation>((c) => api.escalations('open', 500, c)),
    all<Escalation>((c) => api.escalations('snoozed', 500, c)),
    all<Conversation>((c) => api.conversations({ status: 'open', limit: 500, cursor: c })),
    all<Conversation>((c) => api.conversations({ status: 'snoozed', limit: 500, cursor: c })),
  ]);
  model.load([...open, ...snoozed], [...convOpen, ...convSnoozed]);
  inbox.loaded = true;
  refresh();
}

/** Re-ranks after a filter change. */
export function setFilter(f: InboxFilter) {
  inbox.filter = f;
  refresh();
}

/** Marks an escalation as seen. */
export function markRead(id: string) {
  model.read(id);
  refresh();
}

/** Updates a conversation the inbox shows (after an action). */
export function putConversation(c: Conversation) {
  model.conversations.set(c.id, c);
  refresh();
}

/** Removes an escalation (after resolve). */
export function dropEscalation(e: Escalation) {
  model.apply({ type: 'escalation_updated', escalation: e });
  refresh();
}

let started = false;
/** Starts following live events (once). */
export function followInbox() {
  if (started) return;
  started = true;
  listen({
    event(ev) {
      const missing = model.apply(ev);
      refresh();
      if (missing)
        void api.conversation(missing).then((c) => {
          model.conversations.set(c.id, c);
          refresh();
        });
    },
    resync: () => void loadInbox(),
  });
}
