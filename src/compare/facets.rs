//! What a claim measures, read for comparison: its head concept ("detained" and "arrested" are
//! one), the group it counts ("regional leaders", "political prisoners"), its place and period
//! ("in the capital", "since the election", "this week"), whose figure it is ("Maduro … 51
//! percent"), and whether the sentence gives it as an update ("rose to 41") or as the older figure
//! ("up from 37").

use crate::extract::heads::{singular, verb_like};
use crate::extract::lexicon::{self as lx, function_word};
use crate::extract::{Claim, Kind};

/// The news quantity a word names, in English or Spanish ("killed", "murieron" → `death`).
fn concept(word: &str) -> Option<&'static str> {
    crate::extract::heads::concept(word).or_else(|| crate::extract::spanish::lexicon::concept(word))
}

/// How far around a number its words are read, in bytes.
const CONTEXT_BYTES: usize = 120;

/// Where a figure sits in a story that moves: the new figure of an update, or the old one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Update {
    /// "rose to 41", "now stands at 41", "revised to 41".
    Latest,
    /// "up from 37", "down from 37", "from 37 to 41".
    Earlier,
}

/// A claim's comparison features, all lowercased and normalized. The head and its word are
/// borrowed from the claim, its text or the lexicon where they can be (every claim has them).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facets<'t> {
    /// The concept or head noun: `death`, `detention`, `prisoner`, `vote`, `election`.
    pub head: Option<Word<'t>>,
    /// The word the text uses for it ("arrested", "casualties"), for reasons.
    pub head_word: Option<Word<'t>>,
    /// Who, where, when, whose: boxed, as most claims say none of it (held for every claim of
    /// an archive while it is compared, the empty fields were 31 MB).
    narrowing: Option<Box<Narrowing>>,
    /// An update's new figure or its old one.
    pub update: Option<Update>,
    /// Counted on top of another figure: "a further 225", "another 12", "30 more".
    pub increment: bool,
    /// The event its scope names: "died in the quake" → `earthquake`.
    pub event: Option<&'static str>,
}

/// What narrows a claim's quantity beyond its head.
#[derive(Clone, Debug, Default, PartialEq)]
struct Narrowing {
    /// Words narrowing who is counted ("regional", "leader"; "political"), sorted.
    group: Vec<String>,
    /// Where: "in the capital", "nationwide".
    place: Option<String>,
    /// When: "since the election", "this week", "2024".
    period: Option<String>,
    /// Whose figure, for shares and money: "maduro".
    actor: Option<String>,
    /// Among whom, when the clause says so before the number ("Among the prisoners, 27 …").
    among: Option<String>,
}

impl Narrowing {
    fn is_empty(&self) -> bool {
        self.group.is_empty()
            && self.place.is_none()
            && self.period.is_none()
            && self.actor.is_none()
            && self.among.is_none()
    }
}

/// Words that name people in general, not a group of them.
fn generic(word: &str) -> bool {
    matches!(
        word,
        "people"
            | "person"
            | "individual"
            | "individuals"
            | "persons"
            | "those"
            | "others"
            | "other"
            | "total"
            | "number"
            | "figure"
            | "more"
            | "least"
            | "some"
            | "about"
            | "around"
            | "nearly"
            | "over"
    )
}

/// The event a date dates, from a word near it: "vote", "polls" and "election" are one event.
fn event(word: &str) -> Option<&'static str> {
    Some(match word {
        "election" | "elections" | "vote" | "voting" | "poll" | "polls" | "ballot" | "runoff" => "election",
        "referendum" | "plebiscite" => "referendum",
        "earthquake" | "quake" | "tremor" => "earthquake",
        "attack" | "attacks" | "bombing" | "blast" | "explosion" | "shooting" => "attack",
        "storm" | "hurricane" | "typhoon" | "cyclone" => "storm",
        "flood" | "floods" | "flooding" => "flood",
        "fire" | "wildfire" | "blaze" => "fire",
        "protest" | "protests" | "demonstration" | "demonstrations" | "rally" | "march" => "protest",
        "strike" | "walkout" => "strike",
        "summit" | "talks" | "meeting" => "meeting",
        "ceasefire" | "truce" => "ceasefire",
        "inauguration" | "swearing-in" => "inauguration",
        "trial" | "hearing" | "verdict" | "sentencing" => "trial",
        "crash" | "collision" | "derailment" => "crash",
        "coup" => "coup",
        "release" | "released" | "freed" => "release",
        "arrest" | "arrested" | "detained" | "detention" => "arrest",
        "launch" | "launched" => "launch",
        "deadline" => "deadline",
        _ => return None,
    })
}

