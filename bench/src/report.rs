//! The results: rows of measurements against their references and targets, printed as a table
//! and written into `bench/RESULTS.md` between two markers (the text around them is kept, so the
//! analysis written by hand survives a new run).

use std::fmt::Write as _;
use std::path::Path;

use crate::error::{HarnessError, Result};
use crate::stats::Summary;

/// Where the generated part of the results file starts.
const BEGIN_MARKER: &str =
    "<!-- bench:begin (scripts/bench rewrites everything up to bench:end) -->";

/// Where the generated part of the results file ends.
const END_MARKER: &str = "<!-- bench:end -->";

/// What a number counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Milliseconds.
    Ms,
    /// Mebibytes.
    Mb,
    /// Percent of one CPU core.
    PercentOfCore,
    /// Painted frames.
    Frames,
}

impl Unit {
    fn format(self, value: f64) -> String {
        match self {
            Unit::Ms => format!("{value:.1} ms"),
            Unit::Mb => format!("{value:.1} MiB"),
            Unit::PercentOfCore => format!("{value:.2} %"),
            Unit::Frames => format!("{value:.0}"),
        }
    }
}

/// What a measurement should reach.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// Measured to be known; no number to reach.
    None,
    /// The median must not exceed this.
    AtMost(f64),
    /// The median must not exceed this multiple of the reference's median.
    RatioAtMost(f64),
    /// The median may exceed the reference's by this fraction of it, or by `absolute`, whichever
    /// is larger.
    WithinOfReference {
        /// The allowed overhead as a fraction of the reference.
        fraction: f64,
        /// The allowed overhead in the row's unit.
        absolute: f64,
    },
}

/// The reference a value is compared with, measured in the same run.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// What it is.
    pub what: String,
    /// Its runs.
    pub value: Summary,
}

/// One line of the results table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The numbering, e.g. "1a".
    pub id: String,
    /// What was measured.
    pub what: String,
    /// The unit of the value and the reference.
    pub unit: Unit,
    /// The runs, or why there are none.
    pub value: std::result::Result<Summary, String>,
    /// What it is compared with.
    pub reference: Option<Reference>,
    /// What it should reach.
    pub target: Target,
}

/// Whether a row reached its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// It did.
    Met,
    /// It did not.
    Missed,
    /// There is no target.
    Informational,
    /// It could not be measured.
    NotMeasured,
}

impl Verdict {
    fn label(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::Missed => "**missed**",
            Verdict::Informational => "",
            Verdict::NotMeasured => "**not measured**",
        }
    }
}

impl Row {
    /// A row with a value and no reference or target yet.
    pub fn new(
        id: &str,
        what: impl Into<String>,
        unit: Unit,
        value: Option<Summary>,
        why_missing: &str,
    ) -> Self {
        Self {
            id: id.to_owned(),
            what: what.into(),
            unit,
            value: value.ok_or_else(|| why_missing.to_owned()),
            reference: None,
            target: Target::None,
        }
    }

    /// A row that could not be measured, and why.
    pub fn not_measured(id: &str, what: impl Into<String>, unit: Unit, why: String) -> Self {
        Self {
            id: id.to_owned(),
            what: what.into(),
            unit,
            value: Err(why),
            reference: None,
            target: Target::None,
        }
    }

    /// The same row compared with `value`, described as `what`.
    pub fn against(mut self, what: impl Into<String>, value: Option<Summary>) -> Self {
        self.reference = value.map(|value| Reference {
            what: what.into(),
            value,
        });
        self
    }

    /// The same row with a target.
    pub fn target(mut self, target: Target) -> Self {
        self.target = target;
        self
    }

    /// The value's median over the reference's, when both exist.
    pub fn ratio(&self) -> Option<f64> {
        let value = self.value.as_ref().ok()?;
        let reference = self.reference.as_ref()?;
        (reference.value.median > 0.0).then(|| value.median / reference.value.median)
    }

    /// Whether the row reached its target.
    pub fn verdict(&self) -> Verdict {
        let Ok(value) = &self.value else {
            return Verdict::NotMeasured;
        };
        let reference = self.reference.as_ref().map(|r| r.value.median);
        let met = match (&self.target, reference) {
            (Target::None, _) => return Verdict::Informational,
            (Target::AtMost(limit), _) => value.median <= *limit,
            (Target::RatioAtMost(limit), Some(_)) => {
                self.ratio().is_some_and(|ratio| ratio <= *limit)
            }
            (Target::WithinOfReference { fraction, absolute }, Some(reference)) => {
                value.median <= reference + (reference * fraction).max(*absolute)
            }
            // A relative target without its reference cannot be judged.
            (Target::RatioAtMost(_) | Target::WithinOfReference { .. }, None) => {
                return Verdict::NotMeasured;
            }
        };
        if met { Verdict::Met } else { Verdict::Missed }
    }

