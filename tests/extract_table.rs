//! Table-driven tests of the claim engine: sentence → the exact claims expected, in order.
//!
//! Each case is one line: `sentence => expectations`. Expectations are `none`, or claims separated
//! by ` ; `, each written `` `span text` kind value [qualifier] [unit=U] [date=D] [subject=S…] ``
//! where value is a number, `-` for none, or `lo..hi` for a range. Unlisted fields are not checked.
//! Every case checks the full list, so an extra claim fails as surely as a missing one.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::too_many_lines)] // a failure here is the test failing

mod common;

use tally::extract::extract;

const CASES: &str = r#"
# --- counts, separators, decimals
At least 24 individuals have died. => `24` count 24 at_least subject=individuals have died
Over 2,000 have been detained, including 84 minors. => `2,000` count 2000 more_than ; `84` count 84 subject=minors
The tally rose to 1,234,567 ballots. => `1,234,567` count 1234567 subject=ballots
Inflation hit 3.7 in May. => `3.7` count 3.7
Exactly 12 boats returned. => `12` count 12 exact subject=boats
There were 0 arrests reported. => `0` count 0 subject=arrests
Roughly 450 families fled. => `450` count 450 approximately subject=families fled
Some 300 soldiers deserted. => `300` count 300 approximately
Nearly 200 injured. => `200` count 200 nearly subject=injured
Fewer than 50 remain. => `50` count 50 less_than
No fewer than 70 ships docked. => `70` count 70 at_least
As many as 9,000 may have fled. => `9,000` count 9000 up_to
Up to 40 people were hurt. => `40` count 40 up_to subject=people were hurt
Almost 600 were freed. => `600` count 600 nearly
About 1,500 workers struck. => `1,500` count 1500 approximately subject=workers struck
Around 2,000 people were arrested. => `2,000` count 2000 approximately subject=people were arrested
More than 300 political prisoners. => `300` count 300 more_than subject=political prisoners
Less than 10 remain. => `10` count 10 less_than
At most 8 were seen. => `8` count 8 at_most
In excess of 5,000 signed. => `5,000` count 5000 more_than
Well over 800 attended. => `800` count 800 more_than
Close to 90 died. => `90` count 90 nearly
An estimated 3,000 marched. => `3,000` count 3000 approximately
Approximately 75 vessels. => `75` count 75 approximately
Under 20 stayed. => `20` count 20 less_than
# --- scales and suffixes
It reached 1.2m users. => `1.2m` count 1200000
It reached 1.2 million users. => `1.2 million` count 1200000
Some 3 billion people. => `3 billion` count 3000000000 approximately
They sold 5k tickets. => `5k` count 5000
Sales of 2.5 thousand units. => `2.5 thousand` count 2500
A debt of 4 trillion. => `4 trillion` count 4000000000000
Around 7.5bn people. => `7.5bn` count 7500000000 approximately
# --- money
It cost €45 million. => `€45 million` money 45000000 unit=EUR
Losses of £2.5bn were booked. => `£2.5bn` money 2500000000 unit=GBP
The fine was $1.5 billion. => `$1.5 billion` money 1500000000 unit=USD
A grant of $300 went out. => `$300` money 300 unit=USD
They paid US$5 million. => `US$5 million` money 5000000 unit=USD
EUR 45 million was pledged. => `EUR 45 million` money 45000000 unit=EUR
It was worth 5,000 dollars. => `5,000 dollars` money 5000 unit=USD
The state owes 2 billion euros. => `2 billion euros` money 2000000000 unit=EUR
A £12m deal. => `£12m` money 12000000 unit=GBP
¥300 per head. => `¥300` money 300 unit=JPY
A ₹50 fee. => `₹50` money 50 unit=INR
He earned $1.2m last year. => `$1.2m` money 1200000 unit=USD
Over $40-50 million was lost. => `$40-50 million` range 40000000..50000000 more_than unit=USD
The bill: 10 million pounds. => `10 million pounds` money 10000000 unit=GBP
Café revenue hit €3.5 million. => `€3.5 million` money 3500000 unit=EUR
The bill was 20 € in Paris. => `20 €` money 20 unit=EUR
It costs 15€ now. => `15€` money 15 unit=EUR
Tips of $ 10 each. => `$ 10` money 10 unit=USD
They paid 42 bucks. => `42 bucks` money 42 unit=USD
It was 3 GBP 1 pence. => `3 GBP` money 3 unit=GBP ; `1` count 1
Over R1.3 trillion was invested. => `R1.3 trillion` money 1300000000000 more_than unit=ZAR
Parliament is getting KSh38 billion. => `KSh38 billion` money 38000000000 unit=KES
It cost USD3.14 each. => `USD3.14` money 3.14 unit=USD
The R2-D2 droid and the G7 met. => none
I want a hundred and two of those. => `a hundred and two` count 102
# --- percent
Maduro won 51 percent of the vote. => `51 percent` percent 51 unit=percent subject=vote
González received 46 percent. => `46 percent` percent 46
Turnout was 59.9%. => `59.9%` percent 59.9
Unemployment fell to 4 per cent. => `4 per cent` percent 4
Support rose 3 percentage points. => `3 percentage points` percent 3 unit=percentage points
It grew 12 pct last year. => `12 pct` percent 12
Polls gave him 40-45 percent. => `40-45 percent` range 40..45 unit=percent
Between 30 and 35 percent agreed. => `Between 30 and 35 percent` range 30..35 unit=percent
Nearly 80% of voters. => `80%` percent 80 nearly
A 5-percent rise. => `5-percent` percent 5
# --- word numbers
Twenty-one people died. => `Twenty-one` count 21 subject=people died
Three regional leaders were detained. => `Three` count 3 subject=regional leaders were detained
It includes four men and two women. => `four` count 4 subject=men ; `two` count 2 subject=women
Seven ships sank. => `Seven` count 7
Ninety-nine balloons. => `Ninety-nine` count 99
Two hundred and fifty thousand marched. => `Two hundred and fifty thousand` count 250000
Five hundred soldiers. => `Five hundred` count 500
Twelve thousand fans attended. => `Twelve thousand` count 12000
Forty-two percent agreed. => `Forty-two percent` percent 42
Two million people voted. => `Two million` count 2000000
A dozen families. => `A dozen` count 12 subject=families
Two dozen eggs. => `Two dozen` count 24
A million people. => `A million` count 1000000
A hundred days. => `A hundred days` duration 100 unit=days
Eleven trucks and nineteen vans. => `Eleven` count 11 ; `nineteen` count 19
Thirteen of them. => `Thirteen` count 13
Seventy-five years later. => `Seventy-five years` duration 75 unit=years
One person died. => `One` count 1 subject=person died
# --- fractions
He served two and a half years. => `two and a half years` duration 2.5 unit=years
It cost 3 and a half million dollars. => `3 and a half million dollars` money 3500000 unit=USD
Half a dozen schools closed. => `Half a dozen` count 6 subject=schools
I've got half-a-dozen or more. => `half-a-dozen` count 6
Two-thirds of voters agreed. => `Two-thirds` fraction 0.6666666666666666
A third of the budget. => `A third` fraction 0.3333333333333333
Half of the staff quit. => `Half` fraction 0.5
More than half left. => `half` fraction 0.5 more_than
Three-quarters of homes. => `Three-quarters` fraction 0.75
One-fifth of the land. => `One-fifth` fraction 0.2
Three quarters of homes. => `Three quarters` fraction 0.75
A quarter of adults. => `A quarter` fraction 0.25
Only 3/4 of seats were filled. => `3/4` fraction 0.75
# --- multipliers and ratios
Nearly ten times higher than before. => `ten times` ratio 10 nearly unit=times
It is 3 times larger. => `3 times` ratio 3 unit=times
Prices doubled, twice as fast. => `doubled` ratio 2 unit=times ; `twice` ratio 2
A 10x increase. => `10x` ratio 10 unit=times
A three-fold rise. => `three-fold` ratio 3 unit=times
The court voted 7-2. => `7-2` ratio - unit=tally
The vote was 5 to 4. => `5 to 4` ratio - unit=tally
1 in 5 adults smoke. => `1 in 5` ratio 0.2
One in five adults smoke. => `One in five` ratio 0.2
Three out of four doctors. => `Three out of four` ratio 0.75
A 3:1 ratio. => `3:1` ratio 3
# --- ranges
Between 40 and 50 people. => `Between 40 and 50` range 40..50
Between two and three million. => `Between two and three million` range 2000000..3000000
40-50 people. => `40-50` range 40..50
40–50 people. => `40–50` range 40..50
40 to 50 miles. => `40 to 50 miles` range 40..50 unit=mi
It took 3-5 days. => `3-5 days` range 3..5 unit=days
He will serve 10 to 15 years. => `10 to 15 years` range 10..15 unit=years
The 2023-24 season. => `2023-24` range 2023..2024
Tenders during 2012/2013 were paid. => `2012/2013` range 2012..2013
It can run up to 1000kms now. => `1000kms` measure 1000 up_to unit=km
Prices rose from 10 to 20. => `10` count 10 ; `20` count 20
# --- dates
On July 28 the polls closed. => `July 28` date - date=--07-28
The polls closed 2024-07-28 18:00 local time. => `2024-07-28` date - date=2024-07-28
The July 2023 election. => `July 2023` date - date=2023-07
It happened on November 26. => `November 26` date - date=--11-26
Posted July 17, 2024 at noon. => `July 17, 2024` date - date=2024-07-17
On 14 March 2024 we met. => `14 March 2024` date - date=2024-03-14
On 2024-03-14 we met. => `2024-03-14` date - date=2024-03-14
Since 1998 the party ruled. => `1998` date - date=1998
In 2024 so far. => `2024` date - date=2024
Growth in Q3 2025 slowed. => `Q3 2025` date - date=2025-Q3
In the 1990s it grew. => `1990s` date - date=1990s
Due on 7/17/2024. => `7/17/2024` date - date=2024-07-17
By Sept. 5 it was over. => `Sept. 5` date - date=--09-05
On July 4th we march. => `July 4th` date - date=--07-04
On 28th July 2024 it ended. => `28th July 2024` date - date=2024-07-28
The 2024 elections were disputed. => `2024` date - date=2024
From mid-2024 on. => `2024` date - date=2024
# --- durations
Released over a 72-hour period. => `72-hour` duration 72 unit=hours
Report every 30 days. => `30 days` duration 30 unit=days
It lasted ten years. => `ten years` duration 10 unit=years
In only ten days of campaigning. => `ten days` duration 10 unit=days
A 5-day strike. => `5-day` duration 5 unit=days
After 48 hours of talks. => `48 hours` duration 48 unit=hours
For two decades. => `two decades` duration 2 unit=decades
A 90-minute meeting. => `90-minute` duration 90 unit=minutes
# --- measures
Rain of 120 mm fell. => `120 mm` measure 120 unit=mm
A 5km walk. => `5km` measure 5 unit=km
It weighs 30 kg. => `30 kg` measure 30 unit=kg
A 3-mile queue. => `3-mile` measure 3 unit=mi
Over 2,000 square kilometres burned. => `2,000 square kilometres` measure 2000 more_than unit=km²
It rose 2 degrees Celsius. => `2 degrees Celsius` measure 2 unit=degrees
A 10-year-old boy. => `10-year-old` count 10 unit=years old
# --- ordinals
Maduro won a third term. => `third` ordinal 3
He came 3rd place. => `3rd` ordinal 3
The second round is in May. => `second` ordinal 2
It is the fifth largest economy. => `fifth` ordinal 5
The 21st straight win. => `21st` ordinal 21
At first glance. => none
On second thought, no. => none
# --- not claims: links, handles, addresses
See pic.twitter.com/oQ0ugEOJO7 now. => none
Read example.org/report-2024 today. => none
Visit https://news.example.com/2024/07/28/story.html for more. => none
Follow @user2024 and #Election2024. => none
Write to press2024@example.com. => none
Go to www.site2024.org please. => none
# --- not claims: phones
Call 555-123-4567 now. => none
Call +44 20 7946 0958 today. => none
Ring (555) 123-4567. => none
Dial 555-1234. => none
# --- not claims: names with digits
COVID-19 spread fast. => none
The G7 met. => none
An F-16 crashed. => none
A Boeing 737 landed. => none
Install version 2.3 now. => none
Release 1.2.3 shipped. => none
The MH17 report. => none
Under Article 7 of the treaty. => none
As in article seven of the Rome Statute. => none
The A320 jet. => none
Windows 11 is out. => none
A 5G network and 3D printers. => none
Formula One racing. => none
Flight 370 vanished. => none
Take Highway 61 north. => none
See Appendix 3 for details. => none
# --- not claims: times, idioms
We met at 10:30 today. => none
No one came. => none
One of them left. => none
They love one another. => none
It was the one that failed. => none
Half-hearted efforts. => none
Thousands of protesters marched. => none
Someone said so. => none
Open 24/7 for you. => none
# --- non-ASCII around numbers
Le café a reçu 12 clients. => `12` count 12
Ils étaient 45 — dit-il — à Montréal. => `45` count 45
Über 300 Menschen. => `300` count 300
😀 24 people cheered 🎉. => `24` count 24 subject=people
—24 died— => `24` count 24
“103 prisoners” were freed. => `103` count 103 subject=prisoners
A price of €45 — fair. => `€45` money 45 unit=EUR
Naïve 2,000 estimate. => `2,000` count 2000
Zoë counted 7 ballots. => `7` count 7
São Paulo had 12 million residents. => `12 million` count 12000000 subject=residents
Ünïcödé1234 text. => none
日本 had 5 cases. => `5` count 5
Über 20 % stimmten. => `20 %` percent 20
Prices: €1,200 or €1,300. => `€1,200` money 1200 unit=EUR ; `€1,300` money 1300 unit=EUR
Ça coûte 3 000 euros. => `3 000 euros` money 3000 unit=EUR
A crowd of 1 500 000 gathered. => `1 500 000` count 1500000
# --- years vs counts
2000 people gathered. => `2000` count 2000 subject=people
Some 1500 soldiers. => `1500` count 1500 approximately
Before 1989 it was closed. => `1989` date - date=1989
# --- attribution and sentence
According to the Election Council, Maduro won 51 percent. => `51 percent` percent 51
"#;

#[test]
fn table_of_sentences() {
    common::claim_table::check(CASES, 150);
}

#[test]
fn attribution_and_sentence_are_reported() {
    let text = "Protests erupted. According to the Election Council, Maduro won 51 percent. Romero said 11 people were detained.";
    let claims = extract(text);
    assert_eq!(claims.len(), 2);
    assert_eq!(&*claims[0].sentence, "According to the Election Council, Maduro won 51 percent.");
    assert_eq!(claims[0].attribution(), Some("According to the Election Council"));
    assert_eq!(&*claims[1].sentence, "Romero said 11 people were detained.");
    assert_eq!(claims[1].attribution(), Some("Romero said"));
}
