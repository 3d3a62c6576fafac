//! The web UI Tauri embedded at build time (`ui/dist`, from `tauri.conf.json`), handed to the
//! in-process server so it serves the window (and any browser on this computer) the UI of this
//! very build.

use std::collections::HashSet;
use std::sync::Arc;

use owldesk_server::ui::{UiAsset, UiAssets};
use tauri::{AppHandle, AssetResolver, Wry};

/// The embedded UI build.
pub struct Embedded {
    resolver: AssetResolver<Wry>,
    /// The files of the build (`index.html`, `assets/index-1a2b.js`): Tauri's own lookup falls
    /// back to `index.html` for anything, and the server must tell a missing script from a route.
    files: HashSet<String>,
}

impl Embedded {
    /// The UI the app embeds.
    pub fn new(app: &AppHandle) -> Arc<Self> {
        let resolver = app.asset_resolver();
        let files = resolver
            .iter()
            .map(|(key, _)| key.trim_start_matches('/').to_owned())
            .collect();
        Arc::new(Self { resolver, files })
    }
}

impl UiAssets for Embedded {
    fn get(&self, path: &str) -> Option<UiAsset> {
        if !self.files.contains(path) {
            return None;
        }
        self.resolver.get(path.to_owned()).map(|a| UiAsset {
            bytes: a.bytes,
            mime: a.mime_type,
        })
    }
}
