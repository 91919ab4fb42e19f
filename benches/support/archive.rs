//! A synthetic newsroom archive for the scale benchmarks: stories of five articles each, written
//! from this file's own sentence templates, every figure drawn from a seeded generator (the same
//! seed gives the same bytes on every machine), about 3.5 KB and 25 claims an article. Articles of
//! one story share names and mostly agree; some figures differ per article, as real reports do.

use std::fmt::Write as _;

/// Articles per story.
pub const ARTICLES_PER_STORY: usize = 5;

/// SplitMix64: tiny, fast and fully determined by its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const SYLLABLES: &[&str] = &[
    "bar", "ven", "tor", "mal", "sen", "dri", "cos", "lun", "pra", "hel", "mor", "tis", "gar", "nol", "ube", "rak",
    "fen", "sol", "qua", "wil", "dor", "zan", "pek", "lio", "mun", "ost", "ray", "cel", "vin", "hab", "tur", "eki",
];
const MONTHS: &str = "January February March April May June July August September October November December";
const EVENTS: &[&str] = &["flood", "storm", "earthquake", "landslide", "fire"];
const OUTLETS: &[&str] = &["Herald", "Courier", "Gazette", "Dispatch", "Wire", "Chronicle", "Post", "Observer"];

fn name(rng: &mut Rng, syllables: u64) -> String {
    let mut s = String::new();
    for _ in 0..syllables {
        s.push_str(rng.pick(SYLLABLES));
    }
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default()
}

/// What one story reports: its names and its true figures.
struct Story {
    town: String,
    region: String,
    minister: String,
    agency: String,
    /// A spokesperson, a village and a river: real reports name many people and places.
    spokesperson: String,
    village: String,
    river: String,
    event: &'static str,
    day: u64,
    month: &'static str,
    year: u64,
    dead: u64,
    injured: u64,
    missing: u64,
    evacuated: u64,
    homes: u64,
    schools: u64,
    aid_millions: u64,
    damage_millions: u64,
    rain_mm: u64,
    share_percent: u64,
    volunteers: u64,
    roads: u64,
}

impl Story {
    fn new(rng: &mut Rng) -> Self {
        Self {
            town: name(rng, 3),
            region: name(rng, 3),
            minister: format!("{} {}", name(rng, 3), name(rng, 3)),
            agency: format!("{} Relief Agency", name(rng, 3)),
            spokesperson: format!("{} {}", name(rng, 3), name(rng, 3)),
            village: name(rng, 3),
            river: format!("{} River", name(rng, 3)),
            event: rng.pick(EVENTS),
            day: rng.range(1, 28),
            month: rng.pick(&MONTHS.split(' ').collect::<Vec<_>>()),
            year: rng.range(2015, 2026),
            dead: rng.range(3, 240),
            injured: rng.range(20, 900),
            missing: rng.range(2, 60),
            evacuated: rng.range(1_000, 90_000),
            homes: rng.range(100, 9_000),
            schools: rng.range(3, 120),
            aid_millions: rng.range(2, 400),
            damage_millions: rng.range(10, 2_000),
            rain_mm: rng.range(80, 450),
            share_percent: rng.range(5, 80),
            volunteers: rng.range(50, 3_000),
            roads: rng.range(4, 90),
        }
    }
}

/// A figure as one article reports it: usually the story's, sometimes moved (reports differ).
fn told(rng: &mut Rng, truth: u64) -> u64 {
    if rng.chance(20) { (truth * rng.range(80, 125) / 100).max(1) } else { truth }
}

/// Thousands separated by commas, as English news writes them.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Sentences with no figure in them, the bulk of any news article.
const PROSE: &[&str] = &[
    "Residents described a night of fear as the water reached the upper floors of their houses.",
    "Rescue crews worked through the rain, moving from street to street in small boats.",
    "The mayor of TOWN urged people to stay away from the river banks until further notice.",
    "Aid groups warned that clean water and medicine were running short in the worst-hit areas.",
    "Officials in REGION said the full extent of the damage would only be known in the coming weeks.",
    "Neighbours helped each other carry furniture and food to higher ground.",
    "Critics said the warnings came too late and that the defences had been neglected for years.",
    "The government promised an inquiry into how the emergency services responded.",
    "Schools and churches opened their doors to families who had lost everything.",
    "Forecasters expect more rain over the weekend, and the alert for REGION remains in force.",
    "Shopkeepers in the centre of TOWN began clearing mud from their floors on Friday morning.",
    "MINISTER visited the shelters and spoke with families waiting for news of relatives.",
    "Volunteers from across the country arrived with blankets, bottled water and tinned food.",
    "Engineers are inspecting bridges and dams before traffic is allowed back on the main roads.",
    "Telephone lines were down for much of the day, making it hard to reach VILLAGE and other remote villages.",
    "The agency's spokesperson, SPOKESPERSON, said crews had reached VILLAGE by road for the first time.",
    "In VILLAGE, on the banks of the RIVER, whole streets were still under water.",
    "Residents of TOWN and VILLAGE were told to boil their water before drinking it.",
    "The opposition called on the government to release emergency funds without delay.",
];

