//! Table-driven tests of the Spanish grammar: sentence → the exact claims expected, in order (the
//! format of `extract_table.rs`). Every sentence is our own, written for one thing the grammar
//! must read or must leave alone.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::too_many_lines)] // a failure here is the test failing

mod common;

use tally::extract::extract_in;
use tally::language::Language;

const CASES: &str = r#"
# --- thousands dot, decimal comma, decided from the digits
Unas 2.000 personas salieron a la calle. => `2.000` count 2000 approximately subject=personas salieron
La inflación mensual fue de 7,6 puntos. => `7,6 puntos` count 7.6 unit=points
El fondo sumaba 2.418.306,55 bolívares. => `2.418.306,55 bolívares` money 2418306.55 unit=VES
Se contaron 1.234.567 papeletas válidas. => `1.234.567` count 1234567 head=vote
El padrón tiene 21.392.464 electores. => `21.392.464` count 21392464 head=voter
Hubo 12 408 votos nulos en el estado. => `12 408` count 12408 head=vote
La pérdida fue de 0,5 puntos. => `0,5 puntos` count 0.5 unit=points
El embalse guarda 3,25 metros de agua. => `3,25 metros` measure 3.25 unit=m
# --- Mexican and US-style numbers in Spanish text
Se registraron 1,250 casos en Sonora. => `1,250` count 1250 subject=casos
El candidato obtuvo 48.7% de los votos. => `48.7%` percent 48.7 subject=votos head=vote
La cifra llegó a 3,512,440 sufragios. => `3,512,440` count 3512440 head=vote
Costó 1,250.50 pesos. => `1,250.50 pesos` money 1250.5 unit=pesos
# --- scale words
Viven allí 3 millones de personas. => `3 millones` count 3000000 subject=personas
El presupuesto es de 1,5 millones de dólares. => `1,5 millones de dólares` money 1500000 unit=USD
Se invirtieron 3.000 millones de euros. => `3.000 millones de euros` money 3000000000 unit=EUR
La deuda llega a 150.000 millones de dólares. => `150.000 millones de dólares` money 150000000000 unit=USD
Pagaron 2 mil pesos por caja. => `2 mil pesos` money 2000 unit=pesos
Gastaron 4,5 mil millones de dólares. => `4,5 mil millones de dólares` money 4500000000 unit=USD
La deuda pública es de 2 billones de pesos. => `2 billones de pesos` money 2000000000000 unit=pesos
El padrón suma 12 millones 305 mil 211 votantes. => `12 millones 305 mil 211` count 12305211
Hay 5 millones 200 mil migrantes. => `5 millones 200 mil` count 5200000
Llegaron 1,2 millones de turistas. => `1,2 millones` count 1200000
Recibió 45 mdd en inversión. => `45 mdd` money 45000000 unit=USD
# --- number words
Veinticuatro personas murieron en los disturbios. => `Veinticuatro` count 24 subject=personas murieron head=death
Dieciséis presos fueron liberados. => `Dieciséis` count 16 head=release
Hubo treinta y dos heridos. => `treinta y dos` count 32 head=injury
Quedaron detenidas doscientas mujeres. => `doscientas` count 200 subject=mujeres head=detention
Llegaron quinientos soldados. => `quinientos` count 500 subject=soldados
Contaron dos mil quinientos votos. => `dos mil quinientos` count 2500 head=vote
Protestaron ciento veinte estudiantes. => `ciento veinte` count 120
Murieron cien personas. => `cien` count 100 head=death
Asistieron mil personas. => `mil` count 1000
Viven tres millones de venezolanos fuera. => `tres millones` count 3000000
El Estado gastó mil millones de dólares. => `mil millones de dólares` money 1000000000 unit=USD
Huyeron medio millón de personas. => `medio millón` count 500000
Emigraron dos millones y medio de personas. => `dos millones y medio` count 2500000
Llegó un millón de dosis. => `un millón` count 1000000
Detuvieron a un centenar de manifestantes. => `un centenar` count 100 head=detention
Compraron una docena de vehículos. => `una docena` count 12
Se vendió media docena de casas. => `media docena` count 6
Once heridos llegaron al hospital. => `Once` count 11 head=injury
Llevó veintiún días de huelga. => `veintiún días` duration 21 unit=days
Trabajan ochenta y siete médicos. => `ochenta y siete` count 87
Un hombre fue detenido. => none
Una mujer declaró ante el juez. => none
Uno de los detenidos habló. => none
Decenas de personas esperaban. => none
Cientos de presos siguen en huelga. => none
Miles de personas marcharon. => none
En medio de la crisis, nadie habló. => none
Los medios informaron tarde. => none
Uno de cada cinco venezolanos emigró. => `Uno de cada cinco` ratio 0.2
Uno de cada 4 niños no come. => `Uno de cada 4` ratio 0.25
1 de cada 3 hogares es pobre. => `1 de cada 3` ratio 0.3333333333333333
# --- percent
Obtuvo el 51 % de los votos. => `51 %` percent 51 unit=percent subject=votos head=vote
Obtuvo el 51% de los votos. => `51%` percent 51 unit=percent
Alcanzó el 51 por ciento del total. => `51 por ciento` percent 51 unit=percent
Logró el 51,2 % de los sufragios. => `51,2 %` percent 51.2 head=vote
La participación fue del 59,9 %. => `59,9 %` percent 59.9
El apoyo subió 3 puntos porcentuales. => `3 puntos porcentuales` percent 3 unit=percentage points
La economía cayó 2,1 %. => `2,1 %` percent -2.1
El desempleo bajó un 3 %. => `3 %` percent -3
Creció un -1,5 % interanual. => `-1,5 %` percent -1.5
El 70 por cien apoya la medida. => `70 por cien` percent 70
# --- money
Cuesta US$ 5 la entrada. => `US$ 5` money 5 unit=USD
El salario es de 5 dólares. => `5 dólares` money 5 unit=USD
Pidió €45 millones al banco. => `€45 millones` money 45000000 unit=EUR
Gastaron 45 millones de euros. => `45 millones de euros` money 45000000 unit=EUR
El pasaje vale Bs. 36 desde ayer. => `Bs. 36` money 36 unit=VES
El pasaje vale 36 bolívares desde ayer. => `36 bolívares` money 36 unit=VES
Un kilo de queso cuesta Bs. 41, 75 en Caracas. => `Bs. 41, 75` money 41.75 unit=VES
Pagó $20 por el litro de leche en dólares. => `$20` money 20 unit=USD
El pasaje en México sube a $12 pesos. => `$12` money 12 unit=$
Cobran 20 € por noche. => `20 €` money 20 unit=EUR
Invirtió USD 300 millones. => `USD 300 millones` money 300000000 unit=USD
Pagó S/ 150 de multa. => `S/ 150` money 150 unit=PEN
El bono es de 130 dólares al mes. => `130 dólares` money 130 unit=USD
Reclamó 2.000 millones de dólares de deuda. => `2.000 millones de dólares` money 2000000000 unit=USD
# --- dates
Las elecciones fueron el 28 de julio. => `28 de julio` date - date=--07-28
Votaron el 28 de julio de 2024. => `28 de julio de 2024` date - date=2024-07-28
Los comicios de julio de 2024 fueron tensos. => `julio de 2024` date - date=2024-07
Ocurrió el pasado 26 de noviembre. => `26 de noviembre` date - date=--11-26
La crisis empezó en 2023. => `2023` date - date=2023
Habló el jueves 1 de agosto ante la prensa. => `1 de agosto` date - date=--08-01
El 1.º de mayo hubo marchas. => `1.º de mayo` date - date=--05-01
Se fundó el 5 de julio de 1811. => `5 de julio de 1811` date - date=1811-07-05
Desde 2019 no hay datos. => `2019` date - date=2019
El informe del 3 de marzo del 2024 lo confirma. => `3 de marzo del 2024` date - date=2024-03-03
La marcha salió de la Plaza 23 de Enero. => none
Vive en la Avenida 5 de Julio de Maracaibo. => none
El barrio 23 de Enero votó en bloque. => none
La fecha fue 28/07/2024 según el acta. => `28/07/2024` date - date=2024-07-28
Se publicó el 2024-07-30. => `2024-07-30` date - date=2024-07-30
En 2024 personas de todo el país votaron. => `2024` date - date=2024
Se vendieron 2024 entradas. => `2024` count 2024
# --- durations and rates
Estuvo preso 72 horas. => `72 horas` duration 72 unit=hours
Lo citan cada 30 días. => `30 días` duration 30 unit=days
Gobernó durante diez años. => `diez años` duration 10 unit=years
Cobra 300 dólares al año. => `300 dólares` money 300 unit=USD
La huelga duró 3 semanas. => `3 semanas` duration 3 unit=weeks
Esperaron 45 minutos. => `45 minutos` duration 45 unit=minutes
El plazo es de seis meses. => `seis meses` duration 6 unit=months
Hace dos décadas que no llueve así. => `dos décadas` duration 2 unit=decades
# --- measures
La caravana recorrió 120 kilómetros. => `120 kilómetros` measure 120 unit=km
Cayeron 80 mm de lluvia. => `80 mm` measure 80 unit=mm
Exportó 700.000 barriles diarios. => `700.000 barriles` measure 700000 unit=barrels
Se quemaron 5.000 hectáreas. => `5.000 hectáreas` measure 5000 unit=ha
Llevaban 2 toneladas de alimentos. => `2 toneladas` measure 2 unit=t
# --- ranges
Detuvieron entre 40 y 50 personas. => `entre 40 y 50` range 40..50
Hubo de 40 a 50 heridos. => `40 a 50` range 40..50
Se estiman 40-50 víctimas. => `40-50` range 40..50
Costará entre 2 y 3 millones de dólares. => `entre 2 y 3 millones de dólares` range 2000000..3000000 unit=USD
Votó entre el 40 y el 50 % del padrón. => `entre el 40 y el 50 %` range 40..50 unit=percent
Emigraron entre dos y tres millones. => `entre dos y tres millones` range 2000000..3000000
# --- qualifiers
Al menos 24 personas murieron. => `24` count 24 at_least subject=personas murieron head=death
Por lo menos 24 personas murieron. => `24` count 24 at_least
Más de 2.000 fueron detenidos. => `2.000` count 2000 more_than head=detention
Cerca de 300 presos políticos siguen encarcelados. => `300` count 300 nearly head=detention
Casi 200 resultaron heridos. => `200` count 200 nearly head=injury
Alrededor de 1.500 trabajadores protestaron. => `1.500` count 1500 approximately
Unos 800 militares desertaron. => `800` count 800 approximately
Unas 40 familias huyeron. => `40` count 40 approximately
Aproximadamente 75 embarcaciones zarparon. => `75` count 75 approximately
Hasta 40 personas podrían estar heridas. => `40` count 40 up_to
Menos de 10 quedan en pie. => `10` count 10 less_than
No más de 8 fueron vistos. => `8` count 8 at_most
La cifra superó los 2.000 detenidos. => `2.000` count 2000 more_than head=detention
Los desplazados rondan los 300. => `300` count 300 approximately
# --- not claims: clock times
La votación cerró a las 8.00 horas. => none
El anuncio llegó a las 20.30 h del lunes. => none
La reunión empezó a las 10:30. => none
Salió a las 6 de la mañana. => none
Habló a las 10 de la noche. => none
Abrirán desde las 7 hasta las 19. => none
Llegó a las 8 p. m. al cuartel. => none
# --- not claims: phones, names, handles, links
Llame al 0212-555-1234 para denunciar. => none
Escriba al +58 412 555 1234 si sabe algo. => none
La pandemia de COVID-19 cambió todo. => none
La cumbre del G20 terminó ayer. => none
Llame al 911 si ve algo. => none
La línea 171 atiende de día. => none
Síganos en @radio24 y en #Caracas2024. => none
Más en https://ejemplo.org/nota/2024/07/30 hoy. => none
Según el artículo 350 de la Constitución, la protesta es legal. => none
El vuelo 402 aterrizó tarde. => none
# --- subjects and heads across the corpus's quantities
Fallecieron 12 personas en el incendio. => `12` count 12 head=death
Hay 1.800 presos políticos en el país. => `1.800` count 1800 subject=presos políticos head=prisoner
Fueron excarcelados 103 presos. => `103` count 103 head=release
Se reportaron 15 desaparecidos. => `15` count 15 head=disappearance
Resultaron heridas 48 personas. => `48` count 48
Los 274 hombres detenidos siguen presos. => `274` count 274 head=detention
Murieron 24 personas desde las elecciones. => `24` count 24 head=death scope=desde las elecciones
Hubo 11 detenidos en la capital. => `11` count 11 head=detention scope=en la capital
Se contaron 300 evacuados tras el sismo. => `300` count 300 head=displacement
# --- attribution
Según Foro Penal, 24 personas murieron. => `24` count 24 source=Foro Penal attribution=Según Foro Penal
De acuerdo con la Fiscalía, hubo 2.000 detenidos. => `2.000` count 2000 source=Fiscalía
El CNE informó que Maduro obtuvo el 51,2 % de los votos. => `51,2 %` percent 51.2 source=CNE
Hubo 24 muertos, dijo Romero. => `24` count 24 source=Romero attribution=dijo Romero
"Hay 300 presos", afirmó Alfredo Romero. => `300` count 300 source=Alfredo Romero
Provea denunció 14 desapariciones. => `14` count 14 source=Provea head=disappearance
Hubo 9 heridos, informó el Ministerio de Salud. => `9` count 9 source=Ministerio de Salud
Los daños suman 45 millones de euros, dijo la alcaldesa Inès Carvalho. => `45 millones de euros` money 45000000 source=Inès Carvalho head=damage
Hubo 7 heridos, según el servicio regional de bomberos. => `7` count 7 source=servicio regional de bomberos
Según el director de Foro Penal, Alfredo Romero, hay 1.800 presos. => `1.800` count 1800 source=Alfredo Romero
Llovió 80 mm el domingo. => `80 mm` measure 80 source=-
# --- ordinals, fractions, non-ASCII text around numbers
Ganó su 3.er mandato. => `3.er` ordinal 3
Es su 2do periodo. => `2do` ordinal 2
Es la 2.ª vez que ocurre. => `2.ª` ordinal 2
Subió ½ punto. => `½` fraction 0.5
Votó ⅔ del padrón. => `⅔` fraction 0.6666666666666666
Un 1/3 de los hogares no tiene agua. => `1/3` fraction 0.3333333333333333
—Hubo 24 muertos —dijo—. => `24` count 24
😀 Llegaron 24 niños 🎉. => `24` count 24
«Detuvieron a 80», contó ella. => `80` count 80 head=detention
"#;

