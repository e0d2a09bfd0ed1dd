//! A list filtered as you type with a fuzzy matcher: the command palette and the SERAFIN-PH finder
//! are both one of these.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FuzzyList {
    pub query: String,
    /// What each candidate is matched on.
    candidates: Vec<String>,
    /// Indices of the candidates that match the query, best first.
    pub matches: Vec<usize>,
    pub selected: usize,
    /// Every typed word must appear as such (accents and case aside) instead of as scattered
    /// letters: long labels like the SERAFIN-PH ones match almost anything fuzzily.
    pub whole_words: bool,
}

impl FuzzyList {
    pub fn new(candidates: Vec<String>) -> FuzzyList {
        let matches = (0..candidates.len()).collect();
        FuzzyList { query: String::new(), candidates, matches, selected: 0, whole_words: false }
    }

    pub fn whole_words(mut self) -> Self {
        self.whole_words = true;
        // nucleo-matcher 0.3.1 never finds a substring that ends a non-ASCII text (« médical » in
        // « Suivi médical »): a trailing space keeps every word inside the candidate.
        for c in &mut self.candidates {
            c.push(' ');
        }
        self
    }

    pub fn set_query(&mut self, query: String) {
        self.query = query;
        self.refilter();
    }

    pub fn push(&mut self, c: char) {
        if !c.is_control() {
            self.query.push(c);
            self.refilter();
        }
    }

    pub fn pop(&mut self) {
        self.query.pop();
        self.refilter();
    }

    fn refilter(&mut self) {
        // Smart normalisation folds accents, so « sante » finds « santé ».
        let query = if self.whole_words {
            self.query.split_whitespace().map(|w| format!("'{w}")).collect::<Vec<_>>().join(" ")
        } else {
            self.query.clone()
        };
        let pattern = Pattern::parse(&query, CaseMatching::Ignore, Normalization::Smart);
        let mut matcher = Matcher::new(Config::DEFAULT);
        let indexed: Vec<(usize, &str)> = self.candidates.iter().map(String::as_str).enumerate().collect();
        let items = indexed.iter().map(|(i, s)| Indexed(*i, s));
        self.matches = pattern.match_list(items, &mut matcher).into_iter().map(|(item, _)| item.0).collect();
        self.selected = 0;
    }

    pub fn move_by(&mut self, delta: isize) {
        if self.matches.is_empty() {
            self.selected = 0;
            return;
        }
        let last = self.matches.len() as isize - 1;
        self.selected = (self.selected as isize + delta).clamp(0, last) as usize;
    }

    pub fn select(&mut self, row: usize) {
        if row < self.matches.len() {
            self.selected = row;
        }
    }

    pub fn candidate(&self, index: usize) -> &str {
        self.candidates.get(index).map(String::as_str).unwrap_or("")
    }

    /// Index of the chosen candidate.
    pub fn chosen(&self) -> Option<usize> {
        self.matches.get(self.selected).copied()
    }
}

struct Indexed<'a>(usize, &'a str);

impl AsRef<str> for Indexed<'_> {
    fn as_ref(&self) -> &str {
        self.1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_ignoring_case_and_accents() {
        let mut list = FuzzyList::new(vec!["Santé".into(), "Logement".into(), "Sécurité et protection".into()]);
        assert_eq!(list.matches, vec![0, 1, 2]);
        for c in "sante".chars() {
            list.push(c);
        }
        assert_eq!(list.chosen(), Some(0));
        list.set_query("logmt".into());
        assert_eq!(list.matches, vec![1]);
        list.set_query("zzz".into());
        assert_eq!(list.chosen(), None);
        list.move_by(3);
        assert_eq!(list.selected, 0);
    }

    #[test]
    fn whole_words_do_not_match_scattered_letters() {
        let labels = vec!["Besoins pour vivre dans un logement".to_string(), "Ressources et budget".to_string()];
        let mut list = FuzzyList::new(labels.clone());
        list.set_query("budget".into());
        assert_eq!(list.matches, vec![1, 0], "fuzzy finds both, budget first");
        let mut words = FuzzyList::new(labels).whole_words();
        words.set_query("budget".into());
        assert_eq!(words.matches, vec![1]);
        words.set_query("vivre LOGEMENT".into());
        assert_eq!(words.matches, vec![0]);
    }
}
