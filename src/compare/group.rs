//! Claims into quantities. Candidates are blocked by kind, unit and head, and within a block
//! compared only with their neighbours in value order (never all pairs of a corpus); linked pairs
//! join, unless the join would put two different figures of one article into one quantity.
//! A reviewer's moves (pins) are applied last.

use rustc_hash::FxHashMap as HashMap;

use super::link::{Candidate, Judgement, MAX_VALUE_RATIO, STORY_SHARED_NAMES, comparable_class, judge};
use super::union_find::UnionFind;
use crate::extract::Kind;

/// Each candidate is compared with at most this many neighbours in value order.
const NEIGHBOURS: usize = 8;

/// How many claims of one article a quantity keeps to check new members against.
const REPRESENTATIVES: usize = 4;

/// Articles naming fewer people and places than this are too short to tell their stories apart.
const MIN_NAMES: usize = 5;

/// Where a reviewer put a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Out of any quantity.
    Alone,
    /// Into the quantity of this candidate.
    With(usize),
}

/// Two candidates linked, with the judgement that linked them (or "moved by the reviewer").
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// Candidate indices.
    pub a: usize,
    /// Candidate indices.
    pub b: usize,
    /// Score and reasons.
    pub judgement: Judgement,
    /// Made by the reviewer moving a claim, not found.
    pub by_reviewer: bool,
}

/// The quantities found: each a list of candidate indices (ordered) with the links that made it.
#[derive(Clone, Debug, Default)]
pub struct Grouping {
    /// Members of each quantity (candidate indices, ascending; at least two).
    pub members: Vec<Vec<usize>>,
    /// For each candidate, its quantity.
    pub of: Vec<Option<usize>>,
    /// For each candidate, the link that brought it in (none for the first member).
    pub joined_by: Vec<Option<Link>>,
}

/// The value a candidate is sorted by within its block.
fn sort_value(c: &Candidate<'_>) -> f64 {
    c.interval.map_or(f64::NAN, |i| if c.claim.kind == Kind::Date { i.lo } else { i.point.abs() })
}

/// Groups candidates into quantities. `names[d]` are document `d`'s names (sorted hashes);
/// `placements` the reviewer's moves, by candidate. With `reasons`, each link says why in words.
pub fn group(cands: &[Candidate<'_>], names: &[Vec<u64>], placements: &[Option<Placement>], reasons: bool) -> Grouping {
    let mut blocks: HashMap<(u8, Option<&str>, &str), Vec<usize>> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        if placements.get(i).copied().flatten() == Some(Placement::Alone) {
            continue;
        }
        let (Some(class), Some(head)) = (comparable_class(c.claim), c.facets.head.as_deref()) else {
            continue;
        };
        if c.interval.is_none() {
            continue;
        }
        blocks.entry((class.0, class.1, head)).or_default().push(i);
    }
    let mut blocks: Vec<Vec<usize>> = blocks.into_values().collect();
    blocks.sort_unstable();
    let stories = super::story::of_docs(names, MIN_NAMES, STORY_SHARED_NAMES);
    // A claim is in one block and links only within it: the blocks are linked on every core.
    let mut unions: Vec<Link> =
        crate::parallel::map(&blocks, |block| link_block(block, cands, names, &stories, reasons))
            .into_iter()
            .flatten()
            .collect();
    let mut sets = UnionFind::new(cands.len());
    for link in &unions {
        sets.union(link.a, link.b);
    }
    place(cands, placements, &mut sets, &mut unions);
    collect(cands.len(), &mut sets, &unions)
}

/// The links that join one block's candidates (global indices), each compared with its next
/// neighbours in value order, and then with its next neighbours in value order among its own
/// story's claims (in an archive of thousands of stories, a figure's neighbours by value alone
/// are other stories' figures).
fn link_block(
    block: &[usize],
    cands: &[Candidate<'_>],
    names: &[Vec<u64>],
    stories: &[usize],
    reasons: bool,
) -> Vec<Link> {
    let mut order: Vec<usize> = block.to_vec();
    order.sort_by(|&a, &b| sort_value(&cands[a]).total_cmp(&sort_value(&cands[b])).then(a.cmp(&b)));
    let by_value: Vec<usize> = (0..order.len()).collect();
    // The same positions grouped by story (a stable sort: in value order within each), then
    // split so no window spans two stories.
    let mut by_story = by_value.clone();
    by_story.sort_by_key(|&k| stories[cands[order[k]].doc]);
    let story_runs: Vec<&[usize]> = by_story
        .chunk_by(|&k, &l| stories[cands[order[k]].doc] == stories[cands[order[l]].doc])
        .filter(|run| run.len() > 1 && run.len() < order.len())
        .collect();
    // Sets over positions in `order`.
    let mut sets = UnionFind::new(order.len());
    // Per set root (of two or more): its claims by document, to refuse joins that would mix two
    // different figures of one article. A root without an entry is a single claim.
    let mut by_doc: HashMap<usize, HashMap<usize, Vec<usize>>> = HashMap::default();
    let mut unions = Vec::new();
    for (k, l) in neighbours(&by_value).chain(story_runs.iter().flat_map(|run| neighbours(run))) {
        let (a, b) = (order[k], order[l]);
        {
            let (ca, cb) = (&cands[a], &cands[b]);
            let (va, vb) = (sort_value(ca), sort_value(cb));
            let ratio_bound = ca.claim.kind != Kind::Date && ca.claim.kind != Kind::Percent;
            let (low, high) = if va <= vb { (va, vb) } else { (vb, va) };
            if ratio_bound && low > 0.0 && high > low * MAX_VALUE_RATIO {
                continue;
            }
            let (ra, rb) = (sets.find(k), sets.find(l));
            if ra == rb {
                continue;
            }
            // Too few names to tell stories apart: say nothing.
            let known = names[ca.doc].len().min(names[cb.doc].len()) >= MIN_NAMES;
            let shared_names = (ca.doc != cb.doc && known).then(|| {
                let (x, y) = (&names[ca.doc], &names[cb.doc]);
                super::shared_sorted(x, y) as f32 / x.len().min(y.len()).max(1) as f32
            });
            let scored = judge(ca, cb, shared_names, false);
            if !scored.same() || !compatible(cands, &by_doc, (ra, a), (rb, b)) {
                continue;
            }
            sets.union(k, l);
            let root = sets.find(k);
            let (other, other_first) = if root == ra { (rb, b) } else { (ra, a) };
            let keep_first = if root == ra { a } else { b };
            let moved = by_doc
                .remove(&other)
                .unwrap_or_else(|| HashMap::from_iter([(cands[other_first].doc, vec![other_first])]));
            let kept =
                by_doc.entry(root).or_insert_with(|| HashMap::from_iter([(cands[keep_first].doc, vec![keep_first])]));
            for (doc, claims) in moved {
                // A few claims per article stand for it: the ones in a set agree with each
                // other, and a table of one figure repeated must not make every join slower.
                let slot = kept.entry(doc).or_default();
                let room = REPRESENTATIVES.saturating_sub(slot.len());
                slot.extend(claims.into_iter().take(room));
            }
            // Reasons in words only for the links kept, and only when wanted.
            let judgement = if reasons { judge(ca, cb, shared_names, true) } else { scored };
            unions.push(Link { a, b, judgement, by_reviewer: false });
        }
    }
    unions
}

/// Each position paired with the next `NEIGHBOURS` after it.
fn neighbours(positions: &[usize]) -> impl Iterator<Item = (usize, usize)> + '_ {
    positions
        .iter()
        .enumerate()
        .flat_map(move |(x, &k)| positions.iter().skip(x + 1).take(NEIGHBOURS).map(move |&l| (k, l)))
}