#[test]
fn table_of_spanish_sentences() {
    common::claim_table::check_with(CASES, 150, |s| extract_in(s, Language::Spanish));
}

#[test]
fn a_stamp_under_the_headline_is_the_page_date_not_a_claim() {
    let text =
        "Protestas tras los comicios\nPublicado el 30 de julio de 2024\nAl menos 24 personas murieron el 29 de julio.";
    let claims: Vec<_> = extract_in(text, Language::Spanish).into_iter().map(|c| c.text).collect();
    assert_eq!(claims, ["24", "29 de julio"]);
    assert_eq!(tally::extract::publication_date_in(text, Language::Spanish).as_deref(), Some("2024-07-30"));
}

#[test]
fn once_is_eleven_only_in_spanish() {
    let es = extract_in("Once heridos llegaron.", Language::Spanish);
    assert_eq!(es.first().and_then(|c| c.value()), Some(11.0));
    assert!(extract_in("It happened once, in May.", Language::English).is_empty());
}

#[test]
fn the_sample_s_spanish_articles_are_read_in_spanish() {
    let sample = tally::sample::documents();
    let spanish: Vec<_> =
        sample.iter().filter(|d| d.language() == Language::Spanish).map(|d| d.path.as_str()).collect();
    assert_eq!(spanish, ["06-diario-del-valle.txt", "07-agencia-sur.txt"], "one detected, one from front matter");
    let diario = &sample[5];
    let claims = extract_in(&diario.text, Language::Spanish);
    let deaths = claims.iter().filter(|c| c.text == "14").nth(1).expect("the death toll in the body");
    assert_eq!(
        (deaths.subject_head.as_deref(), deaths.source()),
        (Some("death"), Some("servicio regional de bomberos"))
    );
    let evacuated = claims.iter().find(|c| c.text == "3.000").expect("evacuations");
    assert_eq!(evacuated.value(), Some(3000.0));
}

