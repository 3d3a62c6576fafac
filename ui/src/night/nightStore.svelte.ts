// The assistant's mode now, open or closed, and the next switch: fetched at sign-in, again just
// after each switch (and at least every minute), on every reconnect, and after any change made
// in the UI or announced by the server (drafts, briefings, conversations changing hands).
import { api } from '../lib/session.svelte';
import { listen } from '../lib/live.svelte';
import type { ModeOverride, ScheduleStatus } from '../lib/api/client';
import { refreshDelay } from './night';

export const night = $state({ status: null as ScheduleStatus | null, error: '' });

let timer: ReturnType<typeof setTimeout> | null = null;
let started = false;

/** Fetches the status now and schedules the next fetch. */
export async function refreshStatus() {
  if (timer) clearTimeout(timer);
  try {
    night.status = await api.scheduleStatus();
    night.error = '';
  } catch (e) {
    night.error = String(e);
  }
  timer = setTimeout(() => void refreshStatus(), refreshDelay(night.status?.next_switch, Date.now()));
}

/** Starts following the status (once). */
export function followStatus() {
  if (started) return;
  started = true;
  void refreshStatus();
  listen({
    event(ev) {
      if (ev.type === 'briefing_ready' || ev.type === 'draft_updated') void refreshStatus();
    },
    resync: () => void refreshStatus(),
  });
}

/** Sets the mode by hand until a time. */
export async function setOverride(o: ModeOverride) {
  await api.setOverride(o);
  await refreshStatus();
}

/** Ends the manual override. */
export async function endOverride() {
  await api.endOverride();
  await refreshStatus();
}
