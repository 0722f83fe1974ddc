//! Interval look-ups that stay fast on very long documents.
//!
//! The stages often ask "does any mention cover this place?". Scanning every interval
//! for every question is quadratic in the document's length: one 20 MB seed took
//! minutes. [`Reach`] answers in a binary search.

/// Intervals `(start, end)`, sorted by start, with the furthest end reached by any of
/// the intervals up to each one.
#[derive(Debug, Default, Clone)]
pub struct Reach {
    starts: Vec<usize>,
    reach: Vec<usize>,
}

impl Reach {
    /// Builds the look-up from intervals in any order.
    pub fn new(intervals: impl IntoIterator<Item = (usize, usize)>) -> Reach {
        let mut all: Vec<(usize, usize)> = intervals.into_iter().collect();
        all.sort_unstable();
        let mut reach = Vec::with_capacity(all.len());
        let mut furthest = 0;
        for &(_, end) in &all {
            furthest = furthest.max(end);
            reach.push(furthest);
        }
        Reach { starts: all.into_iter().map(|(start, _)| start).collect(), reach }
    }

    /// Whether some interval starts at or before `at` and ends at or after `to`.
    pub fn reaches(&self, at: usize, to: usize) -> bool {
        let k = self.starts.partition_point(|&s| s <= at);
        k > 0 && self.reach[k - 1] >= to
    }

    /// Whether some interval holds all of `start..end`.
    pub fn contains(&self, start: usize, end: usize) -> bool {
        self.reaches(start, end)
    }

    /// Whether some interval starts before `end` and ends after `start`: shares a byte
    /// with `start..end`, or holds it strictly when it is empty.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        end > 0 && self.reaches(end - 1, start + 1)
    }

    /// Whether some interval holds the byte at `at`.
    pub fn covers(&self, at: usize) -> bool {
        self.reaches(at, at + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::Reach;

    /// Every answer of [`Reach`] equals the scan it replaces, on all small cases.
    #[test]
    fn reach_answers_as_a_scan_of_every_interval_would() {
        let sets: [&[(usize, usize)]; 4] = [&[], &[(3, 5)], &[(0, 10), (2, 3), (4, 6)], &[(5, 6), (1, 2), (1, 4), (8, 9), (7, 12)]];
        for set in sets {
            let r = Reach::new(set.iter().copied());
            for a in 0..14 {
                for b in a..14 {
                    assert_eq!(r.contains(a, b), set.iter().any(|&(s, e)| s <= a && b <= e), "contains {a}..{b} in {set:?}");
                    assert_eq!(r.overlaps(a, b), set.iter().any(|&(s, e)| s < b && a < e), "overlaps {a}..{b} in {set:?}");
                }
                assert_eq!(r.covers(a), set.iter().any(|&(s, e)| s <= a && a < e), "covers {a} in {set:?}");
            }
        }
    }
}