/// Words that judge or date an event rather than narrow who is counted ("the disputed election").
fn evaluative(word: &str) -> bool {
    matches!(
        word,
        "disputed"
            | "contested"
            | "contentious"
            | "controversial"
            | "recent"
            | "latest"
            | "so-called"
            | "alleged"
            | "reported"
            | "official"
            | "new"
            | "general"
            | "presidential"
            | "national"
            | "last"
            | "first"
            | "initial"
            | "preliminary"
            | "final"
            | "total"
            | "overall"
            | "estimated"
            | "confirmed"
    )
}

/// The lowercased words of `s`, keeping inner apostrophes and hyphens; Spanish news words come
/// out in English ("presos" → "prisoners", "desde" → "since") so that one story reported in both
/// languages is read with one vocabulary.
///
/// Every claim's clause is read this way, so a word already in lowercase is borrowed, not copied.
pub(crate) fn words(s: &str) -> impl Iterator<Item = Word<'_>> + '_ {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .map(|w| w.trim_matches(|c| c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = if w.bytes().all(|b| b.is_ascii_lowercase() || !b.is_ascii_alphabetic() && b.is_ascii()) {
                Word::Borrowed(w)
            } else if w.is_ascii() {
                Word::Owned(w.to_ascii_lowercase())
            } else {
                Word::Owned(w.to_lowercase())
            };
            match crate::extract::spanish::glossary::gloss(&lower) {
                Some(english) => Word::Borrowed(english),
                None => lower,
            }
        })
}

/// A word as [`words`] reads it: borrowed from the text when it is already as read.
pub(crate) type Word<'t> = std::borrow::Cow<'t, str>;

/// The words around a claim, read once: its clause before it (last word last) and after it.
struct Around<'t> {
    before: Vec<Word<'t>>,
    after: Vec<Word<'t>>,
}

/// Words after a claim worth reading: what it counts comes right after it.
const WORDS_AFTER: usize = 8;

/// How far back a news quantity named before the number is looked for ("the death toll from the
/// floods rose to 41").
const WORDS_BEFORE_FOR_HEAD: usize = 8;

/// The text of the claim's clause before and after it, cut at sentence and clause ends.
fn around<'t>(text: &'t str, claim: &Claim) -> (&'t str, &'t str) {
    let mut from = claim.start().saturating_sub(CONTEXT_BYTES).min(text.len());
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (claim.end() + CONTEXT_BYTES).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let (start, end) = (claim.start().min(text.len()), claim.end().clamp(claim.start().min(text.len()), text.len()));
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) || from > start || end > to {
        return ("", "");
    }
    let clause_end = |c: char| matches!(c, '.' | ';' | '!' | '?' | '\n' | '"' | '“' | '”');
    let before = &text[from..start];
    let before =
        before.char_indices().rev().find(|(_, c)| clause_end(*c)).map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
    let after = &text[end..to];
    let after = after
        .char_indices()
        .find(|&(i, c)| clause_end(c) && !(c == '.' && after[i + 1..].starts_with(|d: char| d.is_ascii_digit())))
        .map_or(after, |(i, _)| &after[..i]);
    (before, after)
}

impl<'t> Facets<'t> {
    /// Reads a claim's facets from the claim and the text of its document.
    pub fn read(text: &'t str, claim: &'t Claim) -> Self {
        let (before, after) = around(text, claim);
        let near = Around { before: words(before).collect(), after: words(after).take(WORDS_AFTER).collect() };
        // The subject's words, read once for the head, the group and the scope.
        let subject: Vec<Word<'t>> = claim.subject.as_deref().map(|s| words(s).collect()).unwrap_or_default();
        let mut facets = Self::default();
        facets.read_head(claim, &near, &subject);
        let mut narrowing = Narrowing::default();
        facets.read_group(&mut narrowing, claim, &subject);
        facets.read_scope(&mut narrowing, claim, &near, before, &subject);
        if matches!(claim.kind, Kind::Percent | Kind::Money) {
            narrowing.actor = actor(before, after, claim.attribution());
        }
        narrowing.among = among(&near.before);
        facets.narrowing = (!narrowing.is_empty()).then(|| Box::new(narrowing));
        facets.update = update(&near.before);
        facets.increment = increment(&near);
        facets
    }