    fn target_text(&self) -> String {
        match &self.target {
            Target::None => "—".to_owned(),
            Target::AtMost(limit) => format!("≤ {}", self.unit.format(*limit)),
            Target::RatioAtMost(limit) => format!("≤ {limit}× reference"),
            Target::WithinOfReference { fraction, absolute } => format!(
                "≤ reference + {:.0} % or + {}",
                fraction * 100.0,
                self.unit.format(*absolute)
            ),
        }
    }
}

fn spread(unit: Unit, summary: &Summary) -> String {
    if summary.runs == 0 {
        format!("{} (computed)", unit.format(summary.median))
    } else if summary.runs > 1 {
        format!(
            "{} ({}–{}, {} runs)",
            unit.format(summary.median),
            unit.format(summary.min),
            unit.format(summary.max),
            summary.runs
        )
    } else {
        format!("{} (1 run)", unit.format(summary.median))
    }
}

/// One measurement's rows and the details worth reading beside them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Section {
    /// The table rows.
    pub rows: Vec<Row>,
    /// Lines for the details list: breakdowns, conditions, caveats.
    pub details: Vec<String>,
}

/// Facts about the machine and the run, printed above the table.
#[derive(Debug, Clone, PartialEq)]
pub struct RunInfo {
    /// "quick" or "full".
    pub mode: &'static str,
    /// The date and time of the run.
    pub date: String,
    /// The CPU model.
    pub cpu: String,
    /// Logical CPUs.
    pub cores: usize,
    /// Kernel, memory, load.
    pub system: String,
    /// The commit measured, when known.
    pub commit: Option<String>,
    /// How long the run took.
    pub duration_seconds: f64,
}

/// Where a row goes in the table: by the measurement's number, then by what follows it
/// ("2a" before "10", "1a" before "1a′").
pub fn id_order(id: &str) -> (u32, String) {
    let digits = id.len() - id.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let number = id[..digits].parse().unwrap_or(u32::MAX);
    (number, id[digits..].to_owned())
}

/// The whole report as Markdown.
pub fn markdown(info: &RunInfo, sections: &[Section]) -> String {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "Run of {} ({} mode{}), on {} ({} logical CPUs), {}. The run took {:.0} s.\n",
        info.date,
        info.mode,
        info.commit
            .as_deref()
            .map(|commit| format!(", commit {commit}"))
            .unwrap_or_default(),
        info.cpu,
        info.cores,
        info.system,
        info.duration_seconds,
    );
    text.push_str(
        "| # | Measurement | Median (min–max) | Reference, same run | Reference median (min–max) | Ratio | Target | Result |\n",
    );
    text.push_str("|---|---|---|---|---|---|---|---|\n");
    for row in sections.iter().flat_map(|section| &section.rows) {
        let value = match &row.value {
            Ok(summary) => spread(row.unit, summary),
            Err(why) => format!("not measured: {why}"),
        };
        let (reference_what, reference_value) = match &row.reference {
            Some(reference) => (reference.what.clone(), spread(row.unit, &reference.value)),
            None => ("—".to_owned(), "—".to_owned()),
        };
        let ratio = row
            .ratio()
            .map_or_else(|| "—".to_owned(), |ratio| format!("{ratio:.2}×"));
        let _ = writeln!(
            text,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            row.id,
            row.what,
            value,
            reference_what,
            reference_value,
            ratio,
            row.target_text(),
            row.verdict().label()
        );
    }
    let details: Vec<&String> = sections
        .iter()
        .flat_map(|section| &section.details)
        .collect();
    if !details.is_empty() {
        text.push_str("\nDetails of this run:\n\n");
        for line in details {
            let _ = writeln!(text, "- {line}");
        }
    }
    text
}

