//! The claim engine on the traps of real news (wire copy, live pages, business and election
//! reports): times and page furniture that are not claims, numbers in every format with the right
//! value, and the subject and source of each claim. Every sentence here is written for these tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::too_many_lines)] // a failure here is the test failing

mod common;

const CASES: &str = r#"
# --- times of day are not claims
The meeting starts at 6.45 am on Monday. => none
Shops stay open until 5 pm. => none
Polls open from 10 a.m. in most states. => none
The train left at 11.30pm sharp. => none
Voting closes at 8 p.m. local time. => none
Curfew begins at 9 o'clock. => none
The alarm went off at 07:41:00. => none
At 6:30 a.m., 14 boats had returned. => `14` count 14 subject=boats had returned
0915 Ministers arrive at the palace => none
1400 Press briefing in the east wing => none
Flights left at 0600 and 1430. => none
At least 6 people died after the 5 pm curfew. => `6` count 6 at_least subject=people died
He served 5 years in prison. => `5 years` duration 5 unit=years
# --- page furniture is not a claim
Last updated March 3, 2019 => none
Posted 14 Feb, 2021 => none
Print edition | June 2 => none
Monday, 6 May 2013 => none
Updated: 3 March 2024 => none
Published 12 January 2023, 10:04 GMT => none
By Ana Ruiz, 4 April 2022 => none
The vote is on 6 May 2013, officials said. => `6 May 2013` date - date=2013-05-06
Updated figures show 40 people were hurt. => `40` count 40 subject=people were hurt
# --- "one" with no quantity, and option numbers
One official said the count was wrong. => none
A new one was announced on Tuesday. => none
It is one of the reasons for the delay. => none
No one was hurt in the blast. => none
It was a one-off payment. => none
Choose Option 3 to continue. => none
Dial 2 for the hotline. => none
Press 1 for English. => none
One person died in the blast. => `One` count 1 subject=person died
One in five voters stayed home. => `One in five` ratio 0.2
The fund holds one million dollars. => `one million dollars` money 1000000 unit=USD
Only one bridge is still open. => `one` count 1 subject=bridge
# --- decimal commas where a comma cannot group thousands
A magnitude 6,2 tremor hit the coast. => `6,2` measure 6.2 unit=magnitude
It measured 5,9 on the Richter scale. => `5,9` measure 5.9 unit=magnitude
Inflation was 3,5 % in March. => `3,5 %` percent 3.5 unit=percent
Turnout fell to 45,7% from 51,2%. => `45,7%` percent 45.7 ; `51,2%` percent 51.2
A 6,2 percent rise in rents. => `6,2 percent` percent 6.2
It cost 1,500 euros. => `1,500 euros` money 1500 unit=EUR
Some 2,50 euros per litre. => `2,50 euros` money 2.5 approximately unit=EUR
# --- digit groups with stray or special spaces
He won 3, 512,440 votes. => `3, 512,440` count 3512440 subject=votes
Officials counted 61,207, 118 ballots. => `61,207, 118` count 61207118 subject=ballots
The town has 12 408 residents. => `12 408` count 12408 subject=residents
The city has 1 250 000 inhabitants. => `1 250 000` count 1250000 subject=inhabitants
Some 45 000 fans came. => `45 000` count 45000 approximately subject=fans
They sold 3, 4 and 5 tickets. => `3` count 3 ; `4` count 4 ; `5` count 5 subject=tickets
# --- mixed and vulgar fractions
The pipe is 2-1/2 inches wide. => `2-1/2 inches` measure 2.5
The trail runs 3 1/4 miles. => `3 1/4 miles` measure 3.25
The board met for 1½ hours. => `1½ hours` duration 1.5 unit=hours
About ¾ of voters agreed. => `¾` fraction 0.75 approximately
Only ⅓ of the budget was spent. => `⅓` fraction 0.3333333333333333
Only ½ of the seats and ¼ of the votes. => `½` fraction 0.5 ; `¼` fraction 0.25
# --- quarters as periods, quarters as fractions
Sales fell for the past three quarters. => `three quarters` duration 3 unit=quarters
Profit grew in the preceding two quarters. => `two quarters` duration 2 unit=quarters
Output shrank for three consecutive quarters. => `three consecutive quarters` duration 3 unit=quarters
She won three-quarters of the vote. => `three-quarters` fraction 0.75 subject=vote
Three quarters of the homes lost power. => `Three quarters` fraction 0.75 subject=homes head=home
# --- multipliers as nouns and verbs
Rents saw a doubling in a year. => `a doubling` ratio 2 unit=times
A quadrupling of prices followed. => `A quadrupling` ratio 4 unit=times
Costs have doubled to $40. => `doubled` ratio 2 unit=times ; `$40` money 40 unit=USD
Rents tripled in the capital. => `tripled` ratio 3 unit=times
The budget was halved. => `halved` ratio 0.5 unit=times
A three-fold rise in cases. => `three-fold` ratio 3 unit=times
Exports quadrupled. => `quadrupled` ratio 4 unit=times
The party doubled its seats. => `doubled` ratio 2 unit=times
# --- kinds: magnitudes, basis points, percentage points
A magnitude 6.1 earthquake struck. => `6.1` measure 6.1 unit=magnitude
The 7.1-magnitude quake struck at dawn. => `7.1-magnitude` measure 7.1 unit=magnitude
It was 6.1 on the Richter scale. => `6.1` measure 6.1 unit=magnitude
The bank made a 25 basis point cut. => `25 basis point` measure 25 unit=bp
Rates rose 50 basis points. => `50 basis points` measure 50 unit=bp
Spreads widened by 30 bps. => `30 bps` measure 30 unit=bp
Support rose 3 percentage points. => `3 percentage points` percent 3 unit=percentage points
Support rose 3 points. => `3` count 3
# --- negative numbers and signed changes
Output fell -3.5% in May. => `-3.5%` percent -3.5 unit=percent
The index stood at −2 on Friday. => `−2` count -2
Temperatures dropped to -15 degrees. => `-15 degrees` measure -15
GDP growth was -0.4 percent. => `-0.4 percent` percent -0.4
The balance was −$3.2 billion. => `−$3.2 billion` money -3200000000 unit=USD
A 5-3 vote passed it. => `5-3` ratio -
Growth of 2–3% is expected. => `2–3%` range 2..3 unit=percent
Between 40 and 50 percent agreed. => `Between 40 and 50 percent` range 40..50 unit=percent
Output fell 2.1% in May. => `2.1%` percent -2.1
Sales dropped by 3 percent. => `3 percent` percent -3
Exports slumped 12 percent in May. => `12 percent` percent -12
Profits tumbled by 8%. => `8%` percent -8
Unemployment fell to 4 percent. => `4 percent` percent 4
The state ran a deficit of $3bn. => `$3bn` money -3000000000 unit=USD
Shares rose 5 percent. => `5 percent` percent 5
# --- non-ASCII around numbers stays exact
Café owners — 12 of them — protested. => `12` count 12
«Nous avons 30 lits», a-t-il dit. => `30` count 30
מחיר 40 שקל => `40` count 40
Emoji 😀 then 17 ducks. => `17` count 17 subject=ducks
# --- more times of day, and numbers next to them that are claims
Doors open at 7.30 p.m. for 400 guests. => `400` count 400 subject=guests
The strike ends at 5 PM on day 3. => `3` count 3
Talks ran from 9:15 to 11:45 in Geneva. => none
At 14:05:30 the count stood at 1,200. => `1,200` count 1200
The 0800 bulletin listed 12 closures. => `12` count 12 subject=closures
Buses leave at 0645, 0715 and 0800. => none
1100 Vote in the upper house => none
1100 votes were cast by noon. => `1100` count 1100 subject=votes head=vote
A 2300 GMT deadline passed. => none
Officials met at noon; 12 p.m. meetings followed. => none
# --- more page furniture, and dates in prose that stay claims
Updated 10:04 GMT, 3 March 2024 => none
Sat 4 May 2024 => none
First published on Tue 12 Mar 2024 09.00 GMT => none
Last modified: 2 June 2021 => none
The law took effect on 3 March 2024 in Lima. => `3 March 2024` date - date=2024-03-03
Updated rules apply from June 2. => `June 2` date - date=--06-02
# --- more "one", and menus
One source told reporters the plan had changed. => none
The one who called was angry. => none
Each one counts. => none
Option 2 is cheaper, officials said. => none
Select option 4, then press 9. => none
One of 12 candidates withdrew. => `12` count 12 subject=candidates withdrew
Only one in ten households has power. => `one in ten` ratio 0.1
# --- more values: decimal commas, stray spaces, fractions, signs
A magnitude 4,8 aftershock followed. => `4,8` measure 4.8 unit=magnitude
The lira lost 12,5 % in a week. => `12,5 %` percent 12.5
Prices rose 1,234 percent in a decade. => `1,234 percent` percent 1234
She earns 2,75 euros an hour. => `2,75 euros` money 2.75 unit=EUR
Turnout of 1, 204,000 was recorded. => `1, 204,000` count 1204000
The list had 1,200, 340 and 50 names. => `1,200` count 1200 ; `340` count 340 ; `50` count 50 subject=names
A 1¼-mile course. => `1¼-mile` measure 1.25 unit=mi
He ran 5 3/4 miles. => `5 3/4 miles` measure 5.75 unit=mi
It fell −7.2% in a year. => `−7.2%` percent -7.2
A gap of -12 points opened. => `-12` count -12
Pages 10-12 were missing. => none
The COVID-19 wave passed. => none
Revenue rose 3–4 percent. => `3–4 percent` range 3..4 unit=percent
Cases grew four-fold in June. => `four-fold` ratio 4 unit=times
The deficit doubled in 2023. => `doubled` ratio 2 unit=times ; `2023` date - date=2023
A doubles match ended 6-4. => `6-4` ratio -
# --- more non-ASCII around numbers
Naïve estimates put it at 3,000. => `3,000` count 3000
Résumé: 42 applicants — 7 hired. => `42` count 42 subject=applicants ; `7` count 7 subject=hired
東京 had 14 million people. => `14 million` count 14000000 subject=people
"#;