    /// Words narrowing who is counted ("regional", "leader"; "political"), sorted.
    pub fn group(&self) -> &[String] {
        self.narrowing.as_ref().map_or(&[], |n| &n.group)
    }

    /// Where: "in the capital", "nationwide".
    pub fn place(&self) -> Option<&str> {
        self.narrowing.as_ref()?.place.as_deref()
    }

    /// When: "since the election", "this week", "2024".
    pub fn period(&self) -> Option<&str> {
        self.narrowing.as_ref()?.period.as_deref()
    }

    /// Whose figure, for shares and money: "maduro".
    pub fn actor(&self) -> Option<&str> {
        self.narrowing.as_ref()?.actor.as_deref()
    }

    /// Among whom, when the clause says so before the number ("Among the prisoners, 27 …").
    pub fn among(&self) -> Option<&str> {
        self.narrowing.as_ref()?.among.as_deref()
    }

    /// The same facets, owning what they borrowed.
    pub fn into_owned(self) -> Facets<'static> {
        let own = |w: Option<Word<'t>>| w.map(|w| Word::Owned(w.into_owned()));
        let Self { head, head_word, narrowing, update, increment, event } = self;
        Facets { head: own(head), head_word: own(head_word), narrowing, update, increment, event }
    }

    fn read_head(&mut self, claim: &'t Claim, near: &Around<'t>, subject_words: &[Word<'t>]) {
        if claim.kind == Kind::Date {
            // "Since 2000", "until March": a boundary of a period, not the date of an event.
            let boundary = near.before.last().is_some_and(|w| {
                matches!(w.as_ref(), "since" | "until" | "till" | "before" | "after" | "by" | "from" | "through")
            });
            if boundary {
                return;
            }
            // A date is compared by the event it dates: "the July 28 vote", "the election of July
            // 2023", "the vote was held on July 28".
            let found = subject_words
                .iter()
                .chain(near.after.iter().take(3))
                .chain(near.before.iter().rev().take(6))
                .find_map(|w| event(w).map(|e| (e, w.clone())));
            if let Some((event, word)) = found {
                self.head = Some(Word::Borrowed(event));
                self.head_word = Some(word);
            }
            return;
        }
        // The extractor's head weighs the whole sentence ("freed 103 people imprisoned" is about
        // a release); the word shown for it is the subject's word of that concept. A head that
        // only says "people" yields to a news quantity named just after ("people disappeared").
        // "The death toll from the floods rose to 41": the subject the extractor found (floods)
        // stands before the number and names no news quantity, while "toll" does.
        let subject_before =
            claim.subject.as_deref().is_some_and(|s| !near.after.iter().any(|w| s.to_lowercase().contains(w.as_ref())));
        let named_before =
            near.before.iter().rev().take(WORDS_BEFORE_FOR_HEAD).find_map(|w| concept(w).map(|c| (c, w)));
        if let (true, Some((c, w))) =
            (subject_before && claim.subject_head.as_deref().and_then(concept).is_none(), named_before)
        {
            self.head = Some(Word::Borrowed(c));
            self.head_word = Some(w.clone());
            return;
        }
        if let Some(head) = claim.subject_head.as_deref().filter(|h| !matches!(*h, "person" | "individual")) {
            // A head that names no news quantity yields to a subject word that does ("jobless
            // rate" is unemployment).
            let from_words = subject_words.iter().find_map(|w| concept(w));
            let head: &'t str = concept(head).or(from_words).unwrap_or(head);
            self.head_word = subject_words
                .iter()
                .find(|w| concept(w) == Some(head) || singular(w) == head)
                .or_else(|| subject_words.iter().rev().find(|w| !function_word(w) && !lx::auxiliary(w)))
                .cloned()
                .or(Some(Word::Borrowed(head)));
            self.head = Some(Word::Borrowed(head));
            return;
        }
        // No subject: a news quantity named just after the number ("2,000, most of them detained
        // …") or just before it ("the death toll rose to 41").
        for w in near.after.iter().take(5).chain(near.before.iter().rev().take(WORDS_BEFORE_FOR_HEAD)) {
            if let Some(c) = concept(w) {
                self.head = Some(Word::Borrowed(c));
                self.head_word = Some(w.clone());
                return;
            }
        }
        // A share in an election's clause is a share of the vote ("wins re-election with 58%").
        if claim.kind == Kind::Percent
            && let Some(w) = near
                .after
                .iter()
                .take(5)
                .chain(near.before.iter())
                .find(|w| event(w) == Some("election") || matches!(w.as_ref(), "re-election" | "reelection"))
        {
            self.head = Some(Word::Borrowed("vote"));
            self.head_word = Some(w.clone());
            return;
        }
        if let Some(head) = &claim.subject_head {
            self.head = Some(Word::Borrowed(head));
            self.head_word = subject_words.last().cloned();
        }
    }

    fn read_group(&self, n: &mut Narrowing, claim: &Claim, subject_words: &[Word<'_>]) {
        let Some(subject) = &claim.subject else {
            return;
        };
        let mut group: Vec<String> = Vec::new();
        // Names (a place, a person) and events (a flood, the election) are the story, not who is
        // counted.
        let named: Vec<bool> = subject
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
            .map(|w| w.trim_matches(|c| c == '-' || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .map(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        for (k, w) in subject_words.iter().enumerate() {
            let proper = named.get(k).copied().unwrap_or(false);
            // A possessive names an owner ("the province's rice crop"), not who is counted.
            let possessive = w.ends_with("'s") || w.ends_with("’s");
            if concept(w).is_some()
                || possessive
                || function_word(w)
                || lx::auxiliary(w)
                || generic(w)
                || evaluative(w)
                || proper
                || event(w).is_some()
            {
                continue;
            }
            if k > 0 && verb_like(w) {
                break;
            }
            let w = singular(w);
            if self.head.as_deref() != Some(w.as_str()) && w.chars().count() > 2 && !w.chars().all(char::is_numeric) {
                group.push(w);
            }
        }
        if let Some(scope) = claim.scope()
            && let Some(rest) = scope.strip_prefix("among ")
        {
            group.extend(words(rest).filter(|w| !function_word(w)).map(|w| singular(&w)));
        }
        group.sort();
        group.dedup();
        n.group = group;
    }

    fn read_scope(&mut self, n: &mut Narrowing, claim: &Claim, near: &Around, before: &str, subject: &[Word<'_>]) {
        let clause_words: Vec<Word<'_>> = near.before.iter().chain(subject).chain(&near.after).cloned().collect();
        n.period = period(&clause_words);
        if let Some(scope) = claim.scope() {
            let scope_words: Vec<Word<'_>> = words(scope).collect();
            let placed = matches!(
                scope_words.first().map(AsRef::as_ref),
                Some("in" | "across" | "throughout" | "near" | "outside" | "inside" | "within")
            );
            self.event = scope_words.iter().find_map(|w| event(w.trim_end_matches("'s").trim_end_matches("’s")));
            let not_a_place = self.event.is_some()
                || scope_words.iter().any(|w| weekday(w.trim_end_matches("'s").trim_end_matches("’s")));
            if placed && period(&scope_words).is_none() && !not_a_place {
                n.place = Some(place_key(&scope_words[1..]));
            }
        }
        if n.place.is_none() {
            n.place = place_before(before);
        }
        let word = |i: usize| clause_words.get(i).map_or("", AsRef::as_ref);
        if n.place.is_none()
            && (0..clause_words.len()).any(|i| {
                matches!(word(i), "nationwide" | "countrywide")
                    || (matches!(word(i), "across" | "throughout") && word(i + 1) == "the" && word(i + 2) == "country")
            })
        {
            n.place = Some("nationwide".to_owned());
        }
    }
}

/// A named place opening the clause before the number: "In Kessel alone, 22 people died",
/// "in northern Ardo, 15 …" → "kessel", "northern ardo".
fn place_before(before: &str) -> Option<String> {
    let tokens: Vec<&str> = before.split_whitespace().collect();
    let at = tokens.iter().rposition(|t| matches!(*t, "In" | "in" | "Across" | "across"))?;
    let rest = &tokens[at + 1..];
    let mut place = Vec::new();
    for t in rest {
        let bare = t.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty()
            || !(bare.chars().next().is_some_and(char::is_uppercase)
                || matches!(bare, "northern" | "southern" | "eastern" | "western" | "central"))
        {
            break;
        }
        place.push(bare.to_lowercase());
        if t.ends_with(',') {
            break;
        }
    }
    let named = place.iter().any(|w| w.chars().next().is_some_and(char::is_alphabetic)) && !place.is_empty();
    let first = place.first().map_or("", |w| w.trim_end_matches("'s").trim_end_matches("’s"));
    (named && lx::month(first).is_none() && !weekday(first) && event(first).is_none()).then(|| place.join(" "))
}

/// Monday … Sunday.
fn weekday(word: &str) -> bool {
    matches!(word, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
}

/// A place phrase without its articles: "the northern province" → "northern province".
fn place_key(words: &[Word<'_>]) -> String {
    let kept: Vec<&str> = words.iter().map(AsRef::as_ref).filter(|w| !matches!(*w, "the" | "a" | "an")).collect();
    if matches!(kept.as_slice(), ["country"] | ["the", "country"]) {
        return "nationwide".to_owned();
    }
    kept.join(" ")
}

/// The period a clause names: "since the election", "this week", "last year", "in 2024". (A day
/// named alone, "on Friday", is when a figure was reported, not what it covers.)
fn period(words: &[Word<'_>]) -> Option<String> {
    let w = |i: usize| words.get(i).map_or("", AsRef::as_ref);
    for i in 0..words.len() {
        match w(i) {
            "since" => {
                let next = if w(i + 1) == "the" { i + 2 } else { i + 1 };
                let noun = w(next);
                if !noun.is_empty() && !noun.chars().all(|c| c.is_ascii_digit()) {
                    return Some(format!("since {}", singular(noun)));
                }
                if noun.len() == 4 && noun.chars().all(|c| c.is_ascii_digit()) {
                    return Some(format!("since {noun}"));
                }
            }
            "this" | "last" | "past" if matches!(w(i + 1), "week" | "month" | "year" | "weekend" | "quarter") => {
                return Some(format!("{} {}", if w(i) == "past" { "last" } else { w(i) }, w(i + 1)));
            }
            "in" | "during" | "for" => {
                let year = w(i + 1);
                if year.len() == 4
                    && year.chars().all(|c| c.is_ascii_digit())
                    && matches!(year.as_bytes()[0], b'1' | b'2')
                {
                    return Some(year.to_owned());
                }
            }
            _ => {}
        }
    }
    None
}

/// The name whose figure a share or an amount is: the last capitalized word of the clause before
/// the number ("Maduro won 51 percent", "Maduro's share was 51 percent"), not the source's.
fn actor(before: &str, after: &str, attribution: Option<&str>) -> Option<String> {
    let clause = before.rsplit([',', '(', ')', ':']).next().unwrap_or(before);
    let tokens: Vec<&str> = clause.split_whitespace().collect();
    let name = |t: &str, next: Option<&str>, first: bool| {
        let t = t.trim_matches(|c: char| !c.is_alphanumeric());
        let possessive = t.ends_with("'s") || t.ends_with("’s");
        let t = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")).unwrap_or(t);
        let capital = t.chars().next().is_some_and(char::is_uppercase) && t.chars().count() > 1;
        let lower = t.to_lowercase();
        // A sentence's first word is capitalized anyway: a name only if a verb or "'s" follows.
        let named_at_start = !first
            || possessive
            || next
                .is_some_and(|n| verb_like(&n.to_lowercase()) || matches!(n, "won" | "got" | "took" | "has" | "had"));
        let named = capital
            && named_at_start
            && !function_word(&lower)
            && lx::month(&lower).is_none()
            && !opener(&lower)
            && concept(&lower).is_none()
            && !attribution.is_some_and(|a| a.contains(t));
        named.then_some(lower)
    };
    let from_before = tokens.iter().enumerate().rev().take(6).find_map(|(i, t)| {
        let first = i == 0 && before.trim_end().len() == clause.trim_end().len() && !before.contains([',', ':']);
        name(t, tokens.get(i + 1).copied(), first)
    });
    // "… against 39 percent for challenger Ana Prieto": the owner named just after.
    from_before.or_else(|| {
        let words: Vec<&str> = after.split_whitespace().take(6).collect();
        let at = words.iter().position(|w| matches!(*w, "for" | "to"))?;
        words[at + 1..]
            .iter()
            .take_while(|w| !w.ends_with([',', '.', ';']) || w.chars().next().is_some_and(char::is_uppercase))
            .filter_map(|w| name(w, None, false))
            .last()
    })
}

/// "Among the prisoners, 27 are women": whom the clause before the number counts among.
fn among(w: &[Word<'_>]) -> Option<String> {
    let at = w.iter().rposition(|x| x == "among" || x == "of")?;
    if w[at] == "of" && at != 0 {
        return None;
    }
    let rest: Vec<&str> =
        w[at + 1..].iter().map(AsRef::as_ref).filter(|x| !matches!(*x, "the" | "those" | "them")).collect();
    match rest.as_slice() {
        [] => None,
        [one] | [.., one] if rest.len() <= 3 => Some(singular(one)),
        _ => None,
    }
}

/// "A further 225", "another 12", "an additional 40", "30 more": a figure on top of another.
fn increment(near: &Around) -> bool {
    let tail: Vec<&str> = near.before.iter().rev().take(2).map(AsRef::as_ref).collect();
    let next = near.after.first().map(AsRef::as_ref);
    matches!(tail.as_slice(), ["further", ..] | ["another", ..] | ["additional", ..] | ["more", "another" | "a"])
        || matches!(next, Some("more" | "additional" | "further" | "new"))
}

/// Capitalized words that open sentences without naming anyone ("Officials said…").
fn opener(word: &str) -> bool {
    matches!(
        word,
        "officials"
            | "authorities"
            | "police"
            | "reports"
            | "according"
            | "figures"
            | "data"
            | "results"
            | "government"
            | "turnout"
            | "voters"
            | "analysts"
            | "experts"
            | "observers"
            | "polls"
            | "just"
            | "meanwhile"
            | "however"
            | "overall"
            | "only"
            | "about"
            | "nearly"
            | "almost"
            | "some"
            | "over"
    ) || lx::auxiliary(word)
}

/// Is the number given as an update's new figure or its old one, by the words just before it?
fn update(near: &[Word<'_>]) -> Option<Update> {
    let tail: Vec<&str> = near.iter().rev().take(3).map(AsRef::as_ref).collect();
    match tail.as_slice() {
        ["from", "up" | "down" | "rising" | "rose" | "fell" | "increase" | "increased", ..] => Some(Update::Earlier),
        [
            "to",
            "rose" | "risen" | "rises" | "rising" | "climbed" | "climbs" | "climbing" | "increased" | "increases"
            | "jumped" | "jumps" | "grew" | "grows" | "revised" | "raised" | "soared" | "swelled" | "updated",
            ..,
        ]
        | ["to", "up", "revised", ..]
        | ["at", "stands" | "stood", "now", ..]
        | ["reached", "now" | "has", ..] => Some(Update::Latest),
        _ if tail.first() == Some(&"from") && tail.get(1).is_some_and(|w| w.ends_with("ed") || *w == "rose") => {
            Some(Update::Earlier)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facets(text: &str, number: &str) -> Facets<'static> {
        let claims = crate::extract::extract(text);
        let Some(c) = claims.iter().find(|c| c.text == number) else { panic!("{number} not in {claims:?}") };
        Facets::read(text, c).into_owned()
    }

    #[test]
    fn heads_meet_through_the_lexicon() {
        assert_eq!(facets("Around 2,000 people were arrested.", "2,000").head.as_deref(), Some("detention"));
        assert_eq!(facets("At least 28 casualties were reported.", "28").head.as_deref(), Some("death"));
        assert_eq!(facets("The death toll rose to 41 on Friday.", "41").head.as_deref(), Some("death"));
        let f = facets("Three regional leaders had been detained.", "Three");
        assert_eq!(
            (f.head.as_deref(), f.group()),
            (Some("detention"), ["leader".to_owned(), "regional".to_owned()].as_slice())
        );
    }

    #[test]
    fn scope_words_are_read() {
        assert_eq!(facets("Since the elections, 24 people have died.", "24").period(), Some("since election"));
        assert_eq!(facets("Just this week there were 11 people detained.", "11").period(), Some("this week"));
        assert_eq!(facets("There were 114 arrests in 2024 so far.", "114").period(), Some("2024"));
        assert_eq!(facets("Officials said 14 people died in the capital.", "14").place(), Some("capital"));
        assert_eq!(facets("Protests across the country left 20 dead.", "20").place(), Some("nationwide"));
    }

    #[test]
    fn shares_have_an_owner_and_updates_a_direction() {
        assert_eq!(facets("The council said Maduro won 51 percent of the vote.", "51 percent").actor(), Some("maduro"));
        assert_eq!(
            facets("According to the council, González won 44 percent.", "44 percent").actor(),
            Some("gonzález")
        );
        assert_eq!(facets("The toll rose to 41, up from 37 on Monday.", "41").update, Some(Update::Latest));
        assert_eq!(facets("The toll rose to 41, up from 37 on Monday.", "37").update, Some(Update::Earlier));
        assert_eq!(facets("Rescuers found 37 survivors — a relief.", "37").update, None);
    }
}