/// The table for a terminal: one line per row.
pub fn plain_table(sections: &[Section]) -> String {
    let mut text = String::new();
    for row in sections.iter().flat_map(|section| &section.rows) {
        let value = match &row.value {
            Ok(summary) => spread(row.unit, summary),
            Err(why) => format!("not measured: {why}"),
        };
        let reference = row
            .reference
            .as_ref()
            .map(|reference| {
                format!(
                    "  vs {} {}",
                    reference.what,
                    spread(row.unit, &reference.value)
                )
            })
            .unwrap_or_default();
        let ratio = row
            .ratio()
            .map(|ratio| format!("  = {ratio:.2}×"))
            .unwrap_or_default();
        let verdict = match row.verdict() {
            Verdict::Met => "  [met]",
            Verdict::Missed => "  [MISSED]",
            Verdict::NotMeasured => "  [NOT MEASURED]",
            Verdict::Informational => "",
        };
        let _ = writeln!(
            text,
            "{:<4}{}: {value}{reference}{ratio}  target {}{verdict}",
            row.id,
            row.what,
            row.target_text()
        );
    }
    text
}

/// Writes `generated` into the results file between the markers, keeping what is around them;
/// a new file gets a heading and a place for the analysis.
pub fn write_results(path: &Path, generated: &str) -> Result<()> {
    let block = format!("{BEGIN_MARKER}\n{generated}{END_MARKER}\n");
    let existing = match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => {
            return Err(HarnessError::Io {
                what: format!("reading {}", path.display()),
                source: error,
            });
        }
    };
    let text = match existing.as_deref().and_then(|text| {
        let begin = text.find(BEGIN_MARKER)?;
        let end = text[begin..].find(END_MARKER)? + begin + END_MARKER.len();
        // The newline after the end marker belongs to the block.
        let end = if text[end..].starts_with('\n') {
            end + 1
        } else {
            end
        };
        Some((begin, end))
    }) {
        Some((begin, end)) => {
            let text = existing.as_deref().unwrap_or_default();
            format!("{}{block}{}", &text[..begin], &text[end..])
        }
        None => format!(
            "# Benchmark results (issue #6)\n\nProduced by `scripts/bench`; see `bench/README.md`.\n\n{block}\n## What the numbers say\n\n(Analysis goes here.)\n"
        ),
    };
    std::fs::write(path, text).map_err(HarnessError::io(format!("writing {}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_sort_by_number_then_letter() {
        let mut ids = vec!["10", "1b", "2a", "1a′", "9", "1a", "4f", "2c"];
        ids.sort_by_key(|id| id_order(id));
        assert_eq!(ids, ["1a", "1a′", "1b", "2a", "2c", "4f", "9", "10"]);
    }

    fn summary(median: f64) -> Option<Summary> {
        Some(Summary {
            median,
            min: median,
            max: median,
            runs: 1,
        })
    }

    #[test]
    fn an_overhead_target_allows_the_larger_of_the_fraction_and_the_absolute_margin() {
        let target = Target::WithinOfReference {
            fraction: 0.1,
            absolute: 5.0,
        };
        let row = |value, reference| {
            Row::new("1", "x", Unit::Ms, summary(value), "")
                .against("ref", summary(reference))
                .target(target.clone())
        };
        // 20 ms reference: 10 % is 2 ms, so the 5 ms margin applies.
        assert_eq!(row(24.9, 20.0).verdict(), Verdict::Met);
        assert_eq!(row(25.1, 20.0).verdict(), Verdict::Missed);
        // 120 ms reference: 10 % is 12 ms.
        assert_eq!(row(131.0, 120.0).verdict(), Verdict::Met);
        assert_eq!(row(133.0, 120.0).verdict(), Verdict::Missed);
    }

    #[test]
    fn ratios_and_missing_values_are_judged() {
        let row = Row::new("2", "x", Unit::Ms, summary(130.0), "")
            .against("ref", summary(100.0))
            .target(Target::RatioAtMost(1.3));
        assert_eq!(row.verdict(), Verdict::Met);
        assert!((row.ratio().unwrap() - 1.3).abs() < 1e-9);
        let missing = Row::new("2", "x", Unit::Ms, None, "no display").target(Target::AtMost(1.0));
        assert_eq!(missing.verdict(), Verdict::NotMeasured);
        let unjudged =
            Row::new("2", "x", Unit::Ms, summary(1.0), "").target(Target::RatioAtMost(1.3));
        assert_eq!(unjudged.verdict(), Verdict::NotMeasured);
    }

    #[test]
    fn rewriting_keeps_the_text_around_the_markers() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("RESULTS.md");
        write_results(&path, "first\n").unwrap();
        let mut text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("first"));
        text = text.replace("(Analysis goes here.)", "Hand-written analysis.");
        std::fs::write(&path, &text).unwrap();
        write_results(&path, "second\n").unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("second") && !text.contains("first"));
        assert!(text.contains("Hand-written analysis."));
        assert_eq!(text.matches(BEGIN_MARKER).count(), 1);
    }
}
