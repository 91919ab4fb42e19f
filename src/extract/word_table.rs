//! Word sets and word maps looked up in one probe, without branching on the word: a hash that puts
//! the words at most four to a bucket, found when the program is compiled. For the word lists
//! asked about nearly every word near a claim ("the", "were", "killed"), where a `match` on
//! strings branches letter by letter and the branches follow the text, which no predictor can.

/// Words per bucket: a bucket is compared whole, four keys at once.
const BUCKET_KEYS: usize = 4;

/// A word as three numbers: its first eight bytes and its last eight (overlapping in a word under
/// sixteen bytes; one under eight is read as its first and last four, one under four byte by
/// byte), and its length. Two words of up to sixteen bytes have the same key only if they are the
/// same word: given the length, the bytes read cover the whole word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Key {
    head: u64,
    tail: u64,
    len: u64,
}

/// No word's key: a bucket's unused places.
const NO_KEY: Key = Key { head: 0, tail: 0, len: u64::MAX };

/// The key of `word`, if it is short enough to have one (every set's words are).
const fn key(word: &[u8]) -> Option<Key> {
    let len = word.len();
    let (head, tail) = if len > 16 {
        return None;
    } else if len >= 8 {
        match (word.first_chunk::<8>(), word.last_chunk::<8>()) {
            (Some(h), Some(t)) => (u64::from_le_bytes(*h), u64::from_le_bytes(*t)),
            _ => return None,
        }
    } else if len >= 4 {
        match (word.first_chunk::<4>(), word.last_chunk::<4>()) {
            (Some(h), Some(t)) => (u32::from_le_bytes(*h) as u64 | (u32::from_le_bytes(*t) as u64) << 32, 0),
            _ => return None,
        }
    } else if len >= 1 {
        (word[0] as u64 | (word[len / 2] as u64) << 8 | (word[len - 1] as u64) << 16, 0)
    } else {
        (0, 0)
    };
    Some(Key { head, tail, len: len as u64 })
}

const fn same(a: Key, b: Key) -> bool {
    a.head == b.head && a.tail == b.tail && a.len == b.len
}

/// The bucket of `key` among `1 << bits`, for the table's multiplier.
const fn bucket_of(key: Key, multiplier: u64, bits: u32) -> usize {
    let mixed = key.head ^ key.tail.rotate_left(29) ^ key.len.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed.wrapping_mul(multiplier) >> (64 - bits)) as usize
}

/// Lowercase words of up to sixteen bytes, each with a value, in `BUCKETS` buckets of four (a
/// power of two; about a bucket per two words leaves room to find a hash quickly).
pub struct WordMap<V: Copy + 'static, const BUCKETS: usize> {
    buckets: [[Key; BUCKET_KEYS]; BUCKETS],
    values: [[V; BUCKET_KEYS]; BUCKETS],
    multiplier: u64,
}

/// A set of words: a map to nothing.
pub type WordTable<const BUCKETS: usize> = WordMap<(), BUCKETS>;

impl<const BUCKETS: usize> WordMap<(), BUCKETS> {
    /// The set of `words`, built at compile time (see [`WordMap::with_values`]).
    pub const fn new(words: &[&str]) -> Self {
        Self::build(&[words], &[], ())
    }

    /// The set of the words of all `lists`.
    pub const fn of_lists(lists: &[&[&str]]) -> Self {
        Self::build(lists, &[], ())
    }

    /// Is `word` (lowercase, as the set's words are) one of the set's?
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

impl<V: Copy + 'static, const BUCKETS: usize> WordMap<V, BUCKETS> {
    /// The map of `entries`, built at compile time: multipliers are tried until none of the
    /// buckets is asked to hold more than four words. A word over sixteen bytes, or a list no
    /// multiplier fits, is a compile error; a word listed twice keeps its first value, as the
    /// first arm of a `match` would. `filler` stands in the buckets' unused places.
    pub const fn with_values(entries: &[(&str, V)], filler: V) -> Self {
        Self::build(&[], entries, filler)
    }

    /// The table of the words of `lists` (each mapped to `filler`) and of `entries`.
    const fn build(lists: &[&[&str]], entries: &[(&str, V)], filler: V) -> Self {
        assert!(BUCKETS.is_power_of_two() && BUCKETS > 1);
        let bits = BUCKETS.trailing_zeros();
        let mut multiplier: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut attempt = 0;
        'attempts: loop {
            assert!(attempt < 200, "no hash fits these words four to a bucket: give the table more buckets");
            attempt += 1;
            let mut buckets = [[NO_KEY; BUCKET_KEYS]; BUCKETS];
            let mut values = [[filler; BUCKET_KEYS]; BUCKETS];
            // Word w of list l; past the lists, entry w.
            let (mut l, mut w) = (0, 0);
            'words: loop {
                let (word, value) = if l < lists.len() {
                    if w == lists[l].len() {
                        (l, w) = (l + 1, 0);
                        continue 'words;
                    }
                    w += 1;
                    (lists[l][w - 1], filler)
                } else if w < entries.len() {
                    w += 1;
                    entries[w - 1]
                } else {
                    break 'words;
                };
                assert!(word.len() <= 16, "a word of over sixteen bytes");
                let Some(key) = key(word.as_bytes()) else { continue 'attempts };
                let at = bucket_of(key, multiplier, bits);
                let mut k = 0;
                while k < BUCKET_KEYS {
                    if same(buckets[at][k], key) {
                        continue 'words;
                    }
                    if same(buckets[at][k], NO_KEY) {
                        buckets[at][k] = key;
                        values[at][k] = value;
                        continue 'words;
                    }
                    k += 1;
                }
                // The bucket is full: another multiplier (the next of a linear congruential
                // sequence, kept odd).
                multiplier =
                    multiplier.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407) | 1;
                continue 'attempts;
            }
            return Self { buckets, values, multiplier };
        }
    }

    /// The value of `word` (lowercase, as the map's words are), if it is one of the map's.
    #[inline]
    pub fn get(&self, word: &str) -> Option<V> {
        let key = key(word.as_bytes())?;
        let at = bucket_of(key, self.multiplier, BUCKETS.trailing_zeros());
        // All four compared, without stopping at the first that matches (at most one does).
        let mut found = None;
        for (k, value) in self.buckets[at].iter().zip(&self.values[at]) {
            if *k == key {
                found = Some(*value);
            }
        }
        found
    }
}

