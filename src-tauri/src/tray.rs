//! The tray icon: the mode in its colour (green auto, amber assist, grey off), the number of
//! buyers waiting for a person as its title, a status line with the mode, until when and the
//! waiting, and a menu to open the inbox, switch the mode, pause until morning and quit. The menu's actions are single core calls; [`crate::power`]'s
//! status loop keeps the icon and the texts current.

use owldesk_domain::Mode;
use tauri::image::Image;
use tauri::menu::{CheckMenuItem, Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Manager, Wry};

use crate::power::Nudge;
use crate::shop::Shop;
use crate::window;
use crate::words::Lang;

const ICON_AUTO: &[u8] = include_bytes!("../../icons/tray/auto.png");
const ICON_ASSIST: &[u8] = include_bytes!("../../icons/tray/assist.png");
const ICON_OFF: &[u8] = include_bytes!("../../icons/tray/off.png");

/// What the tray shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The mode in force.
    pub mode: Mode,
    /// When the mode next changes (the hours or a mode set by hand ending), in the shop's time
    /// (`23:00`).
    pub until: Option<String>,
    /// The next opening, in the shop's time (`09:00`).
    pub next_open: Option<String>,
    /// Escalations waiting for a person.
    pub waiting: u64,
}

/// The tray and the menu items that change.
struct Tray {
    lang: Lang,
    icon: TrayIcon<Wry>,
    status: MenuItem<Wry>,
    modes: [(Mode, CheckMenuItem<Wry>); 3],
    pause: MenuItem<Wry>,
}

/// Creates the tray icon and its menu.
pub fn create(app: &AppHandle) -> tauri::Result<()> {
    let lang = Lang::of_system();
    let status = MenuItem::with_id(app, "status", "夜猫客服 Owldesk", false, None::<&str>)?;
    let item = |id: &str, zh: &'static str, en: &'static str| {
        MenuItem::with_id(app, id, lang.pick(zh, en), true, None::<&str>)
    };
    let open = item("open", "打开收件箱", "Open the inbox")?;
    let mode_item = |id: &str, zh: &'static str, en: &'static str| {
        CheckMenuItem::with_id(app, id, lang.pick(zh, en), true, false, None::<&str>)
    };
    let auto = mode_item("mode:auto", "自动回复", "Auto: answer by itself")?;
    let assist = mode_item(
        "mode:assist",
        "辅助: 起草回复, 您来发送",
        "Assist: draft replies for you",
    )?;
    let off = mode_item(
        "mode:off",
        "关闭: 全部由人工回复",
        "Off: people answer everything",
    )?;
    let schedule = item("mode:schedule", "按营业时间切换", "Follow business hours")?;
    let pause = MenuItem::with_id(app, "pause", lang.pause(None), true, None::<&str>)?;
    let quit = item("quit", "退出夜猫客服", "Quit Owldesk")?;
    let menu = Menu::with_items(
        app,
        &[
            &status,
            &open,
            &PredefinedMenuItem::separator(app)?,
            &auto,
            &assist,
            &off,
            &schedule,
            &pause,
            &PredefinedMenuItem::separator(app)?,
            &quit,
        ],
    )?;
    let icon = TrayIconBuilder::with_id("owldesk")
        .icon(Image::from_bytes(ICON_AUTO)?)
        .tooltip("夜猫客服 Owldesk")
        .menu(&menu)
        .show_menu_on_left_click(false)
        .on_menu_event(on_menu)
        .on_tray_icon_event(|tray, event| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                window::show(tray.app_handle());
            }
        })
        .build(app)?;
    app.manage(Tray {
        lang,
        icon,
        status,
        modes: [(Mode::Auto, auto), (Mode::Assist, assist), (Mode::Off, off)],
        pause,
    });
    Ok(())
}

/// Shows `status` in the tray (on the main thread).
pub fn refresh(app: &AppHandle, status: Status) {
    let handle = app.clone();
    let _ = app.run_on_main_thread(move || {
        let Some(tray) = handle.try_state::<Tray>() else {
            return;
        };
        let line = tray
            .lang
            .status(status.mode, status.until.as_deref(), status.waiting);
        let icon = match status.mode {
            Mode::Auto => ICON_AUTO,
            Mode::Assist => ICON_ASSIST,
            Mode::Off => ICON_OFF,
        };
        if let Ok(image) = Image::from_bytes(icon) {
            let _ = tray.icon.set_icon(Some(image));
        }
        let title = (status.waiting > 0).then(|| status.waiting.to_string());
        let _ = tray.icon.set_title(title);
        let _ = tray
            .icon
            .set_tooltip(Some(format!("夜猫客服 Owldesk: {line}")));
        let _ = tray.status.set_text(line);
        for (mode, item) in &tray.modes {
            let _ = item.set_checked(*mode == status.mode);
        }
        let _ = tray
            .pause
            .set_text(tray.lang.pause(status.next_open.as_deref()));
        let _ = tray.pause.set_enabled(status.next_open.is_some());
    });
}

/// A menu item was chosen.
fn on_menu(app: &AppHandle, event: MenuEvent) {
    let id = event.id().as_ref();
    let Some(shop) = app.try_state::<Shop>() else {
        return;
    };
    let outcome = match id {
        "open" => {
            window::show(app);
            return;
        }
        "quit" => {
            app.exit(0);
            return;
        }
        "mode:auto" => shop.core.switch_mode(Some(Mode::Auto), "owner (tray)"),
        "mode:assist" => shop.core.switch_mode(Some(Mode::Assist), "owner (tray)"),
        "mode:off" => shop.core.switch_mode(Some(Mode::Off), "owner (tray)"),
        "mode:schedule" => shop.core.switch_mode(None, "owner (tray)"),
        "pause" => shop.core.pause_until_open("owner (tray)"),
        _ => return,
    };
    match outcome {
        Ok(status) => tracing::info!(
            mode = status.mode.as_str(),
            action = id,
            "mode changed from the tray"
        ),
        Err(e) => tracing::warn!(error = %e, action = id, "the tray could not change the mode"),
    }
    if let Some(nudge) = app.try_state::<Nudge>() {
        nudge.0.notify_one();
    }
}
