// Live events from `GET /api/v1/events` (Server-Sent Events). The browser's EventSource cannot
// send the bearer token, so the stream is read with `fetch` and parsed with eventsource-parser.
// It reconnects after a failure; `lagged` (events missed) and every reconnect ask for a reload.
import { createParser } from 'eventsource-parser';
import type { DomainEvent } from './client';

/** What the subscriber hears. */
export interface EventHandlers {
  event: (e: DomainEvent) => void;
  /** Events may have been missed: reload what is shown. */
  resync: () => void;
  /** The stream is up (true) or down (false). */
  status?: (connected: boolean) => void;
}

/** Parses one SSE message into a DomainEvent, or null for anything else. */
export function parseEvent(name: string | undefined, data: string): DomainEvent | 'lagged' | null {
  if (name === 'lagged') return 'lagged';
  try {
    const v = JSON.parse(data) as DomainEvent;
    return v && typeof v === 'object' && 'type' in v ? v : null;
  } catch {
    return null;
  }
}

/** Streams events until `signal` aborts. */
export async function streamEvents(
  url: string,
  token: () => string | null,
  on: EventHandlers,
  signal: AbortSignal,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<void> {
  let first = true;
  let delay = 500;
  while (!signal.aborted) {
    try {
      const t = token();
      const res = await fetchImpl(url, {
        headers: { Accept: 'text/event-stream', ...(t ? { Authorization: `Bearer ${t}` } : {}) },
        signal,
      });
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      on.status?.(true);
      if (!first) on.resync();
      first = false;
      delay = 500;
      const parser = createParser({
        onEvent(msg) {
          const ev = parseEvent(msg.event, msg.data);
          if (ev === 'lagged') on.resync();
          else if (ev) on.event(ev);
        },
      });
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
    } catch {
      if (signal.aborted) return;
    }
    on.status?.(false);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 10_000);
  }
}
