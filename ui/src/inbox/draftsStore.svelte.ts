// Drafted replies (assist mode) as reactive state, live over `draft_updated`, with the
// conversation of each (for the buyer's name and last message).
import { api } from '../lib/session.svelte';
import { listen } from '../lib/live.svelte';
import type { Conversation, Draft } from '../lib/api/client';
import { DraftsModel } from './drafts';

const model = new DraftsModel();
export const drafts = $state({
  list: [] as Draft[],
  conversations: {} as Record<string, Conversation>,
  loaded: false,
});

function refresh() {
  drafts.list = model.list();
  for (const d of drafts.list) {
    if (!(d.conversation_id in drafts.conversations)) {
      void api.conversation(d.conversation_id).then((c) => (drafts.conversations[c.id] = c));
    }
  }
}

/** Loads the drafts afresh. */
export async function loadDrafts() {
  model.load(await api.drafts());
  drafts.loaded = true;
  refresh();
}

/** Applies a draft as it is now (after sending or discarding it here). */
export function putDraft(d: Draft) {
  if (model.apply(d)) refresh();
}

/** Forgets a draft that is no longer pending. */
export function dropDraft(id: string) {
  const d = model.byId.get(id);
  if (d) putDraft({ ...d, status: 'sent' });
}

/** The pending draft of a conversation, if any. */
export function draftFor(conversationId: string): Draft | null {
  return drafts.list.find((d) => d.conversation_id === conversationId) ?? null;
}

let started = false;
/** Starts following drafts (once). */
export function followDrafts() {
  if (started) return;
  started = true;
  listen({
    event(ev) {
      if (ev.type === 'draft_updated') putDraft(ev.draft);
      else if (ev.type === 'conversation_updated' && ev.conversation.id in drafts.conversations)
        drafts.conversations[ev.conversation.id] = ev.conversation;
    },
    resync: () => void loadDrafts(),
  });
}
