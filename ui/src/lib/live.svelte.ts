// One live event stream for the whole app; screens subscribe to what they need.
import type { DomainEvent } from './api/client';
import { streamEvents } from './api/events';
import { session } from './session.svelte';

type Listener = { event: (e: DomainEvent) => void; resync: () => void };
const listeners = new Set<Listener>();
let controller: AbortController | null = null;

/** Starts the stream (once); stops it when the session ends. */
export function startLive() {
  if (controller) return;
  controller = new AbortController();
  void streamEvents(
    `${window.__OWLDESK__?.baseUrl ?? ''}/api/v1/events`,
    () => session.token,
    {
      event: (e) => listeners.forEach((l) => l.event(e)),
      resync: () => listeners.forEach((l) => l.resync()),
      status: (up) => (session.live = up),
    },
    controller.signal,
  );
}

/** Stops the stream. */
export function stopLive() {
  controller?.abort();
  controller = null;
  session.live = false;
}

/** Listens to events; returns the function that stops listening. */
export function listen(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
