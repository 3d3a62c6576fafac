//! Running other programs: `cargo`, `apt-get`, `owldesk`.
//!
//! Every command is echoed before it runs (so a failing stage shows exactly what to re-run by
//! hand), runs in the workspace root unless the caller says otherwise, and a non-zero exit
//! becomes an error naming the command. Nothing here interprets a program's output; callers that
//! need it use [`output`].

use anyhow::{Context, Result, bail};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};

/// The workspace root (the directory holding the top `Cargo.toml`).
pub fn workspace_root() -> PathBuf {
    // xtask lives one level below the root; this holds however cargo was invoked.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ has a parent directory")
        .to_path_buf()
}

/// A `cargo` command in the workspace root, using the cargo that started xtask (so the
/// toolchain pinned in `rust-toolchain.toml` is the one used throughout).
pub fn cargo<I, S>(args: I) -> Command
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(args).current_dir(workspace_root());
    cmd
}

/// Runs `cmd` with inherited stdio and waits for it.
///
/// # Errors
/// When the program cannot be started or exits unsuccessfully; the message shows the command.
pub fn run(cmd: &mut Command) -> Result<()> {
    let status = status(cmd)?;
    if !status.success() {
        bail!("`{}` failed ({})", display(cmd), describe(status));
    }
    Ok(())
}

/// Runs `cmd` with inherited stdio and returns its exit status, whatever it is.
///
/// # Errors
/// When the program cannot be started.
pub fn status(cmd: &mut Command) -> Result<ExitStatus> {
    println!("$ {}", display(cmd));
    cmd.status()
        .with_context(|| format!("could not start `{}`", display(cmd)))
}

/// Runs `cmd` quietly (not echoed, stdin closed) and returns its stdout. Its stderr is captured
/// and shown in the error unless the caller redirected it.
///
/// # Errors
/// When the program cannot be started or exits unsuccessfully.
pub fn output(cmd: &mut Command) -> Result<String> {
    let out = cmd
        .stdin(std::process::Stdio::null())
        .output()
        .with_context(|| format!("could not start `{}`", display(cmd)))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        bail!(
            "`{}` failed ({}){}{}",
            display(cmd),
            describe(out.status),
            if stderr.trim().is_empty() { "" } else { ":\n" },
            stderr.trim_end()
        );
    }
    String::from_utf8(out.stdout).with_context(|| format!("`{}` printed non-UTF-8", display(cmd)))
}

/// True when `cmd` starts and exits successfully; its output is discarded.
pub fn succeeds(cmd: &mut Command) -> bool {
    cmd.stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The command line as a person would type it (`cargo`, not the toolchain's full path).
pub fn display(cmd: &Command) -> String {
    let program = cmd.get_program();
    let program = match Path::new(program).file_stem() {
        Some(stem) if stem == "cargo" => stem,
        _ => program,
    };
    std::iter::once(program)
        .chain(cmd.get_args())
        .map(|a| {
            let a = a.to_string_lossy();
            if a.is_empty() || a.contains(char::is_whitespace) {
                format!("'{a}'")
            } else {
                a.into_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn describe(status: ExitStatus) -> String {
    match status.code() {
        Some(code) => format!("exit code {code}"),
        None => "killed by a signal".to_owned(),
    }
}
