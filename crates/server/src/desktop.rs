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
//! owner clicks it, the inbox is opened in the browser on that conversation
//! (`{ui}/inbox?conversation=<id>`, with `xdg-open`) and the click is logged. macOS and Windows
//! show the notification without an action. The policy (what, when) is not here: it is
//! `owldesk_core::notifications`.

use owldesk_core::notifications::{Notification, NotificationKind};
use owldesk_core::notifier::Notifier;
use owldesk_core::{CoreError, Result};

/// The application name the notification daemon shows.
pub const APP_NAME: &str = "owldesk";

/// Shows notifications on the desktop this process runs on.
#[derive(Debug, Clone)]
pub struct DesktopNotifier {
    /// The web UI's address (`http://127.0.0.1:7878`) to open on a click; none: clicks are only
    /// logged.
    ui: Option<String>,
}

impl DesktopNotifier {
    /// Checks that notifications can be shown here and returns the notifier with a description
    /// of the daemon (`dunst 1.9.0`). `ui` is the web UI's address to open on a click.
    ///
    /// # Errors
    /// [`CoreError::Unavailable`] when there is no session bus or no notification daemon on it.
    pub fn probe(ui: Option<String>) -> Result<(Self, String)> {
        #[cfg(all(unix, not(target_os = "macos")))]
        let daemon = {
            let info = notify_rust::get_server_information()
                .map_err(|e| CoreError::Unavailable(format!("no notification daemon: {e}")))?;
            format!("{} {}", info.name, info.version)
        };
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        let daemon = String::from("the system's notification centre");
        Ok((Self { ui }, daemon))
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
                NotificationKind::Digest => notify_rust::Urgency::Normal,
            };
            n.urgency(urgency)
                .action("default", "打开 / Open")
                .hint(notify_rust::Hint::Category("im.received".into()));
            let handle = n
                .show()
                .map_err(|e| CoreError::Unavailable(format!("showing a notification: {e}")))?;
            let url = self.ui.as_ref().map(|ui| {
                format!(
                    "{}/inbox?conversation={}",
                    ui.trim_end_matches('/'),
                    note.conversation_id
                )
            });
            let conversation = note.conversation_id.clone();
            // Waiting for the click blocks until the notification closes: a thread of its own.
            std::thread::spawn(move || {
                handle.wait_for_action(|action| {
                    if action != "default" {
                        return;
                    }
                    tracing::info!(%conversation, "a notification was clicked");
                    if let Some(url) = &url
                        && let Err(e) = std::process::Command::new("xdg-open").arg(url).spawn()
                    {
                        tracing::warn!(error = %e, "could not open the inbox in a browser");
                    }
                });
            });
        }
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        {
            let _ = (&self.ui, note.kind == NotificationKind::Digest);
            n.show()
                .map(|_| ())
                .map_err(|e| CoreError::Unavailable(format!("showing a notification: {e}")))?;
        }
        Ok(())
    }
}
