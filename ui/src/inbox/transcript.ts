// Turns a conversation's messages into the lines the transcript shows: buyer, assistant,
// person and notes (activity written by a person) as bubbles, and the server's activity records ("escalated: after_sale ...,
// order 已发货") as system lines.
import type { Decision, Message } from '../lib/api/client';

export type Line = { kind: 'message'; message: Message } | { kind: 'system'; id: string; text: string };

function sorted(messages: Message[]): Message[] {
  return [...messages].sort((a, b) =>
    a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? -1 : 1,
  );
}

/** The transcript, oldest first, each message once. `messages` may come newest first. */
export function transcript(messages: Message[]): Line[] {
  const seen = new Set<string>();
  const out: Line[] = [];
  for (const m of sorted(messages)) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    // A person's internal note is an activity record written by an agent: shown as a note.
    const system = m.direction === 'activity' && m.author !== 'agent';
    out.push(system ? { kind: 'system', id: m.id, text: m.text } : { kind: 'message', message: m });
  }
  return out;
}

/** The latest decision of the assistant on a buyer message, if any. */
export function lastDecision(messages: Message[]): Decision | null {
  const decided = sorted(messages).filter((m) => m.direction === 'incoming' && m.decision);
  return decided.at(-1)?.decision ?? null;
}

/** The text of the latest buyer message and of the latest person reply after it. */
export function questionAndReply(messages: Message[]): { question: string; reply: string } {
  let question = '';
  let reply = '';
  for (const m of sorted(messages)) {
    if (m.direction === 'incoming' && m.kind === 'text' && m.text.trim()) {
      question = m.text;
      reply = '';
    } else if (m.author === 'agent' && m.direction === 'outgoing') {
      reply = m.text;
    }
  }
  return { question, reply };
}