#[test]
fn a_wire_story_s_figures_subjects_and_sources() {
    let text = "Lagoa, 2 ago (EFE).- La ONG Vigía Cívica elevó este viernes a 1.229 el número de detenidos \
                tras las protestas. El director de la organización, Mateo Ibarra, dijo que al menos 11 \
                personas murieron. La oposición denunció 24 asesinatos. Unas 7,7 millones de personas \
                han emigrado del país en una década.";
    let claims = extract_in(text, Language::Spanish);
    let got: Vec<_> = claims.iter().map(|c| (c.text.as_str(), c.subject_head.as_deref(), c.source())).collect();
    assert_eq!(
        got,
        [
            ("2 ago", None, None),
            ("1.229", Some("detention"), Some("ONG Vigía Cívica")),
            ("11", Some("death"), Some("Mateo Ibarra")),
            ("24", Some("death"), Some("oposición")),
            ("7,7 millones", Some("person"), None),
        ]
    );
    assert_eq!(claims[0].date(), Some("--08-02"), "the dateline's day and month");
    assert_eq!(claims[4].subject.as_deref(), Some("personas han emigrado"));
}

/// Spain's and Mexico's press, in sentences of our own.
const MORE_CASES: &str = r#"
La participación alcanzó 61.04 por ciento. => `61.04 por ciento` percent 61.04
Se emitieron 60 millones 115 mil 184 votos. => `60 millones 115 mil 184` count 60115184 head=vote
Reportó 2 mil 345 casos de dengue. => `2 mil 345` count 2345
Destinará 25 mil millones de pesos. => `25 mil millones de pesos` money 25000000000 unit=pesos
Registró ayer 1.234 nuevos contagios. => `1.234` count 1234 head=infection
Murieron 12 personas en las últimas 24 horas. => `12` count 12 head=death ; `24 horas` duration 24 head=-
El paro bajó hasta los 2,6 millones de desempleados. => `2,6 millones` count 2600000 exact head=unemployment
Hasta 40 personas podrían estar heridas. => `40` count 40 up_to
El Ibex 35 cerró con una subida del 0,8 %. => `0,8 %` percent 0.8
Volaba en un Airbus 320 de la compañía. => none
Según Provea 24 personas murieron. => `24` count 24 head=death
El 23-F de 1981 marcó la historia. => `1981` date - date=1981
El 11-M dejó 193 muertos. => `193` count 193 head=death
El metro cerró de 22.00 a 6.00 horas. => none
La Secretaría de Salud reportó 9 casos. => `9` count 9 source=Secretaría de Salud
En Argentina el boleto cuesta $500. => `$500` money 500 unit=$
En Caracas el kilo de carne cuesta $8. => `$8` money 8 unit=USD
El pasaje cuesta Bs. 36, según la alcaldía. => `Bs. 36` money 36 unit=VES source=alcaldía
"#;

