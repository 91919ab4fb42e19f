//! Where every claim of a project sits, by id: the lookup behind undo, merges and every action
//! that names a claim by id.

use super::{ClaimId, ClaimRef, Project};

/// Every claim's position by id: ids sorted, beside their positions in 32 bits. An archive's
/// quarter of a million claims take 12 bytes each here (3 MB); a hash map of `ClaimRef`s took
/// 13 MB.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClaimPositions {
    /// Claim ids, ascending, each once.
    ids: Vec<ClaimId>,
    /// `[document, claim]` of the id at the same index.
    at: Vec<[u32; 2]>,
}

impl ClaimPositions {
    /// The positions of every claim of `project`. Ids are unique in a project; were one not, the
    /// last claim holding it wins (as a map filled in reading order would have it).
    pub fn of(project: &Project) -> Self {
        let mut found: Vec<(ClaimId, [u32; 2])> = Vec::with_capacity(project.claim_count());
        for (d, doc) in project.documents.iter().enumerate() {
            let Ok(d) = u32::try_from(d) else { break };
            for (c, claim) in doc.claims.iter().enumerate() {
                let Ok(c) = u32::try_from(c) else { break };
                found.push((claim.id, [d, c]));
            }
        }
        // Ids are given out in reading order, so this is mostly a pass over a sorted list; the
        // stable sort keeps reading order among equal ids, and the last of each is kept.
        found.sort_by_key(|(id, _)| *id);
        let mut positions = Self { ids: Vec::with_capacity(found.len()), at: Vec::with_capacity(found.len()) };
        for (id, at) in found {
            if positions.ids.last() == Some(&id) {
                if let Some(last) = positions.at.last_mut() {
                    *last = at;
                }
                continue;
            }
            positions.ids.push(id);
            positions.at.push(at);
        }
        positions
    }

    /// Where the claim with this id sits.
    pub fn get(&self, id: ClaimId) -> Option<ClaimRef> {
        let i = self.ids.binary_search(&id).ok()?;
        let [doc, claim] = *self.at.get(i)?;
        Some(ClaimRef { doc: doc as usize, claim: claim as usize })
    }

    /// How many claims it places.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Does it place no claim?
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> Project {
        Project::of_texts(&[
            ("a.txt", "At least 24 died on July 28 — é 😀, and 3 were hurt."),
            ("b.txt", "Officials counted 20 deaths and 1,200 arrests."),
        ])
    }

    #[test]
    fn every_claim_is_found_by_its_id() {
        let project = project();
        let positions = ClaimPositions::of(&project);
        assert_eq!(positions.len(), project.claim_count());
        for r in project.claim_refs() {
            let Some(claim) = project.claim(r) else { panic!("{r:?} is listed") };
            assert_eq!(positions.get(claim.id), Some(r));
        }
        let unknown = project.claim_refs().filter_map(|r| project.claim(r)).map(|c| c.id).max().unwrap_or(0) + 1;
        assert_eq!(positions.get(unknown), None);
        let empty = Project::of_texts(&[]);
        assert!(ClaimPositions::of(&empty).is_empty());
        assert_eq!(ClaimPositions::of(&empty).get(1), None);
    }

    #[test]
    fn ids_out_of_order_and_repeated_are_placed() {
        let mut project = project();
        // Ids as a merge or an old file may leave them: not in reading order, one given twice.
        let ids = [9, 4, 7, 2, 9];
        let refs: Vec<ClaimRef> = project.claim_refs().collect();
        assert!(refs.len() >= ids.len(), "{} claims", refs.len());
        for (r, id) in refs.iter().zip(ids) {
            project.documents[r.doc].claims[r.claim].id = id;
        }
        let positions = ClaimPositions::of(&project);
        assert_eq!(positions.get(4), Some(refs[1]));
        assert_eq!(positions.get(2), Some(refs[3]));
        assert_eq!(positions.get(9), Some(refs[4]), "the last claim holding an id wins");
        assert_eq!(positions.len(), project.claim_count() - 1);
    }
}
