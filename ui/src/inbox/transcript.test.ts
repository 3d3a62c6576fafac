import { describe, expect, it } from 'vitest';
import { lastDecision, questionAndReply, transcript } from './transcript';
import { conv, msg } from '../test/fixtures';
import type { Decision } from '../lib/api/client';

const escalate = {
  action: 'escalate',
  reason: 'media',
  confidence: 0.1,
  draft: 'draft text',
  trace: { normalized: '', tokens: [], candidates: [], fired: ['guard:media'], mood: 'calm' },
} as unknown as Decision;

describe('transcript', () => {
  it('orders oldest first and adds a system line after an escalated buyer message', () => {
    const lines = transcript(
      [
        msg('2', { created_at: '2026-11-20T10:05:00Z', direction: 'outgoing', author: 'agent' }),
        msg('1', { decision: escalate }),
      ],
      conv('c1', { order: { id: 'o1', status: '已发货', items: [] } as never }),
    );
    expect(lines.map((l) => l.kind)).toEqual(['message', 'system', 'message']);
    const sys = lines[1];
    expect(sys?.kind === 'system' && sys.orderStatus).toBe('已发货');
  });

  it('finds the last decision and the question with the person reply after it', () => {
    const ms = [
      msg('1', { text: '能开发票吗', decision: escalate }),
      msg('2', { created_at: '2026-11-20T10:01:00Z', direction: 'outgoing', author: 'agent', text: '可以开' }),
      msg('3', { created_at: '2026-11-20T10:02:00Z', direction: 'outgoing', author: 'agent', private: true, text: 'note' }),
    ];
    expect(lastDecision(ms)?.draft).toBe('draft text');
    expect(questionAndReply(ms)).toEqual({ question: '能开发票吗', reply: '可以开' });
  });
});
