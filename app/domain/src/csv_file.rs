//! Every CSV file Gemba writes, through the csv crate (RFC 4180: CRLF after every record, fields
//! quoted only when they hold a comma, quote or line break).
//!
//! Files meant for people to open in a spreadsheet (the asset export, the competency matrix, the
//! 300 log) neutralise a cell that a spreadsheet would run as a formula: one starting with `=`,
//! `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP, CSV injection). Files
//! read by machines (the ITA uploads) are written exactly as given.
use std::borrow::Cow;

pub struct CsvFile {
    w: csv::Writer<Vec<u8>>,
    for_people: bool,
    failed: Option<String>,
}

/// The characters a spreadsheet reads as the start of a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `cell` as a spreadsheet shows it without running it.
pub fn neutralised(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_START) { Cow::Owned(format!("'{cell}")) } else { Cow::Borrowed(cell) }
}

/// A cell read back from a file Gemba wrote for people: the `'` added by [`neutralised`] is taken
/// off again, so an export imports as it was.
pub fn restored(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => cell,
    }
}

impl CsvFile {
    /// For machines: every field as given.
    pub fn exact() -> Self {
        Self::new(false)
    }

    /// For people: formula cells neutralised.
    pub fn for_spreadsheets() -> Self {
        Self::new(true)
    }

    fn new(for_people: bool) -> Self {
        let w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .quote_style(csv::QuoteStyle::Necessary)
            .from_writer(Vec::new());
        CsvFile { w, for_people, failed: None }
    }

    pub fn row<I, F>(&mut self, fields: I)
    where
        I: IntoIterator<Item = F>,
        F: AsRef<str>,
    {
        let result = if self.for_people {
            let owned: Vec<String> = fields.into_iter().map(|f| neutralised(f.as_ref()).into_owned()).collect();
            self.w.write_record(&owned)
        } else {
            self.w.write_record(fields.into_iter().map(|f| f.as_ref().to_string()))
        };
        if let Err(e) = result {
            self.failed.get_or_insert(e.to_string());
        }
    }

    /// The file, or why it could not be written.
    pub fn finish(self) -> Result<String, String> {
        if let Some(e) = self.failed {
            return Err(e);
        }
        let bytes = self.w.into_inner().map_err(|e| e.error().to_string())?;
        String::from_utf8(bytes).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_a_spreadsheet_would_run_are_neutralised_in_files_for_people_only() {
        let row = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "plain", "a,b"];
        let mut people = CsvFile::for_spreadsheets();
        people.row(row);
        assert_eq!(
            people.finish().unwrap(),
            "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",plain,\"a,b\"\r\n"
        );
        let mut machine = CsvFile::exact();
        machine.row(["-2", "=x"]);
        assert_eq!(machine.finish().unwrap(), "-2,=x\r\n");
        for cell in row {
            assert_eq!(restored(&neutralised(cell)), cell, "an export imports as it was");
        }
        assert_eq!(restored("'quoted"), "'quoted", "a quote typed by a person stays");
    }
}
