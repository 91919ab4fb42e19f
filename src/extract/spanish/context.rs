//! What surrounds a number in Spanish: its hedge ("al menos", "más de", "superó los"), what it
//! counts ("24 personas murieron" → `personas murieron`, head `death`), its scope ("en la capital"),
//! and who says so ("según Foro Penal", "informó el CNE", "dijo Romero").

use crate::extract::claim;
use std::sync::Arc;

use super::lexicon as lx;
use super::text::{capitalized, low, next_word, prev_word};
use crate::extract::context::{collapse_spaces, sentence_bounds};
use crate::extract::{Claim, Found, Kind, Qualifier, heads};

/// How many words a subject or a source's name may run to.
const PHRASE_WORDS: usize = 4;

/// The last sentence worked out, shared by the claims in it.
#[derive(Default)]
pub struct SentenceCache {
    start: usize,
    end: usize,
    sentence: crate::extract::Sentence,
    /// The text itself, shared, when sentences are to point into it rather than be copied.
    shared: Option<Arc<str>>,
    /// Each source the sentence names.
    sources: Vec<Named>,
    /// Who the sentence's last claim was said by (an index into `sources`), shared with the next
    /// claim the same source governs.
    said: Option<(usize, Arc<claim::Said>)>,
}

impl SentenceCache {
    /// A cache whose sentences point into `shared` (the text being read), when given.
    pub fn sharing(shared: Option<&Arc<str>>) -> Self {
        Self { shared: shared.cloned(), ..Self::default() }
    }
}

/// A source a sentence names.
struct Named {
    /// Where its phrase starts.
    at: usize,
    /// The phrase: "según Foro Penal", "dijo Romero", "la oposición denunció".
    phrase: String,
    /// The name: "Foro Penal", "Romero", "oposición".
    name: String,
    /// Written as a tag that can follow what it sources ("…, dijo Romero", "…, según X"), not as
    /// the subject of a clause of its own ("…, mientras la oposición aseguró…").
    tag: bool,
}

/// Adds context to what the Spanish grammar found.
pub fn complete(text: &str, found: Found, cache: &mut SentenceCache) -> Claim {
    if cache.sentence.is_empty() || found.start < cache.start || found.end > cache.end {
        let (start, end) = sentence_bounds(text, found.start, found.end);
        cache.start = start;
        cache.end = end;
        cache.sentence = crate::extract::Sentence::of(text, cache.shared.as_ref(), start, end);
        cache.sources = sources(text, start, end);
        cache.said = None;
    }
    // The nearest source named before the claim in its sentence, else a tag after it.
    let named = cache
        .sources
        .iter()
        .filter(|n| n.at <= found.start)
        .max_by_key(|n| n.at)
        .or_else(|| cache.sources.iter().find(|n| n.at > found.start && n.tag));
    let said = named.and_then(|n| cache.sources.iter().position(|m| std::ptr::eq(m, n))).and_then(|at| {
        claim::shared_said(&mut cache.said, at, || (cache.sources[at].phrase.as_str(), cache.sources[at].name.as_str()))
    });
    let (subject, scope) = if found.kind == Kind::Date {
        (None, None)
    } else {
        subject_after(text, &found, cache.end).map(|(s, scope)| (Some(s), scope)).unwrap_or_else(|| {
            // A length of time is not what a news noun before it counts ("12 fallecidos en las
            // últimas 24 horas").
            let before = (found.kind != Kind::Duration).then(|| subject_before(text, cache.start, found.start));
            (before.flatten(), None)
        })
    };
    let verb_head = concept_before(text, cache.start, found.start);
    let subject_head = verb_head.map(Into::into).or_else(|| subject.as_deref().and_then(subject_head).map(Into::into));
    Claim {
        start: claim::offset(found.start),
        end: claim::offset(found.end),
        text: text[found.start..found.end].into(),
        kind: found.kind,
        value: found.value.unwrap_or_default(),
        has_value: found.value.is_some(),
        unit: found.unit.map(Into::into),
        qualifier: qualifier(text, found.start),
        subject: subject.map(Into::into),
        subject_head,
        rare: claim::Rare::boxed(found.value_max, found.date, scope.map(Into::into)),
        sentence: cache.sentence.clone(),
        said,
    }
}

