// Turns a conversation's messages into the lines the transcript shows: buyer, assistant,
// person and notes, with a system line after each buyer message the assistant escalated.
import type { Conversation, Decision, Message } from '../lib/api/client';

export type Line =
  | { kind: 'message'; message: Message }
  | { kind: 'system'; id: string; reason: string; rule: string | null; orderStatus: string | null };

/** The transcript, oldest first. `messages` may come newest first (as the API sends them). */
export function transcript(messages: Message[], conversation: Conversation | null): Line[] {
  const sorted = [...messages].sort((a, b) =>
    a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? -1 : 1,
  );
  const out: Line[] = [];
  for (const m of sorted) {
    out.push({ kind: 'message', message: m });
    const d = m.decision;
    if (m.direction === 'incoming' && d?.action === 'escalate') {
      out.push({
        kind: 'system',
        id: `${m.id}-esc`,
        reason: d.reason ?? 'unknown',
        rule: d.rule ?? null,
        orderStatus: conversation?.order?.status ?? null,
      });
    }
  }
  return out;
}

/** The latest decision of the assistant on a buyer message, if any. */
export function lastDecision(messages: Message[]): Decision | null {
  const withDecision = transcript(messages, null)
    .flatMap((l) => (l.kind === 'message' && l.message.decision ? [l.message.decision] : []));
  return withDecision.at(-1) ?? null;
}

/** The text of the latest buyer message and of the latest person reply after it. */
export function questionAndReply(messages: Message[]): { question: string; reply: string } {
  const lines = transcript(messages, null).flatMap((l) => (l.kind === 'message' ? [l.message] : []));
  let question = '';
  let reply = '';
  for (const m of lines) {
    if (m.direction === 'incoming' && m.kind === 'text' && m.text.trim()) {
      question = m.text;
      reply = '';
    } else if (m.author === 'agent' && !m.private && m.direction === 'outgoing') {
      reply = m.text;
    }
  }
  return { question, reply };
}
