//! Saved web pages as articles: the story's text (headline and paragraphs, in order) without the
//! page around it (navigation, ads, comments, related stories, scripts, cookie banners), and what
//! the page says about itself (`og:` tags, `<title>`, the canonical link, JSON-LD `NewsArticle`).
//!
//! The parser is `scraper` (html5ever, the HTML5 parsing algorithm browsers use), so entities and
//! broken markup read as a browser reads them. Finding the story is a readability-style guess: an
//! `<article>` if the page has one, else the block holding the most paragraph text.

use scraper::{ElementRef, Html, Selector};

use crate::metadata::{FieldName, Metadata, Origin};

/// A page read as an article.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// The headline, then each paragraph, separated by blank lines.
    pub text: String,
    /// What the page's own tags say.
    pub metadata: Metadata,
}

/// Words in a class or id that mark page furniture, not the story.
const FURNITURE: [&str; 22] = [
    "comment",
    "cookie",
    "consent",
    "related",
    "share",
    "social",
    "promo",
    "advert",
    "newsletter",
    "subscribe",
    "banner",
    "sidebar",
    "recommend",
    "most-read",
    "popular",
    "breadcrumb",
    "footer",
    "nav",
    "menu",
    "paywall",
    "outbrain",
    "taboola",
];

/// Elements that never hold the story's text.
const SKIPPED_TAGS: [&str; 12] =
    ["nav", "aside", "footer", "header", "form", "script", "style", "noscript", "button", "iframe", "svg", "template"];

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// Is this element (or one around it) page furniture?
fn is_furniture(element: ElementRef<'_>) -> bool {
    furniture_around(element, false)
}

/// `header_ok`: a `<header>` around it is fine (an article's headline sits in one).
fn furniture_around(element: ElementRef<'_>, header_ok: bool) -> bool {
    std::iter::successors(Some(element), |e| e.parent().and_then(ElementRef::wrap)).any(|e| {
        let v = e.value();
        if SKIPPED_TAGS.contains(&v.name()) && !(header_ok && v.name() == "header") {
            return true;
        }
        let marks = [v.attr("class").unwrap_or(""), v.attr("id").unwrap_or(""), v.attr("role").unwrap_or("")];
        marks.iter().any(|m| {
            let m = m.to_ascii_lowercase();
            FURNITURE.iter().any(|f| m.split([' ', '_']).any(|part| part.starts_with(f) || part.ends_with(f)))
                || m.contains("complementary")
        })
    })
}

/// An element's text with runs of white space made one space (a non-breaking space is kept: it
/// can group digits).
fn block_text(element: ElementRef<'_>) -> String {
    let raw: String = element.text().collect();
    let mut out = String::with_capacity(raw.len());
    let mut space = false;
    for c in raw.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// The story's container: the `<article>` (or `main`, or block) with the most paragraph text.
fn story_container(page: &Html) -> Option<ElementRef<'_>> {
    let paragraphs = selector("p")?;
    let text_in = |e: ElementRef<'_>| -> usize {
        e.select(&paragraphs).filter(|p| !is_furniture(*p)).map(|p| block_text(p).len()).sum()
    };
    for css in ["article", "main", "[role=main]"] {
        let Some(sel) = selector(css) else {
            continue;
        };
        if let Some(best) = page.select(&sel).filter(|e| !is_furniture(*e)).max_by_key(|e| text_in(*e))
            && text_in(best) > 0
        {
            return Some(best);
        }
    }
    // No landmark: the block whose own paragraphs hold the most text.
    let blocks = selector("div, section, td")?;
    page.select(&blocks).filter(|e| !is_furniture(*e)).max_by_key(|e| {
        e.children()
            .filter_map(ElementRef::wrap)
            .filter(|c| c.value().name() == "p")
            .map(|p| block_text(p).len())
            .sum::<usize>()
    })
}

fn meta(page: &Html, css: &str) -> Option<String> {
    let sel = selector(css)?;
    page.select(&sel)
        .find_map(|e| e.value().attr("content").or_else(|| e.value().attr("href")).map(str::trim).map(str::to_owned))
        .filter(|v| !v.is_empty())
}

