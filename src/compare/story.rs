//! Which articles tell one story: the names each mentions, names common to much of a large
//! archive set aside (a minister's title or a wire service's name says nothing of the story), and
//! stories as articles sharing enough names. Linking uses stories to find each claim's likely
//! counterparts among thousands of reports of the same kind.

use rustc_hash::FxHashMap as HashMap;

use super::union_find::UnionFind;

/// A name in more than one article in this many of a large archive is common, not a story's.
const COMMON_NAME_ONE_IN: usize = 20;
/// ...and in more than this many articles: a small corpus on one story keeps every name.
const COMMON_NAME_MIN_DOCS: usize = 20;

/// The names an article mentions (capitalized words inside sentences), hashed and sorted: two
/// articles that share none are not one story. The first 20 KB are enough to know a story.
pub(super) fn names(text: &str) -> Vec<u64> {
    const READ_BYTES: usize = 20_000;
    let mut end = text.len().min(READ_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = Vec::new();
    let mut sentence_start = true;
    for word in text[..end].split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let capital = bare.chars().next().is_some_and(char::is_uppercase) && bare.chars().count() >= 3;
        if capital && !sentence_start {
            // Lowercased on the stack when it can be: every capitalized word of the corpus passes.
            let mut buf = [0u8; 32];
            let lower: std::borrow::Cow<'_, str> = match buf.get_mut(..bare.len()) {
                Some(slot) if bare.is_ascii() => {
                    slot.copy_from_slice(bare.as_bytes());
                    slot.make_ascii_lowercase();
                    std::str::from_utf8(slot).map_or_else(|_| bare.to_lowercase().into(), Into::into)
                }
                _ => bare.to_lowercase().into(),
            };
            let calendar = crate::extract::lexicon::month(&lower).is_some()
                || matches!(
                    lower.as_ref(),
                    "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
                );
            if !crate::extract::lexicon::function_word(&lower) && !calendar {
                out.push(
                    lower
                        .bytes()
                        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)),
                );
            }
        }
        sentence_start = word.ends_with(['.', '!', '?', ':', '"', '”']) || word.is_empty();
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Each article's names without the names common to much of the archive.
pub(super) fn distinctive(mut names: Vec<Vec<u64>>) -> Vec<Vec<u64>> {
    let limit = COMMON_NAME_MIN_DOCS.max(names.len() / COMMON_NAME_ONE_IN);
    let mut docs_naming: HashMap<u64, usize> = HashMap::default();
    for list in &names {
        for name in list {
            *docs_naming.entry(*name).or_default() += 1;
        }
    }
    if docs_naming.values().all(|&n| n <= limit) {
        return names;
    }
    for list in &mut names {
        list.retain(|name| docs_naming.get(name).is_some_and(|&n| n <= limit));
    }
    names
}

/// Each article's story (an id shared by the articles of one story): two articles naming at least
/// `min_names` each and sharing `min_share` of the shorter list are one story, and so, in a chain,
/// are the articles either shares one with. An article naming too few is a story of its own.
pub(super) fn of_docs(names: &[Vec<u64>], min_names: usize, min_share: f32) -> Vec<usize> {
    let known = |d: usize| names[d].len() >= min_names;
    let mut naming: HashMap<u64, Vec<usize>> = HashMap::default();
    for (d, list) in names.iter().enumerate().filter(|(d, _)| known(*d)) {
        for name in list {
            naming.entry(*name).or_default().push(d);
        }
    }
    let mut sets = UnionFind::new(names.len());
    let mut shared: HashMap<usize, usize> = HashMap::default();
    for (d, list) in names.iter().enumerate().filter(|(d, _)| known(*d)) {
        shared.clear();
        for name in list {
            for &other in naming.get(name).into_iter().flatten().filter(|&&o| o > d) {
                *shared.entry(other).or_default() += 1;
            }
        }
        for (&other, &n) in &shared {
            if n as f32 / list.len().min(names[other].len()) as f32 >= min_share {
                sets.union(d, other);
            }
        }
    }
    (0..names.len()).map(|d| sets.find(d)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_in_most_of_a_large_archive_is_set_aside_and_a_small_corpus_keeps_every_name() {
        // 100 articles: name 1 in all of them, name 2 in five.
        let names: Vec<Vec<u64>> = (0..100).map(|d| if d < 5 { vec![1, 2] } else { vec![1, 100 + d] }).collect();
        let kept = distinctive(names);
        assert_eq!(kept[0], vec![2]);
        assert_eq!(kept[50], vec![150]);
        let small: Vec<Vec<u64>> = (0..5).map(|_| vec![1, 2]).collect();
        assert_eq!(distinctive(small.clone()), small);
    }

    #[test]
    fn articles_sharing_names_are_one_story_even_through_a_third() {
        let names = vec![
            vec![1, 2, 3, 4, 5],
            vec![4, 5, 6, 7, 8],   // shares 2 of 5 with the first
            vec![7, 8, 9, 10, 11], // shares 2 of 5 with the second
            vec![20, 21, 22, 23, 24],
            vec![1, 2], // too few names to tell
        ];
        let story = of_docs(&names, 5, 0.25);
        assert_eq!(story[0], story[1]);
        assert_eq!(story[1], story[2]);
        assert_ne!(story[0], story[3]);
        assert_ne!(story[0], story[4]);
    }
}