/// Subjects (with their normalized heads) and sources, one sentence each.
const SUBJECTS_AND_SOURCES: &str = r#"
# --- subjects and their heads, every kind
Growth was 3.2 percent last year. => `3.2 percent` percent 3.2 head=growth
Congress approved a $40 billion aid package. => `$40 billion` money 40000000000 subject=aid package head=package
Maduro won 51 percent of the vote. => `51 percent` percent 51 subject=vote head=vote
Early estimates put the damage at €45 million. => `€45 million` money 45000000 subject=damage head=damage
At least 1,204 deaths were recorded in the north. => `1,204` count 1204 at_least head=death
Unemployment fell to 4.1 percent in May. => `4.1 percent` percent 4.1 head=unemployment
The deal is worth $2.3 billion. => `$2.3 billion` money 2300000000 head=deal
The refit will cost €12 million. => `€12 million` money 12000000 head=refit
Turnout reached 59.9%. => `59.9%` percent 59.9 head=turnout
Prices rose 7 percent in a year. => `7 percent` percent 7 head=price
The quake killed at least 300 people. => `300` count 300 at_least head=death
Troops detained 12 protesters. => `12` count 12 head=detention
Floods displaced 20,000 families. => `20,000` count 20000 head=displacement
Authorities freed 77 prisoners. => `77` count 77 head=release
Some 3,000 residents were evacuated. => `3,000` count 3000 approximately head=displacement
The death toll stands at 41. => `41` count 41 head=death
The number of detainees reached 2,100. => `2,100` count 2100 head=detention
At least 24 individuals have died. => `24` count 24 at_least head=death
Over 2,000 people were arrested. => `2,000` count 2000 more_than head=detention
Nearly 200 were injured. => `200` count 200 nearly head=injury
Two journalists are missing. => `Two` count 2 head=disappearance
He won 412,006 votes. => `412,006` count 412006 head=vote
There are 301 political prisoners. => `301` count 301 head=prisoner
A $5 million grant went to schools. => `$5 million` money 5000000 head=grant
They lost $3 million in damages. => `$3 million` money 3000000 head=damage
Inflation hit 9.1 percent in June. => `9.1 percent` percent 9.1 head=inflation
The vaccine was 95% effective. => `95%` percent 95 head=vaccine
# --- the scope of a subject: place, group, period
At least 1,204 deaths in the northern province were recorded. => `1,204` count 1204 at_least subject=deaths head=death scope=in the northern province
There are more than 300 political prisoners in Venezuela. => `300` count 300 more_than subject=political prisoners scope=in Venezuela
He won 51 percent of the vote in the runoff. => `51 percent` percent 51 subject=vote scope=in the runoff
Some 84 detentions among minors were reported. => `84` count 84 approximately head=detention scope=among minors
At least 24 people have died since the election. => `24` count 24 at_least head=death scope=since the election
At least 24 people died, officials said. => `24` count 24 at_least scope=-
Exactly 12 boats returned in good order. => `12` count 12 subject=boats scope=-
# --- who says so
Maduro won 51 percent, according to the Election Council. => `51 percent` percent 51 source=Election Council
According to Foro Penal, 1,200 people are held. => `1,200` count 1200 source=Foro Penal
There were 11 people detained, Romero said. => `11` count 11 source=Romero
"We saw 40 patients," said Dr. Ana Ruiz. => `40` count 40 source=Ana Ruiz
At least 9 died, the coastguard said. => `9` count 9 at_least source=the coastguard
Officials said 300 homes were damaged. => `300` count 300 source=Officials
Government figures indicate that around 2,000 people were arrested. => `2,000` count 2000 approximately source=Government
Judge Alvarez, who chairs the commission, said Ortega won 412,006 votes. => `412,006` count 412006 source=Alvarez
Reports indicate that at least 24 died, and the ministry said 300 were held. => `24` count 24 at_least source=Reports ; `300` count 300 source=the ministry
At least 24 died and 300 were held, officials said. => `24` count 24 at_least source=officials ; `300` count 300 source=officials
Data from the World Bank show 12 percent growth. => `12 percent` percent 12 source=World Bank
The census counted 4,500 households. => `4,500` count 4500 source=the census
Police reported 17 arrests overnight. => `17` count 17 source=Police
In a statement, the interior ministry put the toll at 52. => `52` count 52 source=the interior ministry
The UN estimated that 1.2 million fled. => `1.2 million` count 1200000 source=UN
Carlos Romero runs the morgue. "We counted 40 bodies," he said. => `40` count 40 source=Romero attribution=he said
Lena Ortiz leads the union. She said 3,000 members voted. => `3,000` count 3000 source=Ortiz
“We counted 40. Then 12 more came in,” said Mayor Lena Ortiz. => `40` count 40 source=Lena Ortiz ; `12` count 12 source=Lena Ortiz
Protests erupted. Maduro won 51 percent. => `51 percent` percent 51 source=-
The ministry said nothing. Later 30 were freed. => `30` count 30 source=-
Argentine Foreign Minister Gerardo Werhein said 6 people sheltered there. => `6` count 6 source=Gerardo Werhein
The agency's figures show 14 percent unemployment. => `14 percent` percent 14 source=the agency
Amnesty International documented 25 cases. => `25` count 25 source=Amnesty International
At least 80 were killed, the Health Ministry told reporters. => `80` count 80 at_least source=Health Ministry
Witnesses said about 500 people marched. => `500` count 500 approximately source=Witnesses
The opposition estimated 70 percent turnout. => `70 percent` percent 70 approximately source=the opposition
Polls showed 45 percent support. => `45 percent` percent 45 source=Polls
An official, speaking anonymously, said 19 were held. => `19` count 19
Some 150 fled, aid workers reported. => `150` count 150 approximately source=aid workers
Results announced by the council gave him 52 percent. => `52 percent` percent 52
# --- more
Hospital staff said 61 patients were treated. => `61` count 61 source=Hospital staff
The Electoral Council's count gave him 52 percent. => `52 percent` percent 52 source=Electoral Council
According to the U.N. refugee agency, 7.7 million have left. => `7.7 million` count 7700000 source=U.N. refugee agency
Mr. Romero, a lawyer, said 11 people were detained. => `11` count 11 source=Romero
At least 12 died, said Rafael Uzcátegui of the rights group. => `12` count 12 at_least source=Rafael Uzcátegui
Exports fell 4 percent in May, the statistics office said. => `4 percent` percent -4 head=export source=the statistics office
The government put the number of evacuees at 3,400. => `3,400` count 3400 head=displacement
Nearly 90 percent of ballots were counted. => `90 percent` percent 90 nearly head=vote
A 15 percent tariff on steel took effect. => `15 percent` percent 15 head=tariff
The storm left 6,000 homes without power. => `6,000` count 6000 head=home
The director of the clinic, Ana Ruiz, said 40 beds were full. => `40` count 40 source=Ana Ruiz
Carlos Romero spoke first. "The Unitary Platform lost 12 members," he said. => `12` count 12 source=Romero
After the July 28 vote, polls showed him trailing badly. => `July 28` date - source=-
At least 14 died, the regional fire service said on Tuesday. => `14` count 14 at_least source=the regional fire service
At least 5 died, Romero said in a statement on Tuesday. => `5` count 5 at_least source=Romero
"#;

#[test]
fn news_formats_and_traps() {
    common::claim_table::check(CASES, 120);
}

#[test]
fn subjects_and_sources() {
    common::claim_table::check(SUBJECTS_AND_SOURCES, 60);
}
