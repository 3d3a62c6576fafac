//! FAQ as CSV: `id,question,paraphrases,answer,tags`, paraphrases and tags separated by `|`.
//!
//! This is the spreadsheet-friendly form owners edit in Excel or WPS. Variants per order status
//! do not fit a flat sheet and are kept only in JSON. Errors name the file, the line and the
//! column, so the owner can find the cell.

use owldesk_domain::{DomainError, FaqEntry, FaqId};
use std::collections::BTreeMap;

use crate::{CoreError, Result};

/// The header row, in order.
pub const HEADER: [&str; 5] = ["id", "question", "paraphrases", "answer", "tags"];

/// Parses FAQ CSV (UTF-8, with or without a BOM).
///
/// # Errors
/// [`CoreError::Invalid`] with `source line N, column NAME` and what is wrong.
pub fn parse(bytes: &[u8], source: &str) -> Result<Vec<FaqEntry>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
    let header = reader
        .headers()
        .map_err(|e| CoreError::invalid(format!("{source} line 1"), e.to_string()))?
        .clone();
    let columns: Vec<&str> = header.iter().map(str::trim).collect();
    if columns != HEADER {
        return Err(CoreError::invalid(
            format!("{source} line 1"),
            format!(
                "the header must be {}, found {}",
                HEADER.join(","),
                columns.join(",")
            ),
        ));
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            CoreError::invalid(format!("{source} line {line}"), e.to_string())
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let field = |i: usize| record.get(i).unwrap_or("").trim().to_owned();
        let entry = FaqEntry {
            id: FaqId(field(0)),
            question: field(1),
            paraphrases: split_list(&field(2)),
            answer: field(3),
            variants: BTreeMap::new(),
            tags: split_list(&field(4)),
            enabled: true,
        };
        entry
            .validate()
            .map_err(|DomainError::Invalid { field, message }| {
                let column = field.split(['[', '.']).next().unwrap_or(&field).to_owned();
                CoreError::invalid(format!("{source} line {line}, column {column}"), message)
            })?;
        out.push(entry);
    }
    Ok(out)
}

/// Writes entries as FAQ CSV with a header row.
///
/// # Errors
/// [`CoreError::Invalid`] if an entry cannot be written (it never should).
pub fn write(entries: &[FaqEntry]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| CoreError::invalid("csv", e.to_string());
    w.write_record(HEADER).map_err(fail)?;
    for e in entries {
        w.write_record([
            e.id.as_str(),
            &e.question,
            &e.paraphrases.join("|"),
            &e.answer,
            &e.tags.join("|"),
        ])
        .map_err(fail)?;
    }
    w.into_inner()
        .map_err(|e| CoreError::invalid("csv", e.to_string()))
}

fn split_list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_csv() {
        let csv = "id,question,paraphrases,answer,tags\n\
                   ship_time,什么时候发货?,几天发货|多久发出,\"亲,48小时内发货\",shipping\n";
        let entries = parse(csv.as_bytes(), "faq.csv").unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].paraphrases, vec!["几天发货", "多久发出"]);
        assert_eq!(
            entries[0].answer, "亲,48小时内发货",
            "quoted commas stay in the answer"
        );
        let again = parse(&write(&entries).unwrap(), "out.csv").unwrap();
        assert_eq!(again, entries, "export then import gives the same entries");
    }

    #[test]
    fn errors_name_line_and_column() {
        let csv = "id,question,paraphrases,answer,tags\nok_one,问?,,答,\nbad_one,问题二?,,,\n";
        let err = parse(csv.as_bytes(), "faq.csv").unwrap_err().to_string();
        assert!(
            err.contains("faq.csv line 3, column answer"),
            "names line and column: {err}"
        );
    }

    #[test]
    fn wrong_header_is_refused() {
        let err = parse(b"id,q,a\nx,y,z\n", "f.csv").unwrap_err().to_string();
        assert!(
            err.contains("line 1"),
            "header errors point at line 1: {err}"
        );
    }
}
