//! Repeated measurements and their median, minimum and maximum, and the units they are kept in.

use std::time::Duration;

/// A duration in milliseconds, the unit of every timing in the report.
pub fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// A size in MiB, the unit of every size in the report.
pub fn mib(bytes: u64) -> f64 {
    bytes as f64 / 1024.0 / 1024.0
}

/// The values of one measurement over several runs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Samples {
    values: Vec<f64>,
}

impl Samples {
    /// No values yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one run's value.
    pub fn push(&mut self, value: f64) {
        self.values.push(value);
    }

    /// How many runs there are.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// The median, or NaN (printed as such) when there is no value, for sentences in the report.
    pub fn median(&self) -> f64 {
        self.summary().map_or(f64::NAN, |summary| summary.median)
    }

    /// Median, minimum and maximum, when there is at least one value.
    pub fn summary(&self) -> Option<Summary> {
        let mut sorted: Vec<f64> = self
            .values
            .iter()
            .copied()
            .filter(|v| v.is_finite())
            .collect();
        if sorted.is_empty() {
            return None;
        }
        sorted.sort_by(f64::total_cmp);
        let middle = sorted.len() / 2;
        let median = if sorted.len().is_multiple_of(2) {
            (sorted[middle - 1] + sorted[middle]) / 2.0
        } else {
            sorted[middle]
        };
        Some(Summary {
            median,
            min: sorted[0],
            max: sorted[sorted.len() - 1],
            runs: sorted.len(),
        })
    }
}

impl FromIterator<f64> for Samples {
    fn from_iter<I: IntoIterator<Item = f64>>(iter: I) -> Self {
        Self {
            values: iter.into_iter().collect(),
        }
    }
}

/// Median, minimum and maximum of a measurement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    /// The median.
    pub median: f64,
    /// The smallest value.
    pub min: f64,
    /// The largest value.
    pub max: f64,
    /// How many runs.
    pub runs: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        let summary = [4.0, 1.0, 3.0, 2.0]
            .into_iter()
            .collect::<Samples>()
            .summary()
            .unwrap();
        assert_eq!(
            (summary.median, summary.min, summary.max, summary.runs),
            (2.5, 1.0, 4.0, 4)
        );
    }

    #[test]
    fn the_median_of_an_odd_count_is_the_middle_value() {
        let summary = [9.0, 1.0, 5.0].into_iter().collect::<Samples>().summary();
        assert_eq!(summary.map(|s| s.median), Some(5.0));
        assert_eq!(Samples::new().summary(), None);
    }
}
