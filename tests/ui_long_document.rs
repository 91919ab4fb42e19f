//! A long document in the desk: only the part near the view is laid out (a laid-out megabyte
//! holds some 170 MB), yet every claim can be shown, clicked and judged wherever it sits.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a failure here is the test failing

#[path = "common/desk.rs"]
mod desk;

use eframe::egui::{self, Key};
use tally::project::{ClaimRef, Verdict};

/// One report of 3,000 lines (about 300 KB), two figures a line, with non-ASCII text throughout.
fn long_report() -> String {
    (0..3_000)
        .map(|i| {
            format!(
                "Día {i} — the Kessel café count: {} houses burned and {} people left, officials said.\n",
                i % 90 + 10,
                i % 70 + 3
            )
        })
        .collect()
}

#[test]
fn a_long_document_lays_out_only_what_is_near_the_view_and_every_claim_still_answers() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("report.txt"), long_report()).unwrap();
    let mut h = desk::opened_on(dir.path(), egui::vec2(1200.0, 800.0), 12);
    h.run_steps(3);
    let claims = h.state().review().project().documents[0].claims.len();
    assert!(claims >= 6_000, "{claims} claims");

    let (laid_out, chunks) = h.state().laid_out_chunks();
    assert!(chunks > 50, "{chunks} chunks");
    assert!(laid_out > 0 && laid_out < chunks / 4, "{laid_out} of {chunks} laid out at the top");
    assert!(h.state().claim_rect(0).is_some(), "the first claim is drawn");
    assert!(h.state().claim_rect(claims - 1).is_none(), "the last is not laid out yet");

    // Show a claim near the end, as the claims table or a search would.
    let far = claims - 3;
    h.state_mut().select_claim(ClaimRef { doc: 0, claim: far });
    h.run_steps(4);
    let (_, panel) = h.state().article_rects().unwrap();
    let rect = h.state().claim_rect(far).expect("the claim is laid out and drawn where it is");
    assert!(panel.contains(rect.center()), "{rect:?} is in sight in {panel:?}");
    let (laid_out, _) = h.state().laid_out_chunks();
    assert!(laid_out < chunks / 4, "{laid_out} of {chunks}: the top was let go");
    assert!(h.state().claim_rect(0).is_none(), "the first claim's chunk is no longer held");

    // A claim beside it answers a click and a verdict key.
    let beside = h.state().claim_rect(far + 1).expect("its neighbour is drawn");
    h.hover_at(beside.center());
    h.run();
    h.drag_at(beside.center());
    h.drop_at(beside.center());
    h.run();
    assert_eq!(h.state().view().selected, Some(ClaimRef { doc: 0, claim: far + 1 }));
    h.key_press(Key::Num2);
    h.run_steps(3);
    let judged = &h.state().review().project().documents[0].claims[far + 1];
    assert_eq!(judged.verdict, Verdict::Conflicting);
    assert!(h.state().claim_rect(far + 1).is_some(), "still drawn after the verdict re-lays out its chunk");

    // Back to the top: the first claim is laid out again, where it was.
    h.state_mut().select_claim(ClaimRef { doc: 0, claim: 0 });
    h.run_steps(4);
    assert!(h.state().claim_rect(0).is_some(), "laid out again when shown");
}
