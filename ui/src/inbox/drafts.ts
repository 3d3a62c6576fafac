// The drafts waiting for a person, as a plain model: applied to `draft_updated` events, a draft
// stays while pending and leaves when sent or discarded; oldest first, like the API lists them.
import type { Draft } from '../lib/api/client';

export class DraftsModel {
  readonly byId = new Map<string, Draft>();

  /** Replaces everything with a fresh list. */
  load(drafts: Draft[]) {
    this.byId.clear();
    for (const d of drafts) if (d.status === 'pending') this.byId.set(d.id, d);
  }

  /** Applies one draft as it is now; true when the list changed. */
  apply(d: Draft): boolean {
    if (d.status === 'pending') {
      this.byId.set(d.id, d);
      return true;
    }
    return this.byId.delete(d.id);
  }

  /** Pending drafts, oldest first. */
  list(): Draft[] {
    return [...this.byId.values()].sort((a, b) =>
      a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? -1 : 1,
    );
  }

  /** The oldest pending draft of a conversation. */
  forConversation(conversationId: string): Draft | null {
    return this.list().find((d) => d.conversation_id === conversationId) ?? null;
  }
}
