//! Saved web pages as articles, on pages written for these tests in the shapes of real news sites:
//! the story comes out, the page around it does not, and its claims are those of the plain text.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::too_many_lines)] // a failure here is the test failing

use tally::extract::extract;
use tally::metadata::{FieldName, Origin};

const STORY: [&str; 3] = [
    "At least 9 people died when the storm reached Port Alder on Friday, the coastguard said.",
    "More than 1,200 residents were evacuated; repairs will cost €8 million, according to the Harbour Authority.",
    "Café owners counted 40 boats lost — the worst since 1987.",
];

fn plain_claims() -> Vec<String> {
    let plain = format!("Storm closes Port Alder harbour\n\n{}", STORY.join("\n\n"));
    extract(&plain).into_iter().map(|c| c.text.into()).collect()
}

fn paragraphs() -> String {
    STORY.iter().map(|p| format!("<p>{}</p>", p.replace('€', "&euro;").replace('—', "&mdash;"))).collect()
}

/// A wire story: navigation, a header, JSON-LD, a footer with numbers of its own.
fn wire_page() -> String {
    format!(
        r#"<!doctype html><html lang="en-GB"><head>
<title>Storm closes Port Alder harbour | Coast Wire</title>
<meta property="og:site_name" content="Coast Wire">
<link rel="canonical" href="https://coastwire.example/2024/06/storm">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm closes Port Alder harbour","datePublished":"2024-06-02T09:30:00Z","publisher":{{"@type":"Organization","name":"Coast Wire"}},"author":[{{"@type":"Person","name":"Ana Ruiz"}}]}}</script>
<script>var pageviews = 123456;</script></head>
<body><nav class="main-nav"><ul><li>Home</li><li>Top 10 stories</li></ul></nav>
<article><header><h1>Storm closes Port Alder harbour</h1><p class="byline-share">Share 25 times</p></header>
{}
</article>
<footer>© 2024 Coast Wire · 500 Harbour Road</footer></body></html>"#,
        paragraphs()
    )
}

/// A live blog: timestamped updates inside the article, a "most read" rail beside it.
fn live_page() -> String {
    let updates: String = STORY
        .iter()
        .zip(["10:32", "11:05", "11:40"])
        .map(|(p, at)| {
            let p = p.replace('€', "&euro;").replace('—', "&mdash;");
            format!("<div class=\"live-update\"><time>{at}</time><p>{p}</p></div>")
        })
        .collect();
    format!(
        r#"<html><head><meta property="og:title" content="Live: Port Alder storm"><meta property="article:published_time" content="2024-06-02T08:00:00+01:00"></head>
<body><main><h1>Storm closes Port Alder harbour</h1>
{updates}
</main>
<aside class="most-read"><p>Most read: 7 things to know about tides</p></aside></body></html>"#
    )
}

/// A page with a cookie banner and a long comment section, and no landmarks at all.
fn comments_page() -> String {
    let comments: String = (1..=30)
        .map(|i| format!("<div class=\"comment\"><p>Reader {i}: I counted {} boats myself.</p></div>", i * 3))
        .collect();
    format!(
        r#"<html><body><div id="cookie-consent"><p>We use 12 cookies to improve this site.</p><button>Accept</button></div>
<div class="page"><h1>Storm closes Port Alder harbour</h1><div class="story-body">{}</div>
<div class="related-stories"><p>Related: 3 storms that shaped the coast</p></div>
<section id="comments">{comments}</section></div></body></html>"#,
        paragraphs()
    )
}

#[test]
fn the_story_comes_out_and_the_page_around_it_does_not() {
    for (name, html) in [("wire", wire_page()), ("live", live_page()), ("comments", comments_page())] {
        let page = tally::html::read(&html);
        assert!(page.text.starts_with("Storm closes Port Alder harbour\n\n"), "{name}: {:?}", page.text);
        for paragraph in STORY {
            assert!(page.text.contains(paragraph), "{name}: missing {paragraph:?} in {:?}", page.text);
        }
        for furniture in ["Top 10", "Share 25", "© 2024", "pageviews", "Most read", "cookies", "Reader", "Related:"] {
            assert!(!page.text.contains(furniture), "{name}: {furniture:?} leaked into {:?}", page.text);
        }
        let claims: Vec<String> = extract(&page.text).into_iter().map(|c| c.text.into()).collect();
        assert_eq!(claims, plain_claims(), "{name}: the same claims as the plain text");
    }
}

#[test]
fn the_page_says_who_published_it_and_when() {
    let wire = tally::html::read(&wire_page()).metadata;
    assert_eq!(wire.value(FieldName::Title), Some("Storm closes Port Alder harbour"));
    assert_eq!(wire.value(FieldName::Outlet), Some("Coast Wire"));
    assert_eq!(wire.value(FieldName::Url), Some("https://coastwire.example/2024/06/storm"));
    assert_eq!(wire.value(FieldName::Published), Some("2024-06-02T09:30:00Z"));
    assert_eq!(wire.value(FieldName::Author), Some("Ana Ruiz"));
    assert_eq!(wire.value(FieldName::Language), Some("en"));
    assert_eq!(wire.outlet.as_ref().map(|f| f.origin), Some(Origin::Html));
    let live = tally::html::read(&live_page()).metadata;
    assert_eq!(live.value(FieldName::Title), Some("Live: Port Alder storm"));
    assert_eq!(live.value(FieldName::Published), Some("2024-06-02T08:00:00+01:00"));
}

#[test]
fn a_corpus_folder_reads_saved_pages_beside_text_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("wire.html"), wire_page()).expect("write");
    std::fs::create_dir(dir.path().join("wire_files")).expect("mkdir");
    std::fs::write(dir.path().join("wire_files/style.css"), "body { margin: 0 }").expect("write");
    std::fs::write(dir.path().join("plain.txt"), STORY.join("\n")).expect("write");
    let corpus = tally::corpus::load(dir.path()).expect("load");
    let paths: Vec<&str> = corpus.documents.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, ["plain.txt", "wire.html"]);
    assert!(corpus.skipped.is_empty(), "a saved page's _files folder is not listed: {:?}", corpus.skipped);
    let wire = &corpus.documents[1];
    assert_eq!(wire.metadata.display_name("wire.html"), "Coast Wire — Storm closes Port Alder harbour");
    assert!(wire.text.contains("€8 million"), "entities decoded");
}