/// The hedge right before the number, an article between them allowed ("superó los 2.000").
pub fn qualifier(text: &str, start: usize) -> Qualifier {
    // Up to four words back, nearest first (no allocation: this runs for every claim).
    let mut found: [Option<super::text::Low<'_>>; 4] = [None, None, None, None];
    let mut pos = start;
    for slot in &mut found {
        let Some(w) = prev_word(text, pos) else {
            break;
        };
        *slot = Some(low(text, w));
        pos = w.0;
    }
    let mut buffer = [""; 4];
    let mut n = 0;
    for (slot, w) in buffer.iter_mut().zip(found.iter().map_while(Option::as_ref)) {
        *slot = w.as_str();
        n += 1;
    }
    let words = &buffer[..n];
    for skip in [0, 1] {
        if skip == 1 && !words.first().is_some_and(|w| matches!(*w, "el" | "la" | "los" | "las" | "un")) {
            break;
        }
        'phrases: for (phrase, q) in lx::QUALIFIERS {
            if skip == 1 && *q == Qualifier::UpTo {
                continue;
            }
            for (k, expected) in phrase.iter().rev().enumerate() {
                match words.get(k + skip) {
                    Some(w) if w == expected => {}
                    _ => continue 'phrases,
                }
            }
            return *q;
        }
    }
    Qualifier::Exact
}

/// What the number counts, read after it: "personas murieron", "presos políticos", "votos"
/// (past "de los" after a share); and the scope after that ("en la capital").
fn subject_after(text: &str, found: &Found, limit: usize) -> Option<(String, Option<String>)> {
    let mut at = found.end;
    let mut w = next_word(text, at).filter(|w| w.1 <= limit)?;
    // "el 51 % de los votos", "3 millones de personas": past "de" and an article.
    if low(text, w).as_str() == "de" {
        at = w.1;
        w = next_word(text, at).filter(|w| w.1 <= limit)?;
        if matches!(low(text, w).as_str(), "los" | "las" | "la" | "el") {
            w = next_word(text, w.1).filter(|w| w.1 <= limit)?;
        }
    }
    // "de los cuales 1.659 son hombres": the noun after a copula.
    if matches!(low(text, w).as_str(), "son" | "eran" | "fueron" | "serían" | "serán")
        && let Some(n) = next_word(text, w.1).filter(|n| n.1 <= limit)
        && !lx::function_word(low(text, n).as_str())
    {
        w = n;
    }
    // "ya son 16 los muertos": the counted noun after its article; "elevó a 1.229 el número de
    // detenidos": the noun after "el número de".
    if matches!(low(text, w).as_str(), "los" | "las") {
        w = next_word(text, w.1).filter(|w| w.1 <= limit)?;
    } else if matches!(low(text, w).as_str(), "el" | "la")
        && let Some(n) = next_word(text, w.1)
            .filter(|n| matches!(low(text, *n).as_str(), "número" | "numero" | "cifra" | "total" | "saldo" | "balance"))
        && let Some(de) = next_word(text, n.1).filter(|d| low(text, *d).as_str() == "de")
    {
        w = next_word(text, de.1).filter(|w| w.1 <= limit)?;
        if matches!(low(text, w).as_str(), "los" | "las") {
            w = next_word(text, w.1).filter(|w| w.1 <= limit)?;
        }
    }
    let first = w.0;
    let mut last = None;
    let mut nouns = 0;
    let mut cur = Some(w);
    // The noun phrase: content words that are not verbs.
    while let Some(c) = cur.filter(|c| c.1 <= limit) {
        let l = low(text, c);
        let l = l.as_str();
        if lx::function_word(l) || lx::verb_like(l) || nouns == PHRASE_WORDS || capitalized(text, c) && nouns > 0 {
            break;
        }
        nouns += 1;
        last = Some(c.1);
        cur = next_word(text, c.1);
    }
    // Its verb group: "murieron", "fueron detenidas", "han sido liberados", "resultaron heridos".
    let mut verbs = 0;
    while let Some(c) = cur.filter(|c| c.1 <= limit) {
        let l = low(text, c);
        let l = l.as_str();
        let after_auxiliary = verbs > 0 && lx::participle(l);
        if !(lx::verb_like(l) || lx::auxiliary(l) || l == "sido" || after_auxiliary) || verbs == 3 {
            break;
        }
        verbs += 1;
        last = Some(c.1);
        cur = next_word(text, c.1);
        if !(lx::auxiliary(l) || l == "sido") {
            break;
        }
    }
    let end = last?;
    let subject = collapse_spaces(&text[first..end]);
    // The scope: "en la capital", "desde las elecciones".
    let scope = cur.filter(|c| c.1 <= limit && lx::scope_word(low(text, *c).as_str())).and_then(|c| {
        let mut e = c.1;
        let mut k = 0;
        let mut n = next_word(text, c.1);
        while let Some(x) = n.filter(|x| x.1 <= limit) {
            let l = low(text, x);
            if k == PHRASE_WORDS || matches!(l.as_str(), "que" | "y" | "según" | "pero" | "aunque") {
                break;
            }
            e = x.1;
            k += 1;
            n = next_word(text, x.1);
        }
        (k > 0).then(|| collapse_spaces(&text[c.0..e]))
    });
    Some((subject, scope))
}

