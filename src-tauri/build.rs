//! Tauri's build step: embeds the configuration, the icons and the built web UI (`ui/dist`).
fn main() {
    tauri_build::build();
}