/// A paragraph of three plain sentences naming the story's places and people.
fn prose(rng: &mut Rng, s: &Story) -> String {
    let sentences: Vec<String> = (0..3)
        .map(|_| {
            rng.pick(PROSE)
                .replace("TOWN", &s.town)
                .replace("REGION", &s.region)
                .replace("MINISTER", &s.minister)
                .replace("SPOKESPERSON", &s.spokesperson)
                .replace("VILLAGE", &s.village)
                .replace("RIVER", &s.river)
        })
        .collect();
    sentences.join(" ")
}

/// One article of a story, about 3.5 KB.
fn article(rng: &mut Rng, s: &Story, outlet: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let (dead, injured, missing) = (told(rng, s.dead), told(rng, s.injured), told(rng, s.missing));
    let evacuated = grouped(told(rng, s.evacuated));
    paragraphs.push(format!(
        "At least {dead} people died and {injured} were injured after the {} struck {} on {} {}, {}, officials said. \
         Another {missing} residents of {} and {}, in {} province, are still missing, said {} of the {}.",
        s.event, s.town, s.month, s.day, s.year, s.town, s.village, s.region, s.spokesperson, s.agency
    ));
    paragraphs.push(format!(
        "The {} said {evacuated} people had been evacuated from {} districts of {} province, and that {} homes \
         were destroyed, {} said.",
        s.agency,
        rng.range(3, 14),
        s.region,
        grouped(told(rng, s.homes)),
        s.spokesperson
    ));
    paragraphs.push(format!(
        "{} fell in 24 hours, about {} percent of what the region usually sees in a year, according to the \
         weather office. Water levels rose by {}.{} metres overnight.",
        format_args!("{} mm of rain", told(rng, s.rain_mm)),
        told(rng, s.share_percent),
        rng.range(1, 4),
        rng.range(0, 9)
    ));
    paragraphs.push(format!(
        "Minister {} announced an aid package of ${} million on Tuesday and said the damage could reach ${} \
         million. \"We have {} teams on the ground,\" {} told reporters.",
        s.minister,
        told(rng, s.aid_millions),
        grouped(told(rng, s.damage_millions)),
        rng.range(6, 60),
        s.minister
    ));
    paragraphs.push(format!(
        "{} schools were closed and {} roads remained blocked on Wednesday. Nearly {} volunteers joined the \
         search, the {} {} reported.",
        told(rng, s.schools),
        told(rng, s.roads),
        grouped(told(rng, s.volunteers)),
        s.town,
        outlet
    ));
    paragraphs.push(format!(
        "The last {} of this size hit the region in {}, when {} people were killed and {} were left homeless.",
        s.event,
        s.year - rng.range(8, 40),
        rng.range(10, 400),
        grouped(rng.range(1_000, 60_000))
    ));
    paragraphs.push(format!(
        "Power was restored to {}% of households by Thursday, up from {}% a day earlier, the utility said. \
         About {} shelters housed {} families.",
        rng.range(60, 99),
        rng.range(20, 59),
        rng.range(10, 90),
        grouped(rng.range(500, 20_000))
    ));
    paragraphs.push(format!(
        "Hospitals in {} treated {} patients in the first two days; {} of them were children under 12.",
        s.region,
        told(rng, s.injured),
        rng.range(5, 80)
    ));
    paragraphs.push(format!(
        "Insurers estimated losses at between ${} million and ${} million. Farmers lost {} hectares of crops, \
         roughly a third of the harvest.",
        told(rng, s.damage_millions) / 2,
        told(rng, s.damage_millions),
        grouped(rng.range(2_000, 80_000))
    ));
    paragraphs.push(format!(
        "A fund opened on {} {} has raised ${} so far from {} donors. The government pledged to rebuild {} \
         bridges within 18 months.",
        s.month,
        s.day + 2,
        grouped(rng.range(10_000, 5_000_000)),
        grouped(rng.range(100, 40_000)),
        rng.range(2, 30)
    ));
    // Each article keeps the lead and four other figure paragraphs, in its own order, among
    // paragraphs of plain prose: about 25 claims in 3.5 KB, as in wire copy.
    for i in (2..paragraphs.len()).rev() {
        let j = 1 + (rng.next() as usize % i);
        paragraphs.swap(i, j);
    }
    paragraphs.truncate(7);
    for _ in 0..9 {
        let at = 1 + (rng.next() as usize % paragraphs.len());
        paragraphs.insert(at, prose(rng, s));
    }
    let mut text = String::with_capacity(3_600);
    writeln!(text, "{} {}: {} toll rises to {dead}\n", s.town, s.event, s.event).ok();
    for p in &paragraphs {
        text.push_str(p);
        text.push_str("\n\n");
    }
    text
}

/// The archive's articles in order: `(file name, text)`, `count` of them, from `seed`.
pub fn articles(count: usize, seed: u64) -> impl Iterator<Item = (String, String)> {
    let mut rng = Rng(seed);
    let mut story: Option<Story> = None;
    (0..count).map(move |i| {
        if i % ARTICLES_PER_STORY == 0 {
            story = Some(Story::new(&mut rng));
        }
        let s = story.get_or_insert_with(|| Story::new(&mut rng));
        let outlet = rng.pick(OUTLETS);
        let text = article(&mut rng, s, outlet);
        (format!("s{:05}-{}-{}.txt", i / ARTICLES_PER_STORY, i % ARTICLES_PER_STORY, outlet.to_lowercase()), text)
    })
}