/// How many words `groups` list in all (the length of [`flatten`]'s list).
pub const fn words_in<V>(groups: &[(V, &[&str])]) -> usize {
    let mut n = 0;
    let mut g = 0;
    while g < groups.len() {
        n += groups[g].1.len();
        g += 1;
    }
    n
}

/// Groups of words sharing a value ("death": "died", "killed"…), as one list of `N` (word,
/// value) entries for [`WordMap::with_values`]: lists kept readable by what they mean.
pub const fn flatten<V: Copy, const N: usize>(groups: &[(V, &[&'static str])], filler: V) -> [(&'static str, V); N] {
    let mut entries = [("", filler); N];
    let mut n = 0;
    let mut g = 0;
    while g < groups.len() {
        let mut w = 0;
        while w < groups[g].1.len() {
            entries[n] = (groups[g].1[w], groups[g].0);
            n += 1;
            w += 1;
        }
        g += 1;
    }
    assert!(n == N, "N must be words_in(groups)");
    entries
}

/// The length of the longest of `words`.
pub const fn longest(words: &[&str]) -> usize {
    let mut max = 0;
    let mut k = 0;
    while k < words.len() {
        if words[k].len() > max {
            max = words[k].len();
        }
        k += 1;
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &[&str] = &[
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "said",
        "were",
        "have",
        "been",
        "according",
        "approximately",
        "acknowledged",
        "aaaaaaaa",
        "aaaaaaaaa",
        "aaaaaaaaaaaaaaaa",
        "ab",
        "ba",
        "abc",
        "acb",
        "abcd",
        "abcde",
    ];
    static TABLE: WordTable<16> = WordTable::new(WORDS);

    #[test]
    fn every_word_is_found_and_nothing_else() {
        for w in WORDS {
            assert!(TABLE.contains(w), "{w}");
        }
        // Near misses: one letter changed, added or taken away, anywhere; other cases; longer
        // than any key; non-ASCII.
        for w in WORDS {
            for at in 0..=w.len() {
                for c in ['a', 'b', 'z', 'é'] {
                    let mut added = w.to_string();
                    added.insert(at, c);
                    assert_eq!(TABLE.contains(&added), WORDS.contains(&added.as_str()), "{added}");
                    if at < w.len() {
                        let mut changed = w.to_string();
                        changed.replace_range(at..at + 1, &c.to_string());
                        assert_eq!(TABLE.contains(&changed), WORDS.contains(&changed.as_str()), "{changed}");
                        let mut removed = w.to_string();
                        removed.remove(at);
                        assert_eq!(TABLE.contains(&removed), WORDS.contains(&removed.as_str()), "{removed}");
                    }
                }
            }
        }
        for w in ["", "The", "SAID", "aaaaaaaaaaaaaaaaa", "según", "😀", "\0", "a\0"] {
            assert!(!TABLE.contains(w), "{w:?}");
        }
    }

    #[test]
    fn a_map_gives_each_word_its_value_and_the_first_of_a_repeated_word() {
        static MAP: WordMap<&str, 8> = WordMap::with_values(
            &[("died", "death"), ("killed", "death"), ("arrested", "detention"), ("died", "other")],
            "",
        );
        assert_eq!(MAP.get("died"), Some("death"));
        assert_eq!(MAP.get("killed"), Some("death"));
        assert_eq!(MAP.get("arrested"), Some("detention"));
        for w in ["", "die", "dies", "Died", "arrestedd", "a"] {
            assert_eq!(MAP.get(w), None, "{w}");
        }
    }

    #[test]
    fn keys_differ_for_different_words_of_up_to_sixteen_bytes() {
        let words: Vec<String> = (1..=16)
            .flat_map(|len| ["ab", "ba", "abc"].map(|unit| unit.repeat(16).chars().take(len).collect::<String>()))
            .chain(WORDS.iter().map(|w| w.to_string()))
            .collect();
        for a in &words {
            for b in &words {
                assert_eq!(key(a.as_bytes()) == key(b.as_bytes()), a == b, "{a} {b}");
            }
        }
        assert_eq!(key(&[b'a'; 17]), None);
    }
}
