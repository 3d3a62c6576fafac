//! The API token: generated at first start, kept in `DATA_DIR/api-token` readable by the owner
//! only, and overridable with the `OWLDESK_API_TOKEN` environment variable.

use anyhow::Context;
use rand::RngCore;
use std::path::Path;

/// The token file's name inside the data directory.
pub const TOKEN_FILE: &str = "api-token";

/// The token to require: `OWLDESK_API_TOKEN` if set, else the stored one, else a new one (stored).
///
/// # Errors
/// When the token file cannot be read or written.
pub fn load_or_create(data_dir: &Path) -> anyhow::Result<String> {
    if let Ok(t) = std::env::var("OWLDESK_API_TOKEN")
        && !t.trim().is_empty()
    {
        return Ok(t.trim().to_owned());
    }
    let path = data_dir.join(TOKEN_FILE);
    if path.exists() {
        let t = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        if !t.trim().is_empty() {
            return Ok(t.trim().to_owned());
        }
    }
    let mut bytes = [0u8; 24];
    rand::rng().fill_bytes(&mut bytes);
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    write_private(&path, &token).with_context(|| format!("writing {}", path.display()))?;
    Ok(token)
}

#[cfg(unix)]
fn write_private(path: &Path, token: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(token.as_bytes())?;
    f.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, token: &str) -> std::io::Result<()> {
    // On Windows the file inherits the user profile's ACL, which is private to the user.
    std::fs::write(path, token)
}
