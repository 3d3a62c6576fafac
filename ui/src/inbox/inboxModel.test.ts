import { describe, expect, it } from 'vitest';
import { InboxModel, rank } from './inboxModel';
import { conv, esc } from '../test/fixtures';

describe('inbox ranking', () => {
  it('puts urgent first, then upset and after-sale, then the longest wait', () => {
    const rows = [
      { escalation: esc('late-normal', { created_at: '2026-11-20T12:00:00Z' }), conversation: undefined },
      { escalation: esc('early-normal', { created_at: '2026-11-20T08:00:00Z' }), conversation: undefined },
      { escalation: esc('anger', { reason: 'anger', priority: 'urgent', created_at: '2026-11-20T13:00:00Z' }), conversation: undefined },
      { escalation: esc('after-sale', { reason: 'after_sale', priority: 'urgent', created_at: '2026-11-20T07:00:00Z' }), conversation: undefined },
    ];
    expect(rank(rows).map((r) => r.escalation.id), 'urgency, then reason, then waiting time').toEqual([
      'anger',
      'after-sale',
      'early-normal',
      'late-normal',
    ]);
  });

  it('ranks 10,000 rows quickly enough to stay smooth', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      escalation: esc(`e${i}`, { created_at: new Date(Date.UTC(2026, 10, 20, 0, i % 1440)).toISOString() }),
      conversation: undefined,
    }));
    expect(rank(rows)).toHaveLength(10_000);
  });
});

describe('InboxModel', () => {
  it('adds a live escalation as unread and asks for its unknown conversation', () => {
    const m = new InboxModel();
    m.load([], []);
    const missing = m.apply({ type: 'escalation_created', escalation: esc('e1') });
    expect(missing, 'the conversation must be fetched').toBe('c-e1');
    expect(m.unread.size).toBe(1);
    expect(m.rows({ reason: '', status: '' })).toHaveLength(1);
  });

  it('drops a resolved escalation and its unread mark', () => {
    const m = new InboxModel();
    m.load([esc('e1')], [conv('c-e1')]);
    m.apply({ type: 'escalation_created', escalation: esc('e2', { conversation_id: 'c-e1' }) });
    m.apply({ type: 'escalation_updated', escalation: esc('e2', { status: 'resolved' }) });
    expect([...m.escalations.keys()]).toEqual(['e1']);
    expect(m.unread.size, 'a resolved escalation is not unread').toBe(0);
  });

  it('filters by reason and status and joins conversations', () => {
    const m = new InboxModel();
    m.load(
      [esc('a', { reason: 'media' }), esc('b', { status: 'snoozed' }), esc('c', { status: 'resolved' })],
      [conv('c-a')],
    );
    expect(m.rows({ reason: 'media', status: '' }).map((r) => r.escalation.id)).toEqual(['a']);
    expect(m.rows({ reason: '', status: 'snoozed' }).map((r) => r.escalation.id)).toEqual(['b']);
    expect(m.rows({ reason: '', status: '' }), 'resolved ones are not loaded').toHaveLength(2);
    expect(m.rows({ reason: 'media', status: '' })[0]?.conversation?.customer).toBe('buyer-c-a');
  });

  it('updates a conversation from an event', () => {
    const m = new InboxModel();
    m.load([esc('a')], [conv('c-a')]);
    m.apply({ type: 'conversation_updated', conversation: conv('c-a', { last_text: 'new text' }) });
    expect(m.rows({ reason: '', status: '' })[0]?.conversation?.last_text).toBe('new text');
  });
});
