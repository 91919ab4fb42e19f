fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap();
        for c in tally::extract::extract(&text) {
            println!(
                "{:>5} {:<28} {:<9} {:<12} {:<10} {:<14} {:<10} | {:<30} | {}",
                c.start,
                format!("{:?}", c.text),
                c.kind.as_str(),
                c.value.map(|v| v.to_string()).unwrap_or_default(),
                c.value_max.map(|v| v.to_string()).unwrap_or_default(),
                c.qualifier.as_str(),
                c.unit.clone().or(c.date.clone()).unwrap_or_default(),
                c.subject.clone().unwrap_or_default(),
                c.attribution.clone().unwrap_or_default()
            );
        }
    }
}