/// Would joining these two sets (each a root and a member, for sets of one) keep one figure per
/// article? Only the articles of the smaller set are looked up in the larger.
fn compatible(
    cands: &[Candidate<'_>],
    by_doc: &HashMap<usize, HashMap<usize, Vec<usize>>>,
    (ra, a): (usize, usize),
    (rb, b): (usize, usize),
) -> bool {
    let agree = |i: usize, j: usize| match (cands[i].interval, cands[j].interval) {
        (Some(p), Some(q)) => p.agrees(&q),
        _ => false,
    };
    // A set of one claim has no entry: compare its one claim directly.
    let clashes = |member: usize, set: &HashMap<usize, Vec<usize>>| {
        set.get(&cands[member].doc).is_some_and(|theirs| theirs.iter().any(|&j| !agree(member, j)))
    };
    match (by_doc.get(&ra), by_doc.get(&rb)) {
        (None, None) => cands[a].doc != cands[b].doc || agree(a, b),
        (None, Some(set)) => !clashes(a, set),
        (Some(set), None) => !clashes(b, set),
        (Some(x), Some(y)) => {
            let (small, large) = if x.len() <= y.len() { (x, y) } else { (y, x) };
            small.values().flatten().all(|&i| !clashes(i, large))
        }
    }
}

/// Applies the reviewer's moves into other quantities: a moved claim leaves the quantity it was
/// found in (the sets are rebuilt without its links) and joins the one it was moved to.
fn place(cands: &[Candidate<'_>], placements: &[Option<Placement>], sets: &mut UnionFind, unions: &mut Vec<Link>) {
    let moved: Vec<(usize, usize)> = placements
        .iter()
        .enumerate()
        .filter_map(|(i, p)| match p {
            Some(Placement::With(j)) if *j < cands.len() && *j != i => Some((i, *j)),
            _ => None,
        })
        .collect();
    if moved.is_empty() {
        return;
    }
    let leaving: rustc_hash::FxHashSet<usize> = moved.iter().map(|(i, _)| *i).collect();
    unions.retain(|l| !leaving.contains(&l.a) && !leaving.contains(&l.b));
    for (i, j) in moved {
        let judgement = Judgement::moved_by_reviewer();
        unions.push(Link { a: j, b: i, judgement, by_reviewer: true });
    }
    let mut rebuilt = UnionFind::new(cands.len());
    for l in unions.iter() {
        rebuilt.union(l.a, l.b);
    }
    *sets = rebuilt;
}

/// Turns sets into numbered quantities (in order of their first member), keeping sets of two or
/// more; each member keeps the first link that touched it, as its reason for being there.
fn collect(n: usize, sets: &mut UnionFind, unions: &[Link]) -> Grouping {
    let roots: Vec<usize> = (0..n).map(|i| sets.find(i)).collect();
    let mut size = vec![0usize; n];
    for &r in &roots {
        size[r] += 1;
    }
    // Numbered in order of their first member, each member's index ascending.
    let mut number: Vec<Option<usize>> = vec![None; n];
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut of = vec![None; n];
    for (i, &r) in roots.iter().enumerate().filter(|(_, r)| size[**r] > 1) {
        let q = *number[r].get_or_insert_with(|| {
            members.push(Vec::with_capacity(size[r]));
            members.len() - 1
        });
        members[q].push(i);
        of[i] = Some(q);
    }
    let mut joined_by: Vec<Option<Link>> = vec![None; n];
    // A reviewer's move explains a moved claim before any link found.
    for l in unions.iter().filter(|l| l.by_reviewer).chain(unions.iter()) {
        for x in [l.b, l.a] {
            if of[x].is_some() && joined_by[x].is_none() {
                joined_by[x] = Some(l.clone());
            }
        }
    }
    Grouping { members, of, joined_by }
}
