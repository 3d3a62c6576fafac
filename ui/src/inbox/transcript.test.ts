import { describe, expect, it } from 'vitest';
import { lastDecision, questionAndReply, transcript } from './transcript';
import { msg } from '../test/fixtures';
import type { Decision } from '../lib/api/client';

const escalate = {
  action: 'escalate',
  reason: 'media',
  confidence: 0.1,
  draft: 'draft text',
  trace: { normalized: '', tokens: [], candidates: [], fired: ['guard:media'], mood: 'calm' },
} as unknown as Decision;

describe('transcript', () => {
  it('orders oldest first, shows activity as system lines and each message once', () => {
    const lines = transcript([
      msg('2', { created_at: '2026-11-20T10:05:00Z', direction: 'outgoing', author: 'agent' }),
      msg('a', { created_at: '2026-11-20T10:00:01Z', direction: 'activity', author: 'system', text: 'escalated: media' }),
      msg('1', { decision: escalate }),
      msg('1', { decision: escalate }),
      msg('n', { created_at: '2026-11-20T10:06:00Z', direction: 'activity', author: 'agent', text: 'note' }),
    ]);
    expect(lines.map((l) => l.kind), 'a note is a bubble').toEqual(['message', 'system', 'message', 'message']);
    const sys = lines[1];
    expect(sys?.kind === 'system' && sys.text).toBe('escalated: media');
  });

  it('finds the last decision and the question with the person reply after it', () => {
    const ms = [
      msg('1', { text: '能开发票吗', decision: escalate }),
      msg('2', { created_at: '2026-11-20T10:01:00Z', direction: 'outgoing', author: 'agent', text: '可以开' }),
      msg('3', { created_at: '2026-11-20T10:02:00Z', direction: 'activity', author: 'agent', text: 'note' }),
    ];
    expect(lastDecision(ms)?.draft).toBe('draft text');
    expect(questionAndReply(ms)).toEqual({ question: '能开发票吗', reply: '可以开' });
  });
});
