//! Sets of words looked up in one probe, without branching on the word: a hash that puts the
//! set's words at most four to a bucket, found when the program is compiled. For the word lists
//! asked about nearly every word near a claim ("the", "were", "said"), where a `match` on strings
//! branches letter by letter and the branches follow the text, which no predictor can.

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

/// A set of lowercase words of up to sixteen bytes in `BUCKETS` buckets of four (a power of two;
/// about a bucket per two words leaves room to find a hash quickly).
pub struct WordTable<const BUCKETS: usize> {
    buckets: [[Key; BUCKET_KEYS]; BUCKETS],
    multiplier: u64,
}

impl<const BUCKETS: usize> WordTable<BUCKETS> {
    /// The table of `words`, built at compile time: multipliers are tried until none of the
    /// buckets is asked to hold more than four words. A word over sixteen bytes, or a set no
    /// multiplier fits, is a compile error.
    pub const fn new(words: &[&str]) -> Self {
        assert!(BUCKETS.is_power_of_two() && BUCKETS > 1);
        let bits = BUCKETS.trailing_zeros();
        let mut multiplier: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut attempt = 0;
        'attempts: loop {
            assert!(attempt < 200, "no hash fits these words four to a bucket: give the table more buckets");
            attempt += 1;
            let mut buckets = [[NO_KEY; BUCKET_KEYS]; BUCKETS];
            let mut w = 0;
            'words: while w < words.len() {
                assert!(words[w].len() <= 16, "a word of over sixteen bytes");
                let Some(key) = key(words[w].as_bytes()) else { continue 'attempts };
                w += 1;
                let bucket = &mut buckets[bucket_of(key, multiplier, bits)];
                let mut k = 0;
                while k < BUCKET_KEYS {
                    if same(bucket[k], key) {
                        continue 'words;
                    }
                    if same(bucket[k], NO_KEY) {
                        bucket[k] = key;
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
            return Self { buckets, multiplier };
        }
    }

    /// Is `word` (lowercase, as the set's words are) one of the set's?
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let Some(key) = key(word.as_bytes()) else { return false };
        let bucket = &self.buckets[bucket_of(key, self.multiplier, BUCKETS.trailing_zeros())];
        // All four compared, without stopping at the first that matches.
        bucket.iter().fold(false, |found, k| found | (*k == key))
    }
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