#[test]
fn table_of_spain_and_mexico() {
    common::claim_table::check_with(MORE_CASES, 15, |s| extract_in(s, Language::Spanish));
}

/// Subjects, sources and days in longer sentences of our own.
const CLAUSES: &str = r#"
Contaron 1.799 presos, de los cuales 1.659 son hombres. => `1.799` count 1799 ; `1.659` count 1659 subject=hombres head=man
El consejo dio 6,4 millones de votos a Rivas, mientras la oposición aseguró tener el 83,5 % de las actas. => `6,4 millones` count 6400000 source=- ; `83,5 %` percent 83.5 source=oposición
Hubo 2.229 detenidos, de acuerdo con cifras oficiales, y el Gobierno anunció dos cárceles. => `2.229` count 2229 source=cifras oficiales ; `dos` count 2 source=Gobierno
Hubo protestas el 29 y 30 de julio. => `29` date - date=--07-29 ; `30 de julio` date - date=--07-30
"#;

/// Fractions and ordinals in words, and decades.
const FRACTIONS: &str = r#"
Obtuvo dos tercios de los votos. => `dos tercios` fraction 0.6666666666666666
Un cuarto de los hogares no tiene luz. => `Un cuarto` fraction 0.25
Tres cuartas partes del país votaron. => `Tres cuartas partes` fraction 0.75
La mitad de los detenidos son jóvenes. => `mitad` fraction 0.5
La tercera parte del presupuesto se perdió. => `tercera parte` fraction 0.3333333333333333
Busca su tercer mandato. => `tercer` ordinal 3
Es la quinta economía de la región. => `quinta` ordinal 5
Habrá segunda vuelta en mayo. => none
La segunda vuelta será en mayo. => `segunda` ordinal 2
Vive en Quinta Crespo. => none
Llegó a mitad de camino. => none
Esperó un cuarto de hora. => `un cuarto` fraction 0.25
Creció en los años 90. => `90` date - date=1990s
Fue en la década de 1980. => `1980` date - date=1980s
Tenía 90 años. => `90 años` duration 90 unit=years
"#;

#[test]
fn table_of_fractions_and_ordinals() {
    common::claim_table::check_with(FRACTIONS, 15, |s| extract_in(s, Language::Spanish));
}

#[test]
fn table_of_longer_clauses() {
    common::claim_table::check_with(CLAUSES, 4, |s| extract_in(s, Language::Spanish));
}
