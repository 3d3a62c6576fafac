//! The main window: the web UI loaded from the in-process server. Closing it hides it (the app
//! keeps answering in the tray); a second launch, the tray and a notification click show it.

use tauri::{AppHandle, Manager, WebviewUrl, WebviewWindowBuilder, Window, WindowEvent};

use crate::shop::Shop;

/// The main window's label.
pub const MAIN: &str = "main";

/// Opens the main window on the inbox (hidden when `visible` is false: started at login).
pub fn create(app: &AppHandle, shop: &Shop, visible: bool) -> anyhow::Result<()> {
    // The fragment signs the UI in; it is never sent to the server.
    let url = format!("{}/#token={}", shop.url, shop.token).parse()?;
    WebviewWindowBuilder::new(app, MAIN, WebviewUrl::External(url))
        .title("夜猫客服 Owldesk")
        .inner_size(1280.0, 800.0)
        .min_inner_size(900.0, 600.0)
        .visible(visible)
        .build()?;
    Ok(())
}

/// Shows the main window in front.
pub fn show(app: &AppHandle) {
    if let Some(w) = app.get_webview_window(MAIN) {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}

/// Shows the window on the inbox, on a conversation when given (a notification was clicked).
pub fn open_inbox(app: &AppHandle, conversation: Option<&str>) {
    let Some(shop) = app.try_state::<Shop>() else {
        return;
    };
    let target = format!(
        "{}{}",
        shop.url,
        owldesk_server::desktop::inbox_path(conversation)
    );
    let handle = app.clone();
    let _ = app.run_on_main_thread(move || {
        if let Some(w) = handle.get_webview_window(MAIN)
            && let Ok(url) = target.parse()
            && let Err(e) = w.navigate(url)
        {
            tracing::warn!(error = %e, "could not open the conversation");
        }
        show(&handle);
    });
}

/// Closing the main window hides it to the tray instead of quitting.
pub fn on_event(window: &Window, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event
        && window.label() == MAIN
    {
        api.prevent_close();
        let _ = window.hide();
        tracing::info!("the window was closed: Owldesk keeps answering in the tray");
    }
}
