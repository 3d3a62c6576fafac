import { describe, expect, it } from 'vitest';
import { DraftsModel } from './drafts';
import type { Draft } from '../lib/api/client';

const draft = (id: string, over: Partial<Draft> = {}): Draft => ({
  id,
  conversation_id: `c-${id}`,
  message_id: `m-${id}`,
  text: `draft ${id}`,
  status: 'pending',
  created_at: '2026-11-21T10:00:00Z',
  ...over,
});

describe('drafts', () => {
  it('keeps pending drafts oldest first and drops them when sent or discarded', () => {
    const m = new DraftsModel();
    m.load([draft('b', { created_at: '2026-11-21T10:05:00Z' }), draft('a'), draft('old', { status: 'sent' })]);
    expect(m.list().map((d) => d.id), 'a sent draft is not listed').toEqual(['a', 'b']);
    expect(m.apply(draft('c', { created_at: '2026-11-21T09:00:00Z' }))).toBe(true);
    expect(m.list()[0]?.id).toBe('c');
    expect(m.apply(draft('a', { status: 'sent', decided_by: 'owner' }))).toBe(true);
    expect(m.apply(draft('b', { status: 'discarded' }))).toBe(true);
    expect(m.apply(draft('zzz', { status: 'discarded' })), 'unknown and not pending: no change').toBe(false);
    expect(m.list().map((d) => d.id)).toEqual(['c']);
  });

  it('finds the draft of a conversation, and its edit replaces it', () => {
    const m = new DraftsModel();
    m.load([draft('a')]);
    m.apply(draft('a', { text: 'edited' }));
    expect(m.forConversation('c-a')?.text).toBe('edited');
    expect(m.forConversation('c-x')).toBeNull();
  });
});
