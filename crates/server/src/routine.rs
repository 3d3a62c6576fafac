//! The shop's routine work beside the API: the periodic tick (snoozes waking, the response-time
//! guard, auto-resolve, override expiry, the morning briefing) and phone alerts for urgent
//! escalations. `owldesk serve` and the desktop app both start it with [`start`], on the tokio
//! runtime they run the server on.

use std::time::Duration;

use owldesk_core::Core;

/// How often the shop's clock-driven work runs (the response guard's precision).
pub const TICK_EVERY: Duration = Duration::from_secs(5);

/// Starts the periodic tick and the phone-alert delivery on the current tokio runtime.
pub fn start(core: Core) {
    tokio::spawn(tick_forever(core.clone()));
    owldesk_core::alerts::spawn_alerts(core, owldesk_core::alerts::Backoff::default());
}

/// Runs [`Core::tick`] periodically. The time comes from the core's clock.
async fn tick_forever(core: Core) {
    let mut tick = tokio::time::interval(TICK_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let c = core.clone();
        match tokio::task::spawn_blocking(move || c.tick()).await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "the periodic tick failed"),
            Err(e) => tracing::warn!(error = %e, "the periodic tick panicked"),
        }
    }
}
