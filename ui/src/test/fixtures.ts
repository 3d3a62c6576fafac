// Builders of API objects for the logic tests.
import type { Conversation, Escalation, Message } from '../lib/api/client';

export function esc(id: string, over: Partial<Escalation> = {}): Escalation {
  return {
    id,
    conversation_id: `c-${id}`,
    message_id: `m-${id}`,
    reason: 'unknown',
    status: 'open',
    priority: 'normal',
    summary: `summary ${id}`,
    created_at: '2026-11-20T10:00:00Z',
    ...over,
  } as Escalation;
}

export function conv(id: string, over: Partial<Conversation> = {}): Conversation {
  return {
    id,
    customer_id: `cu-${id}`,
    customer: `buyer-${id}`,
    channel: 'test',
    status: 'open',
    priority: 'normal',
    offered: [],
    created_at: '2026-11-20T09:00:00Z',
    updated_at: '2026-11-20T10:00:00Z',
    ...over,
  } as Conversation;
}

export function msg(id: string, over: Partial<Message> = {}): Message {
  return {
    id,
    conversation_id: 'c1',
    direction: 'incoming',
    author: 'customer',
    kind: 'text',
    text: `text ${id}`,
    private: false,
    created_at: '2026-11-20T10:00:00Z',
    ...over,
  } as Message;
}
