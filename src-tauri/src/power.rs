//! The app's own upkeep, on a loop: every few seconds and whenever an escalation changes, read the
//! shop's status and show it in the tray, and follow the owner's desktop settings — start at
//! login (the official autostart plugin) and, while the assistant answers by itself (auto mode),
//! keep the computer from sleeping (keepawake: systemd's inhibitor on Linux, a power assertion on
//! macOS, the execution state on Windows).

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use owldesk_core::Core;
use owldesk_domain::{DesktopSettings, DomainEvent, Mode};
use tauri::{AppHandle, Manager};
use tauri_plugin_autostart::ManagerExt;
use tokio::sync::Notify;
use tokio::sync::broadcast::error::RecvError;

use crate::shop::Shop;
use crate::tray::{self, Status};

/// How often the status is read when nothing happens (the mode changes with the clock too).
const EVERY: Duration = Duration::from_secs(5);

/// Wakes the status loop at once (after a tray action).
pub struct Nudge(pub Arc<Notify>);

/// The arguments the app is started with at login: in the tray, on this data directory when one
/// was chosen by hand.
pub fn login_args(data_dir: Option<&Path>) -> Vec<&'static str> {
    let mut args = vec!["--hidden"];
    if let Some(dir) = data_dir {
        // The plugin keeps `&'static str`s; this is made once per run.
        let dir: &'static str = Box::leak(dir.display().to_string().into_boxed_str());
        args.extend(["--data-dir", dir]);
    }
    args
}

/// What the loop read.
struct Snapshot {
    status: Status,
    desktop: DesktopSettings,
}

/// Starts the status loop on Tauri's runtime.
pub fn spawn_status(app: AppHandle) {
    let nudge = Arc::new(Notify::new());
    app.manage(Nudge(nudge.clone()));
    let core = app.state::<Shop>().core.clone();
    tauri::async_runtime::spawn(async move {
        let mut events = core.subscribe();
        let mut tick = tokio::time::interval(EVERY);
        let mut upkeep = Upkeep::default();
        loop {
            tokio::select! {
                ev = events.recv() => match ev {
                    Ok(DomainEvent::EscalationCreated { .. } | DomainEvent::EscalationUpdated { .. })
                    | Err(RecvError::Lagged(_)) => {}
                    Ok(_) => continue,
                    Err(RecvError::Closed) => break,
                },
                _ = tick.tick() => {}
                () = nudge.notified() => {}
            }
            let c = core.clone();
            let a = app.clone();
            let done = tokio::task::spawn_blocking(move || {
                let outcome = snapshot(&c).map(|snap| upkeep.follow(&a, snap));
                (upkeep, outcome)
            })
            .await;
            upkeep = match done {
                Ok((u, Ok(()))) => u,
                Ok((u, Err(e))) => {
                    tracing::warn!(error = %e, "could not read the shop's status");
                    u
                }
                Err(e) => {
                    tracing::warn!(error = %e, "reading the shop's status panicked");
                    Upkeep::default()
                }
            };
        }
    });
}

/// What the loop last did, so it acts only on a change: the tray is redrawn when what it shows
/// changed, start at login is touched when the owner's answer changed.
#[derive(Default)]
struct Upkeep {
    shown: Option<Status>,
    login: Option<bool>,
    awake: Awake,
}

impl Upkeep {
    fn follow(&mut self, app: &AppHandle, snap: Snapshot) {
        self.awake
            .follow(snap.desktop.keep_awake && snap.status.mode == Mode::Auto);
        if let Some(want) = snap.desktop.start_at_login
            && self.login != Some(want)
            && follow_login(app, want)
        {
            self.login = Some(want);
        }
        if self.shown.as_ref() != Some(&snap.status) {
            tray::refresh(app, snap.status.clone());
            self.shown = Some(snap.status);
        }
    }
}

fn snapshot(core: &Core) -> owldesk_core::Result<Snapshot> {
    let settings = core.settings()?;
    let status = core.schedule_status()?;
    let tz = settings.schedule.time_zone().ok();
    let local = |t: jiff::Timestamp| match &tz {
        Some(tz) => t.to_zoned(tz.clone()).strftime("%H:%M").to_string(),
        None => t.strftime("%H:%M UTC").to_string(),
    };
    Ok(Snapshot {
        status: Status {
            mode: status.mode,
            until: status.next_switch.map(local),
            next_open: status.next_open.map(local),
            waiting: core.waiting_escalations()?,
        },
        desktop: settings.desktop,
    })
}

/// Starts at login or not, as the owner answered; true when the system now agrees.
fn follow_login(app: &AppHandle, want: bool) -> bool {
    let launch = app.autolaunch();
    match launch.is_enabled() {
        Ok(on) if on == want => true,
        Ok(_) => {
            let done = if want {
                launch.enable()
            } else {
                launch.disable()
            };
            match done {
                Ok(()) => {
                    tracing::info!(start_at_login = want, "start at login changed");
                    true
                }
                Err(e) => {
                    tracing::warn!(error = %e, "could not change start at login");
                    false
                }
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, "could not read whether Owldesk starts at login");
            false
        }
    }
}

/// Keeping the computer awake: held while wanted, released when not.
#[derive(Default)]
struct Awake {
    held: Option<keepawake::KeepAwake>,
    /// It was asked for and failed: say so once, not every few seconds.
    failed: bool,
}

impl Awake {
    fn follow(&mut self, want: bool) {
        match (want, self.held.is_some()) {
            (true, false) if !self.failed => {
                let made = keepawake::Builder::default()
                    .idle(true)
                    .sleep(true)
                    .reason("Owldesk answers buyers in auto mode")
                    .app_name("Owldesk")
                    .app_reverse_domain("com.owldesk.desktop")
                    .create();
                match made {
                    Ok(k) => {
                        tracing::info!("keeping the computer awake while in auto mode");
                        self.held = Some(k);
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "could not keep the computer awake");
                        self.failed = true;
                    }
                }
            }
            (false, true) => {
                self.held = None;
                tracing::info!("the computer may sleep again");
            }
            (false, false) => self.failed = false,
            _ => {}
        }
    }
}
