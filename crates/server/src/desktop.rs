//! Desktop notifications with notify-rust: the [`Notifier`] `owldesk serve` (and later the
//! desktop shell) uses to show what the core's notification policy decides.
//!
//! On Linux and the BSDs notify-rust speaks D-Bus (`org.freedesktop.Notifications`, through
//! zbus, no GUI toolkit) to whatever notification daemon the desktop runs; on macOS and Windows
//! it uses the native centre. [`DesktopNotifier::probe`] asks the daemon who it is before the
//! server relies on it, so `serve` can say in its log that notifications are off when there is
//! no session bus or daemon (a server, a container, SSH).
//!
//! Clicks: on D-Bus every notification carries a `default` action ("打开 / Open"); when the
//! owner clicks it, the notifier's [`OnClick`] gets the conversation: `owldesk serve` opens the
//! inbox in the browser on it ([`open_in_browser`]: `{ui}/inbox?conversation=<id>`, with
//! `xdg-open`), the desktop app shows its window on it. macOS and Windows show the notification
//! without an action. The policy (what, when) is not here: it is `owldesk_core::notifications`.
//!
//! [`start`] probes the daemon and starts the core's notification listener with this notifier.

use std::sync::Arc;

use owldesk_core::notifications::{Notification, NotificationKind};
use owldesk_core::notifier::Notifier;
use owldesk_core::{Core, CoreError, Result};

/// The application name the notification daemon shows.
pub const APP_NAME: &str = "owldesk";

/// What a click on a notification does, given the conversation's id (none: the inbox, as for
/// the morning briefing).
pub type OnClick = Arc<dyn Fn(Option<&str>) + Send + Sync>;

/// The inbox's path in the web UI, on `conversation` when given.
pub fn inbox_path(conversation: Option<&str>) -> String {
    match conversation {
        Some(c) => format!("/inbox?conversation={c}"),
        None => "/inbox".to_owned(),
    }
}

/// A click that opens the web UI at `ui` (`http://127.0.0.1:7878`) in the browser on the
/// conversation.
pub fn open_in_browser(ui: String) -> OnClick {
    Arc::new(move |conversation: Option<&str>| {
        let url = format!("{}{}", ui.trim_end_matches('/'), inbox_path(conversation));
        if let Err(e) = std::process::Command::new("xdg-open").arg(&url).spawn() {
            tracing::warn!(error = %e, "could not open the inbox in a browser");
        }
    })
}

/// Shows notifications on the desktop this process runs on.
#[derive(Clone)]
pub struct DesktopNotifier {
    /// What a click does; none: clicks are only logged.
    on_click: Option<OnClick>,
}

impl std::fmt::Debug for DesktopNotifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DesktopNotifier")
            .field("on_click", &self.on_click.is_some())
            .finish()
    }
}

impl DesktopNotifier {
    /// Checks that notifications can be shown here and returns the notifier with a description
    /// of the daemon (`dunst 1.9.0`). `on_click` is what a click on a notification does.
    ///
    /// # Errors
    /// [`CoreError::Unavailable`] when there is no session bus or no notification daemon on it.
    pub fn probe(on_click: Option<OnClick>) -> Result<(Self, String)> {
        #[cfg(all(unix, not(target_os = "macos")))]
        let daemon = {
            let info = notify_rust::get_server_information()
                .map_err(|e| CoreError::Unavailable(format!("no notification daemon: {e}")))?;
            format!("{} {}", info.name, info.version)
        };
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        let daemon = String::from("the system's notification centre");
        Ok((Self { on_click }, daemon))
    }
}

impl Notifier for DesktopNotifier {
    fn deliver(&self, note: &Notification) -> Result<()> {
        let mut n = notify_rust::Notification::new();
        n.appname(APP_NAME).summary(&note.title).body(&note.body);
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            let urgency = match note.kind {
                NotificationKind::Urgent | NotificationKind::Reminder => {
                    notify_rust::Urgency::Critical
                }
                NotificationKind::Digest | NotificationKind::Briefing => {
                    notify_rust::Urgency::Normal
                }
            };
            n.urgency(urgency)
                .action("default", "打开 / Open")
                .hint(notify_rust::Hint::Category("im.received".into()));
            let handle = n
                .show()
                .map_err(|e| CoreError::Unavailable(format!("showing a notification: {e}")))?;
            let on_click = self.on_click.clone();
            let conversation = note.conversation_id.as_ref().map(ToString::to_string);
            // Waiting for the click blocks until the notification closes: a thread of its own.
            std::thread::spawn(move || {
                handle.wait_for_action(|action| {
                    if action != "default" {
                        return;
                    }
                    tracing::info!(?conversation, "a notification was clicked");
                    if let Some(click) = &on_click {
                        click(conversation.as_deref());
                    }
                });
            });
        }
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        {
            let _ = (&self.on_click, note.kind == NotificationKind::Digest);
            n.show()
                .map(|_| ())
                .map_err(|e| CoreError::Unavailable(format!("showing a notification: {e}")))?;
        }
        Ok(())
    }
}

/// Starts desktop notifications when a notification daemon answers (on the current tokio
/// runtime); logs why not otherwise. Returns true when they are on.
pub async fn start(core: Core, on_click: Option<OnClick>) -> bool {
    match tokio::task::spawn_blocking(move || DesktopNotifier::probe(on_click)).await {
        Ok(Ok((notifier, daemon))) => {
            tracing::info!(%daemon, "desktop notifications: on");
            owldesk_core::notifier::spawn_notifications(
                core,
                Arc::new(notifier),
                owldesk_core::notifier::NOTIFY_TICK,
            );
            true
        }
        Ok(Err(e)) => {
            tracing::info!(reason = %e, "desktop notifications: off");
            false
        }
        Err(e) => {
            tracing::warn!(error = %e, "desktop notifications: off (the check panicked)");
            false
        }
    }
}