/// Words before the number that name a news quantity ("la cifra de muertos ascendió a 41").
fn subject_before(text: &str, sentence_start: usize, start: usize) -> Option<String> {
    let mut pos = start;
    for _ in 0..8 {
        let w = prev_word(text, pos).filter(|w| w.0 >= sentence_start)?;
        if lx::concept(low(text, w).as_str()).is_some() {
            return Some(text[w.0..w.1].to_owned());
        }
        pos = w.0;
    }
    None
}

/// A news verb just before the number: "murieron 24 personas", "liberaron a 103 presos".
fn concept_before(text: &str, sentence_start: usize, start: usize) -> Option<&'static str> {
    let mut pos = start;
    for _ in 0..3 {
        let w = prev_word(text, pos).filter(|w| w.0 >= sentence_start)?;
        let l = low(text, w);
        let l = l.as_str();
        if lx::verb_like(l)
            && let Some(c) = lx::concept(l)
        {
            return Some(c);
        }
        if !(lx::function_word(l) || lx::QUALIFIERS.iter().any(|(p, _)| p.contains(&l))) {
            return None;
        }
        pos = w.0;
    }
    None
}

/// The head of a Spanish subject, normalized as English heads are: a news concept ("murieron" →
/// `death`), else the last noun, in English where the glossary knows it ("presos" → `prisoner`).
pub fn subject_head(subject: &str) -> Option<String> {
    let mut head: Option<String> = None;
    let mut closed = false;
    for (k, w) in subject.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).enumerate() {
        let l = low(w, (0, w.len()));
        let l = l.as_str();
        if let Some(c) = lx::concept(l) {
            return Some(c.to_owned());
        }
        if k > 0 && lx::verb_like(l) {
            // The noun phrase is over; a news verb later still names the quantity
            // ("presos fueron liberados").
            closed = true;
        }
        // Adjectives follow the noun in Spanish: the head is the first noun.
        if head.is_none() && !closed && !lx::function_word(l) && !lx::adjective_before_noun(l) {
            head = Some(match super::glossary::gloss(l) {
                Some(english) => heads::singular(english),
                None => super::glossary::singular(l),
            });
        }
    }
    head.map(|h| if h == "people" { "person".to_owned() } else { h })
}

/// The words of `text[start..end]`, as spans.
fn words_in(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = start;
    for (k, c) in text[start..end].char_indices() {
        let at = start + k;
        if at < i || !c.is_alphabetic() {
            continue;
        }
        let e = super::text::letters_end(text, at);
        out.push((at, e));
        i = e;
    }
    out
}

