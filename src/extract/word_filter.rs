//! Bitsets over a word's length, first letter and last letter, built at compile time from word
//! lists: a word whose key is unset is in none of the lists. One probe turns away nearly every
//! word of a corpus before any list is looked at (the scanner's number words, the source finder's
//! verbs, the qualifiers' last words).

/// The keys of every word of some lists (see [`WordFilter::new`]).
pub struct WordFilter([u64; 256]);

impl WordFilter {
    /// The filter of every word of `lists` (none of them empty).
    pub const fn new(lists: &[&[&str]]) -> Self {
        let mut filter = Self([0; 256]);
        let mut l = 0;
        while l < lists.len() {
            let mut w = 0;
            while w < lists[l].len() {
                filter = filter.with(lists[l][w]);
                w += 1;
            }
            l += 1;
        }
        filter
    }

    /// This filter with the words of `entries` (none empty) added.
    pub const fn with_keys<V>(mut self, entries: &[(&str, V)]) -> Self {
        let mut k = 0;
        while k < entries.len() {
            self = self.with(entries[k].0);
            k += 1;
        }
        self
    }

    /// This filter with `word` (not empty) added.
    pub const fn with(mut self, word: &str) -> Self {
        let key = key(word.as_bytes());
        self.0[key >> 6] |= 1 << (key & 63);
        self
    }

    /// Might `word` (not empty; any case) be one of the lists' words? `false` is certain; `true`
    /// only says it may be.
    #[inline]
    pub fn may_contain(&self, word: &[u8]) -> bool {
        let key = key(word);
        self.0[key >> 6] & (1 << (key & 63)) != 0
    }
}

/// A word's key: its length (up to 15), first and last letters (in either case).
const fn key(word: &[u8]) -> usize {
    let len = if word.len() < 15 { word.len() } else { 15 };
    let first = (word[0] | 0x20) as usize & 31;
    let last = (word[word.len() - 1] | 0x20) as usize & 31;
    // 4 + 5 + 5 bits = 14 bits = 256 words of 64 bits.
    (len << 10) | (first << 5) | last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_may_be_in_and_most_others_are_not() {
        static FILTER: WordFilter = WordFilter::new(&[&["said", "told"], &["according"]]);
        for w in ["said", "SAID", "Told", "according"] {
            assert!(FILTER.may_contain(w.as_bytes()), "{w}");
        }
        for w in ["people", "says", "toll", "a"] {
            assert!(!FILTER.may_contain(w.as_bytes()), "{w}");
        }
    }
}