/// `NewsArticle` (or `Article`) fields from the page's JSON-LD.
fn json_ld(page: &Html, metadata: &mut Metadata) {
    let Some(sel) = selector("script[type=\"application/ld+json\"]") else {
        return;
    };
    for script in page.select(&sel) {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&script.text().collect::<String>()) else {
            continue;
        };
        let items = match &value {
            serde_json::Value::Array(items) => items.iter().collect::<Vec<_>>(),
            serde_json::Value::Object(o) => match o.get("@graph") {
                Some(serde_json::Value::Array(items)) => items.iter().collect(),
                _ => vec![&value],
            },
            _ => continue,
        };
        for item in items {
            let kind = item.get("@type").and_then(|t| t.as_str()).unwrap_or("");
            if !kind.ends_with("Article") && kind != "ReportageNewsArticle" {
                continue;
            }
            let text = |v: Option<&serde_json::Value>| -> Option<String> {
                match v? {
                    serde_json::Value::String(s) => Some(s.clone()),
                    serde_json::Value::Object(o) => o.get("name").and_then(|n| n.as_str()).map(str::to_owned),
                    serde_json::Value::Array(a) => {
                        a.first().and_then(|f| f.get("name")).and_then(|n| n.as_str()).map(str::to_owned)
                    }
                    _ => None,
                }
            };
            let fields = [
                (FieldName::Title, text(item.get("headline"))),
                (FieldName::Published, text(item.get("datePublished"))),
                (FieldName::Outlet, text(item.get("publisher"))),
                (FieldName::Author, text(item.get("author"))),
                (FieldName::Url, text(item.get("url"))),
            ];
            for (name, value) in fields {
                if let Some(value) = value
                    && metadata.get(name).is_none()
                {
                    metadata.set(name, &value, Origin::Html);
                }
            }
        }
    }
}

/// What the page says about itself.
fn page_metadata(page: &Html) -> Metadata {
    let mut metadata = Metadata::default();
    let found = [
        (FieldName::Title, meta(page, "meta[property=\"og:title\"]")),
        (FieldName::Outlet, meta(page, "meta[property=\"og:site_name\"]")),
        (FieldName::Url, meta(page, "link[rel=\"canonical\"]").or_else(|| meta(page, "meta[property=\"og:url\"]"))),
        (
            FieldName::Published,
            meta(page, "meta[property=\"article:published_time\"]").or_else(|| meta(page, "meta[name=\"date\"]")),
        ),
        (FieldName::Author, meta(page, "meta[name=\"author\"]")),
    ];
    for (name, value) in found {
        if let Some(value) = value {
            metadata.set(name, &value, Origin::Html);
        }
    }
    json_ld(page, &mut metadata);
    if metadata.title.is_none()
        && let Some(sel) = selector("title")
        && let Some(title) = page.select(&sel).next().map(block_text)
    {
        metadata.set(FieldName::Title, &title, Origin::Html);
    }
    if let Some(sel) = selector("html")
        && let Some(lang) = page.select(&sel).next().and_then(|h| h.value().attr("lang"))
    {
        metadata.set(FieldName::Language, lang.split('-').next().unwrap_or(lang), Origin::Html);
    }
    metadata
}

/// Reads a saved page: the story's text and the page's metadata.
pub fn read(html: &str) -> Page {
    let page = Html::parse_document(html);
    let metadata = page_metadata(&page);
    let mut blocks: Vec<String> = Vec::new();
    // The headline: the page's first <h1> that is not furniture.
    if let Some(h1) = selector("h1").and_then(|s| page.select(&s).find(|h| !furniture_around(*h, true)).map(block_text))
        && !h1.is_empty()
    {
        blocks.push(h1);
    }
    if let (Some(container), Some(sel)) = (story_container(&page), selector("p, h2, h3, blockquote, li")) {
        for block in container.select(&sel).filter(|b| !is_furniture(*b)) {
            // A list item or quote holding paragraphs is read through them.
            if block.value().name() != "p"
                && block.children().filter_map(ElementRef::wrap).any(|c| c.value().name() == "p")
            {
                continue;
            }
            let text = block_text(block);
            if !text.is_empty() && blocks.last() != Some(&text) {
                blocks.push(text);
            }
        }
    }
    Page { text: blocks.join("\n\n"), metadata }
}