/// The sources a sentence names, each with where its phrase starts: "según X", "de acuerdo con
/// X", a reporting verb and the name after it ("informó el CNE") or before it ("Romero dijo").
fn sources(text: &str, start: usize, end: usize) -> Vec<Named> {
    let mut out = Vec::new();
    let words = words_in(text, start, end);
    let lows: Vec<_> = words.iter().map(|w| low(text, *w)).collect();
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        let l = lows[k].as_str();
        let next = |d: usize| lows.get(k + d).map(|l| l.as_str());
        let marker_end = match l {
            "según" | "segun" => Some(w.1),
            "de" if next(1) == Some("acuerdo") && matches!(next(2), Some("con" | "a")) => Some(words[k + 2].1),
            _ => None,
        };
        let found = if let Some(m) = marker_end {
            // "según datos oficiales": after a marker, a source needs no article.
            name_after(text, m, end).or_else(|| common_noun_after(text, m, end)).map(|(e, name)| (w.0, e, name, true))
        } else if lx::reporting_verb(l) {
            name_after(text, w.1, end)
                .map(|(e, name)| (w.0, e, name, true))
                .or_else(|| name_before(text, w.0, start).map(|(s, name)| (s, w.1, name, false)))
        } else {
            None
        };
        if let Some((s, e, name, tag)) = found {
            out.push(Named { at: s, phrase: collapse_spaces(&text[s..e]), name, tag });
            while k < words.len() && words[k].0 < e {
                k += 1;
            }
            continue;
        }
        k += 1;
    }
    out
}

/// A bare noun phrase after a marker: "cifras oficiales", "datos del Inegi".
fn common_noun_after(text: &str, from: usize, limit: usize) -> Option<(usize, String)> {
    let first = next_word(text, from).filter(|w| w.1 <= limit)?;
    let l = low(text, first);
    if lx::function_word(l.as_str()) || lx::verb_like(l.as_str()) {
        return None;
    }
    let mut end = first.1;
    let mut cur = next_word(text, first.1);
    let mut words = 1;
    while let Some(c) = cur.filter(|c| c.1 <= limit && words < PHRASE_WORDS) {
        let l = low(text, c);
        if lx::function_word(l.as_str()) && !matches!(l.as_str(), "de" | "del") || lx::finite_verb(l.as_str()) {
            break;
        }
        if !matches!(l.as_str(), "de" | "del") {
            end = c.1;
        }
        words += 1;
        cur = next_word(text, c.1);
    }
    Some((end, collapse_spaces(&text[first.0..end])))
}

/// A name without a leading article ("El CNE" → "CNE").
fn without_article(name: &str) -> String {
    for article in ["El ", "La ", "Los ", "Las "] {
        if let Some(rest) = name.strip_prefix(article).filter(|r| !r.is_empty()) {
            return rest.to_owned();
        }
    }
    name.to_owned()
}

