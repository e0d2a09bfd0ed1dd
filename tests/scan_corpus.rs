//! The anonymity scan measured on a corpus of French case notes written for the purpose, each line
//! labelled with the kinds of identifier it holds: recall and precision over (line, kind) pairs.

use std::collections::BTreeSet;

use parcours::privacy::{IdentifierKind, scan};

struct Sample {
    line: usize,
    expected: BTreeSet<IdentifierKind>,
    text: String,
}

/// The labelled lines of a corpus file.
fn corpus(raw: &str) -> Vec<Sample> {
    raw.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let (kinds, text) = l.split_once('\t').unwrap_or_else(|| panic!("line {}: no tab", i + 1));
            let expected = if kinds == "-" {
                BTreeSet::new()
            } else {
                kinds
                    .split(',')
                    .map(|k| IdentifierKind::from_key(k).unwrap_or_else(|| panic!("line {}: kind {k}", i + 1)))
                    .collect()
            };
            Sample { line: i + 1, expected, text: text.to_string() }
        })
        .collect()
}

#[derive(Default)]
struct Tally {
    true_positives: usize,
    false_positives: usize,
    false_negatives: usize,
}

impl Tally {
    fn recall(&self) -> f64 {
        self.true_positives as f64 / (self.true_positives + self.false_negatives).max(1) as f64
    }
    fn precision(&self) -> f64 {
        self.true_positives as f64 / (self.true_positives + self.false_positives).max(1) as f64
    }
}

/// Recall and precision over (line, kind) pairs, with the report shown by --nocapture.
fn measure(samples: &[Sample]) -> (f64, f64, String) {
    let positives = samples.iter().filter(|s| !s.expected.is_empty()).count();
    assert!(positives >= 100 && samples.len() - positives >= 100, "a corpus worth measuring");
    let mut total = Tally::default();
    let mut per_kind: Vec<(IdentifierKind, Tally)> =
        IdentifierKind::ALL.iter().map(|k| (*k, Tally::default())).collect();
    let mut errors = Vec::new();
    for s in samples {
        let found: BTreeSet<IdentifierKind> = scan(&s.text).into_iter().map(|f| f.kind).collect();
        for (kind, tally) in per_kind.iter_mut() {
            match (s.expected.contains(kind), found.contains(kind)) {
                (true, true) => tally.true_positives += 1,
                (false, true) => {
                    tally.false_positives += 1;
                    errors.push(format!("line {}: extra {}: {}", s.line, kind.key(), s.text));
                }
                (true, false) => {
                    tally.false_negatives += 1;
                    errors.push(format!("line {}: missed {}: {}", s.line, kind.key(), s.text));
                }
                (false, false) => {}
            }
        }
    }
    let mut report = String::new();
    for (kind, t) in &per_kind {
        total.true_positives += t.true_positives;
        total.false_positives += t.false_positives;
        total.false_negatives += t.false_negatives;
        report.push_str(&format!(
            "{:<10} recall {:>5.1} %  precision {:>5.1} %\n",
            kind.key(),
            100.0 * t.recall(),
            100.0 * t.precision()
        ));
    }
    report.push_str(&format!(
        "{:<10} recall {:>5.1} %  precision {:>5.1} %  ({} samples)\n",
        "all",
        100.0 * total.recall(),
        100.0 * total.precision(),
        samples.len()
    ));
    (total.recall(), total.precision(), format!("{report}\n{}", errors.join("\n")))
}

/// The corpus written alongside the scanner: its patterns were tuned on it.
#[test]
fn recall_and_precision_on_the_development_corpus() {
    let (recall, precision, report) = measure(&corpus(include_str!("data/scan_corpus.tsv")));
    println!("{report}");
    assert!(recall >= 0.95 && precision >= 0.90, "{report}");
}

/// A second corpus, written by someone who had not seen the scanner, in the way professionals
/// actually write (abbreviations, capitals, missing accents): the honest figure.
#[test]
fn recall_and_precision_on_the_held_out_corpus() {
    let (recall, precision, report) = measure(&corpus(include_str!("data/scan_heldout.tsv")));
    println!("{report}");
    assert!(recall >= 0.95 && precision >= 0.90, "{report}");
}
