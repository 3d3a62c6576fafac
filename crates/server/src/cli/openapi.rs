//! `owldesk openapi`: print the API's OpenAPI document, the source of the UI's generated types.
//!
//! The document is generated from the handlers' `utoipa` attributes (see the crate root). The
//! UI keeps a committed copy (`ui/src/lib/api/openapi.json`) and types generated from it;
//! `cargo xtask test` compares this output with that copy to catch drift.

use std::io::Write;
use std::process::ExitCode;

/// Prints the document, pretty-printed, with a final newline.
pub fn run() -> anyhow::Result<ExitCode> {
    let json = owldesk_server::openapi().to_pretty_json()?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{json}")?;
    Ok(ExitCode::SUCCESS)
}