/// A source's name after `from`: an article and a noun phrase ("la Fiscalía", "el Consejo
/// Nacional Electoral", "la ONG Foro Penal"), or capitalized words ("Alfredo Romero"); where it
/// ends and the name.
fn name_after(text: &str, from: usize, limit: usize) -> Option<(usize, String)> {
    let mut w = next_word(text, from).filter(|w| w.1 <= limit)?;
    let mut article = false;
    if matches!(low(text, w).as_str(), "el" | "la" | "los" | "las" | "del" | "al") {
        article = true;
        w = next_word(text, w.1).filter(|w| w.1 <= limit)?;
    }
    if !capitalized(text, w) && !article {
        return None;
    }
    let first = w.0;
    let mut end = w.1;
    let mut words = 1;
    let mut cur = next_word(text, w.1);
    while let Some(c) = cur.filter(|c| c.1 <= limit) {
        let l = low(text, c);
        let connector = matches!(l.as_str(), "de" | "del" | "la" | "las" | "los" | "y");
        let next_capital = next_word(text, c.1).is_some_and(|n| capitalized(text, n));
        if capitalized(text, c) || connector && next_capital {
            end = c.1;
            words += 1;
            cur = next_word(text, c.1);
            if words > 2 * PHRASE_WORDS {
                break;
            }
        } else {
            break;
        }
    }
    if !capitalized(text, w) {
        // "la fiscalía", "el servicio regional de bomberos": a common noun as the source.
        let l = low(text, w);
        if lx::function_word(l.as_str()) || lx::verb_like(l.as_str()) {
            return None;
        }
        if end > w.1 {
            // "la alcaldesa Inès Carvalho": a title, then the person's name.
            let name_start = skip_to_capital(text, w.1, end);
            if text[w.1..name_start].trim().is_empty() {
                return Some((end, collapse_spaces(&text[name_start..end])));
            }
        } else {
            let mut cur = next_word(text, end);
            let mut words = 1;
            while let Some(c) = cur.filter(|c| c.1 <= limit && words < PHRASE_WORDS + 1) {
                let l = low(text, c);
                let l = l.as_str();
                let joins = matches!(l, "de" | "del")
                    && next_word(text, c.1).is_some_and(|n| !lx::function_word(low(text, n).as_str()));
                if !(joins || !lx::function_word(l) && !lx::verb_like(l) && !lx::reporting_verb(l)) {
                    break;
                }
                if !joins {
                    end = c.1;
                }
                words += 1;
                cur = next_word(text, c.1);
            }
        }
    }
    // "el director de Foro Penal, Alfredo Romero": the person named in apposition.
    let rest = &text[end..limit.min(text.len())];
    if let Some(after_comma) = rest.strip_prefix(", ")
        && let Some((e, person)) = name_after(text, end + 2, end + 2 + after_comma.len())
            .filter(|(_, p)| p.split(' ').count() >= 2 && p.chars().next().is_some_and(char::is_uppercase))
    {
        return Some((e, person));
    }
    Some((end, without_article(&collapse_spaces::<String>(&text[first..end]))))
}

/// The first capitalized word's start in `[from, end)`.
fn skip_to_capital(text: &str, from: usize, end: usize) -> usize {
    let mut p = from;
    while let Some(w) = next_word(text, p).filter(|w| w.1 <= end) {
        if capitalized(text, w) {
            return w.0;
        }
        p = w.1;
    }
    end
}

/// Capitalized words right before a reporting verb ("Alfredo Romero dijo", "el CNE informó").
fn name_before(text: &str, verb_start: usize, limit: usize) -> Option<(usize, String)> {
    // "…, Alfredo Romero, dijo": a name in apposition, closed by a comma.
    let before = text[..verb_start].trim_end();
    let verb_start = match before.strip_suffix(',') {
        Some(rest) if rest.len() >= limit => rest.len(),
        _ => verb_start,
    };
    let w = prev_word(text, verb_start).filter(|w| w.0 >= limit)?;
    if !capitalized(text, w) {
        // "la oposición denunció": a common noun after its article.
        let l = low(text, w);
        let article = prev_word(text, w.0)
            .filter(|a| a.0 >= limit && matches!(low(text, *a).as_str(), "el" | "la" | "los" | "las"))?;
        if lx::function_word(l.as_str()) || lx::verb_like(l.as_str()) {
            return None;
        }
        return Some((article.0, text[w.0..w.1].to_owned()));
    }
    let mut first = w.0;
    let mut words = 1;
    // Back over capitalized words and the little words inside a name ("la Secretaría de Salud").
    while let Some(p) = prev_word(text, first).filter(|p| p.0 >= limit) {
        let connector = matches!(low(text, p).as_str(), "de" | "del" | "y")
            && prev_word(text, p.0).is_some_and(|q| q.0 >= limit && capitalized(text, q));
        if words >= 2 * PHRASE_WORDS || !(capitalized(text, p) || connector) {
            break;
        }
        first = p.0;
        words += 1;
    }
    let name = without_article(&collapse_spaces::<String>(&text[first..w.1]));
    let start = prev_word(text, first)
        .filter(|a| a.0 >= limit && matches!(low(text, *a).as_str(), "el" | "la" | "los" | "las"))
        .map_or(first, |a| a.0);
    Some((start, name))
}
