//! The Spanish words the grammar knows: number words, scales, months, units, currencies, hedges,
//! reporting verbs, and the news quantities their subjects name (mapped onto the English heads, so
//! one story told in both languages compares as one).

use crate::extract::Qualifier;

/// A number word's value: units, teens, tens, hundreds ("veintitrés" → 23, "quinientas" → 500).
pub fn small(word: &str) -> Option<u64> {
    Some(match word {
        "cero" => 0,
        "uno" | "un" | "una" => 1,
        "dos" => 2,
        "tres" => 3,
        "cuatro" => 4,
        "cinco" => 5,
        "seis" => 6,
        "siete" => 7,
        "ocho" => 8,
        "nueve" => 9,
        "diez" => 10,
        "once" => 11,
        "doce" => 12,
        "trece" => 13,
        "catorce" => 14,
        "quince" => 15,
        "dieciséis" | "dieciseis" => 16,
        "diecisiete" => 17,
        "dieciocho" => 18,
        "diecinueve" => 19,
        "veinte" => 20,
        "veintiuno" | "veintiún" | "veintiun" | "veintiuna" => 21,
        "veintidós" | "veintidos" => 22,
        "veintitrés" | "veintitres" => 23,
        "veinticuatro" => 24,
        "veinticinco" => 25,
        "veintiséis" | "veintiseis" => 26,
        "veintisiete" => 27,
        "veintiocho" => 28,
        "veintinueve" => 29,
        "treinta" => 30,
        "cuarenta" => 40,
        "cincuenta" => 50,
        "sesenta" => 60,
        "setenta" => 70,
        "ochenta" => 80,
        "noventa" => 90,
        "cien" | "ciento" => 100,
        "doscientos" | "doscientas" => 200,
        "trescientos" | "trescientas" => 300,
        "cuatrocientos" | "cuatrocientas" => 400,
        "quinientos" | "quinientas" => 500,
        "seiscientos" | "seiscientas" => 600,
        "setecientos" | "setecientas" => 700,
        "ochocientos" | "ochocientas" => 800,
        "novecientos" | "novecientas" => 900,
        _ => return None,
    })
}

/// Scale words after a number: "mil", "millones", "billones" (the long scale: a billón is 10¹²).
pub fn scale(word: &str) -> Option<u64> {
    Some(match word {
        "mil" => 1_000,
        "millón" | "millon" | "millones" => 1_000_000,
        "millardo" | "millardos" => 1_000_000_000,
        "billón" | "billon" | "billones" => 1_000_000_000_000,
        _ => return None,
    })
}

/// Words counting a set size: "una docena", "un centenar".
pub fn collective(word: &str) -> Option<u64> {
    Some(match word {
        "docena" | "docenas" => 12,
        "centenar" | "centena" => 100,
        "millar" => 1_000,
        _ => return None,
    })
}

/// Does a number word start here? (The scanner's test for every word of a Spanish text.)
pub fn is_trigger(word: &str) -> bool {
    small(word).is_some()
        || scale(word).is_some()
        || month(word).is_some()
        || ordinal(word).is_some()
        || matches!(word, "medio" | "media" | "docena" | "centenar" | "mitad")
}

/// An ordinal word's number ("tercer mandato", "la quinta economía"); "primero" is left out, as
/// "first" is in English (it orders more often than it counts).
pub fn ordinal(word: &str) -> Option<u32> {
    Some(match word {
        "segundo" | "segunda" => 2,
        "tercer" | "tercero" | "tercera" => 3,
        "cuarto" | "cuarta" => 4,
        "quinto" | "quinta" => 5,
        "sexto" | "sexta" => 6,
        "séptimo" | "séptima" | "septimo" | "septima" => 7,
        "octavo" | "octava" => 8,
        "noveno" | "novena" => 9,
        "décimo" | "décima" | "decimo" | "decima" => 10,
        _ => return None,
    })
}

/// The denominator a fraction word names after a count ("dos tercios", "tres cuartos de").
pub fn fraction_denominator(word: &str) -> Option<u32> {
    Some(match word {
        "tercio" | "tercios" => 3,
        "cuarto" | "cuartos" => 4,
        "quinto" | "quintos" => 5,
        _ => return None,
    })
}

/// A month's number.
pub fn month(word: &str) -> Option<u32> {
    Some(match word {
        "enero" | "ene" => 1,
        "febrero" | "feb" => 2,
        "marzo" | "mar" => 3,
        "abril" | "abr" => 4,
        "mayo" | "may" => 5,
        "junio" | "jun" => 6,
        "julio" | "jul" => 7,
        "agosto" | "ago" => 8,
        "septiembre" | "setiembre" | "sept" | "sep" | "set" => 9,
        "octubre" | "oct" => 10,
        "noviembre" | "nov" => 11,
        "diciembre" | "dic" => 12,
        _ => return None,
    })
}

/// A day of the week ("el jueves 1 de agosto").
pub fn weekday(word: &str) -> bool {
    matches!(
        word,
        "lunes" | "martes" | "miércoles" | "miercoles" | "jueves" | "viernes" | "sábado" | "sabado" | "domingo"
    )
}

/// Words before a date's number that make it part of a name: "Plaza 23 de Enero", "Avenida 5 de
/// Julio", "el Movimiento 26 de Julio".
pub fn names_a_place(word: &str) -> bool {
    matches!(
        word,
        "plaza"
            | "avenida"
            | "av"
            | "avda"
            | "calle"
            | "barrio"
            | "urbanización"
            | "urbanizacion"
            | "urb"
            | "parroquia"
            | "estación"
            | "estacion"
            | "puente"
            | "colegio"
            | "escuela"
            | "liceo"
            | "hospital"
            | "parque"
            | "paseo"
            | "sector"
            | "municipio"
            | "instituto"
            | "universidad"
            | "aeropuerto"
            | "estadio"
            | "fundación"
            | "fundacion"
            | "movimiento"
            | "batallón"
            | "batallon"
            | "brigada"
            | "colonia"
            | "distrito"
            | "cuartel"
            | "comando"
            | "glorieta"
    )
}

/// Words before a number that make it an identifier: "artículo 350", "la ley 7", "vuelo 402".
pub fn names_a_number(word: &str) -> bool {
    matches!(
        word,
        "artículo"
            | "articulo"
            | "art"
            | "arts"
            | "ley"
            | "decreto"
            | "número"
            | "numero"
            | "núm"
            | "num"
            | "nº"
            | "n"
            | "no"
            | "vuelo"
            | "línea"
            | "linea"
            | "ruta"
            | "página"
            | "pagina"
            | "pág"
            | "pag"
            | "capítulo"
            | "capitulo"
            | "versión"
            | "version"
            | "modelo"
            | "expediente"
            | "resolución"
            | "resolucion"
            | "gaceta"
            | "sentencia"
            | "código"
            | "codigo"
            | "edición"
            | "edicion"
            | "tomo"
            | "sala"
            | "piso"
            | "puerta"
            | "habitación"
            | "celda"
            | "canal"
            | "kilómetro"
            | "km"
            | "lote"
            | "manzana"
            | "casa"
            | "apartamento"
            | "oficina"
            | "local"
            | "galpón"
            | "pabellón"
            | "circuito"
            | "mesa"
            | "centro"
            | "acta"
            | "boletín"
            | "boletin"
            | "episodio"
            | "temporada"
            | "grupo"
            | "fase"
            | "nivel"
            | "zona"
            | "región"
    )
}

/// Service numbers that name a line, not a quantity ("llamar al 911").
pub fn emergency_number(value: u64) -> bool {
    matches!(value, 911 | 112 | 171 | 123 | 66 | 80 | 88 | 106 | 117 | 132 | 133)
}

/// Currency named by a word after the number ("45 millones de euros") → code.
pub fn currency_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "dólar" | "dolar" | "dólares" | "dolares" | "usd" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "bolívar" | "bolivar" | "bolívares" | "bolivares" | "ves" | "bs" => "VES",
        "peso" | "pesos" => "pesos",
        "libra" | "libras" => "GBP",
        "yuan" | "yuanes" => "CNY",
        "sol" | "soles" => "PEN",
        "real" | "reales" => "BRL",
        "quetzal" | "quetzales" => "GTQ",
        "colón" | "colones" => "CRC",
        "lempira" | "lempiras" => "HNL",
        "córdoba" | "córdobas" => "NIO",
        "guaraní" | "guaraníes" => "PYG",
        "rublo" | "rublos" => "RUB",
        "yen" | "yenes" => "JPY",
        "mxn" => "MXN",
        "cop" => "COP",
        "ars" => "ARS",
        "clp" => "CLP",
        _ => return None,
    })
}

/// Currency written before the digits: a code, "Bs." or "Bs", "S/" (sol), "US$".
pub fn currency_before(word: &str) -> Option<&'static str> {
    Some(match word {
        "US$" | "USD" | "U$S" | "U$D" => "USD",
        "EUR" => "EUR",
        "Bs" | "Bs.S" | "BsS" | "Bs.F" | "BsF" | "Bs.D" | "VES" | "VEF" => "VES",
        "S/" | "PEN" => "PEN",
        "R$" | "BRL" => "BRL",
        "MXN" | "Mex$" => "MXN",
        "COP" => "COP",
        "ARS" => "ARS",
        "CLP" => "CLP",
        "GBP" => "GBP",
        _ => return None,
    })
}

/// Abbreviations of "millones de dólares / de pesos" glued or after the number (Mexican press).
pub fn million_money(word: &str) -> Option<&'static str> {
    Some(match word {
        "mdd" => "USD",
        "mdp" => "pesos",
        _ => return None,
    })
}

/// A unit of time → the plural English name every language shares (so "72 horas" compares with
/// "72 hours").
pub fn time_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "segundo" | "segundos" | "seg" => "seconds",
        "minuto" | "minutos" | "min" => "minutes",
        "hora" | "horas" | "hrs" | "hr" => "hours",
        "día" | "dia" | "días" | "dias" | "jornada" | "jornadas" => "days",
        "semana" | "semanas" => "weeks",
        "mes" | "meses" => "months",
        "año" | "años" | "ano" | "anos" => "years",
        "década" | "décadas" | "decada" | "decadas" => "decades",
        "siglo" | "siglos" => "centuries",
        _ => return None,
    })
}

/// A physical unit → its symbol (shared with English).
pub fn measure_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "km" | "kilómetro" | "kilómetros" | "kilometro" | "kilometros" => "km",
        "metro" | "metros" | "m" => "m",
        "cm" | "centímetro" | "centímetros" => "cm",
        "mm" | "milímetro" | "milímetros" => "mm",
        "milla" | "millas" => "mi",
        "kg" | "kilo" | "kilos" | "kilogramo" | "kilogramos" => "kg",
        "gramo" | "gramos" | "g" | "gr" => "g",
        "tonelada" | "toneladas" | "t" | "ton" => "t",
        "litro" | "litros" | "l" => "l",
        "barril" | "barriles" => "barrels",
        "hectárea" | "hectáreas" | "hectarea" | "hectareas" | "ha" => "ha",
        "grado" | "grados" => "degrees",
        "megavatio" | "megavatios" | "mw" => "MW",
        "kilovatio" | "kilovatios" | "kw" => "kW",
        "km2" => "km²",
        _ => return None,
    })
}

/// The hedges before a number, in reading order, longest first ("no más de" before "más de").
pub const QUALIFIERS: &[(&[&str], Qualifier)] = {
    use Qualifier::*;
    &[
        (&["no", "más", "de"], AtMost),
        (&["no", "mas", "de"], AtMost),
        (&["no", "menos", "de"], AtLeast),
        (&["algo", "más", "de"], MoreThan),
        (&["por", "lo", "menos"], AtLeast),
        (&["al", "menos"], AtLeast),
        (&["como", "mínimo"], AtLeast),
        (&["como", "minimo"], AtLeast),
        (&["como", "máximo"], AtMost),
        (&["a", "lo", "sumo"], AtMost),
        (&["más", "de"], MoreThan),
        (&["mas", "de"], MoreThan),
        (&["superior", "a"], MoreThan),
        (&["por", "encima", "de"], MoreThan),
        (&["menos", "de"], LessThan),
        (&["inferior", "a"], LessThan),
        (&["por", "debajo", "de"], LessThan),
        (&["cerca", "de"], Nearly),
        (&["casi"], Nearly),
        (&["alrededor", "de"], Approximately),
        (&["en", "torno", "a"], Approximately),
        (&["aproximadamente"], Approximately),
        (&["aprox"], Approximately),
        (&["unos"], Approximately),
        (&["unas"], Approximately),
        (&["rondan"], Approximately),
        (&["ronda"], Approximately),
        (&["rondaría"], Approximately),
        (&["estimados"], Approximately),
        // "hasta 40 personas" is at most 40; "hasta los 11.500 puntos" is the level reached
        // (the article is checked by the caller, which skips it only for other hedges).
        (&["hasta"], UpTo),
        (&["superó"], MoreThan),
        (&["superaron"], MoreThan),
        (&["supera"], MoreThan),
        (&["superan"], MoreThan),
        (&["sobrepasa"], MoreThan),
        (&["sobrepasó"], MoreThan),
        (&["rebasa"], MoreThan),
        (&["rebasó"], MoreThan),
        (&["exactamente"], Qualifier::Exact),
    ]
};

/// Verbs that report what a source says or counted.
pub fn reporting_verb(word: &str) -> bool {
    matches!(
        word,
        "dijo"
            | "dice"
            | "dijeron"
            | "afirmó"
            | "afirma"
            | "afirmaron"
            | "informó"
            | "informa"
            | "informaron"
            | "denunció"
            | "denuncia"
            | "denunciaron"
            | "señaló"
            | "señala"
            | "señalaron"
            | "indicó"
            | "indica"
            | "indicaron"
            | "explicó"
            | "aseguró"
            | "asegura"
            | "aseguraron"
            | "declaró"
            | "declararon"
            | "precisó"
            | "detalló"
            | "reportó"
            | "reporta"
            | "reportaron"
            | "confirmó"
            | "confirma"
            | "confirmaron"
            | "anunció"
            | "anunciaron"
            | "advirtió"
            | "sostuvo"
            | "agregó"
            | "añadió"
            | "estimó"
            | "estima"
            | "calculó"
            | "calcula"
            | "contabilizó"
            | "contabiliza"
            | "registró"
            | "registra"
            | "publicó"
            | "difundió"
            | "reveló"
            | "destacó"
            | "manifestó"
            | "subrayó"
            | "comunicó"
            | "admitió"
            | "reconoció"
            | "aseveró"
            | "apuntó"
            | "recordó"
            | "contó"
            | "cifró"
            | "elevó"
            | "documentó"
            | "contabilizaron"
            | "registraron"
    )
}

/// Articles and other little words that never head a subject.
pub fn function_word(word: &str) -> bool {
    matches!(
        word,
        "el" | "la"
            | "los"
            | "las"
            | "lo"
            | "un"
            | "una"
            | "unos"
            | "unas"
            | "de"
            | "del"
            | "al"
            | "a"
            | "en"
            | "y"
            | "e"
            | "o"
            | "u"
            | "que"
            | "se"
            | "su"
            | "sus"
            | "con"
            | "por"
            | "para"
            | "sin"
            | "sobre"
            | "entre"
            | "desde"
            | "hasta"
            | "durante"
            | "tras"
            | "según"
            | "como"
            | "cuando"
            | "donde"
            | "pero"
            | "más"
            | "menos"
            | "muy"
            | "ya"
            | "no"
            | "este"
            | "esta"
            | "estos"
            | "estas"
            | "ese"
            | "esa"
            | "esos"
            | "esas"
            | "otro"
            | "otra"
            | "otros"
            | "otras"
            | "le"
            | "les"
            | "ha"
            | "han"
            | "hay"
            | "había"
            | "habían"
            | "fue"
            | "fueron"
            | "es"
            | "son"
            | "era"
            | "eran"
            | "sido"
            | "ser"
            | "están"
            | "está"
            | "estaban"
            | "quedaron"
            | "resultaron"
            | "siguen"
            | "permanecen"
            | "también"
            | "aún"
            | "todavía"
            | "casi"
            | "cerca"
            | "frente"
            | "respecto"
            | "contra"
            | "ante"
            | "bajo"
            | "mediante"
            | "hacia"
            | "mientras"
            | "pues"
            | "porque"
            | "si"
    )
}

/// Adjectives written before the noun they qualify ("nuevos contagios", "otros 12 heridos"): never
/// the head.
pub fn adjective_before_noun(word: &str) -> bool {
    matches!(
        word,
        "nuevo"
            | "nuevos"
            | "nueva"
            | "nuevas"
            | "varios"
            | "varias"
            | "últimos"
            | "últimas"
            | "primeros"
            | "primeras"
            | "principales"
            | "posibles"
            | "presuntos"
            | "presuntas"
            | "supuestos"
            | "diversos"
            | "distintos"
            | "ambos"
            | "demás"
    )
}

/// Prepositions that open a subject's scope: "en la capital", "desde las elecciones".
pub fn scope_word(word: &str) -> bool {
    matches!(word, "en" | "desde" | "durante" | "entre" | "tras" | "después" | "antes")
}

/// Auxiliaries and copulas that join a subject to its verb ("personas *fueron* detenidas").
pub fn auxiliary(word: &str) -> bool {
    matches!(
        word,
        "fue"
            | "fueron"
            | "ha"
            | "han"
            | "había"
            | "habían"
            | "habrían"
            | "habría"
            | "sido"
            | "son"
            | "están"
            | "estaban"
            | "quedaron"
            | "resultaron"
            | "siguen"
            | "permanecen"
            | "se"
    )
}

/// A participle, after an auxiliary ("han *emigrado*", "fueron *detenidas*", "han *muerto*").
pub fn participle(word: &str) -> bool {
    word.chars().count() > 3
        && ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to", "ta", "tos", "tas", "cho", "chos"]
            .iter()
            .any(|e| word.ends_with(e))
}

/// A conjugated verb ("murieron", "informó", "fueron"): never the noun a number counts.
pub fn finite_verb(word: &str) -> bool {
    auxiliary(word)
        || word.ends_with("aron")
        || word.ends_with("ieron")
        || word.ends_with("ó") && word.chars().count() > 3
}

/// A verb form that can close a subject ("personas *murieron*"): past and present endings of the
/// verbs news counts with, and participles.
pub fn verb_like(word: &str) -> bool {
    auxiliary(word)
        || word.ends_with("aron")
        || word.ends_with("ieron")
        || word.ends_with("ó") && word.chars().count() > 3
        || (word.ends_with("ados") || word.ends_with("adas") || word.ends_with("idos") || word.ends_with("idas"))
            && word.chars().count() > 5
}

/// The news quantity a Spanish word names, as the English concept ("muertos" → `death`), so the
/// comparison meets the two languages through one lexicon.
pub fn concept(word: &str) -> Option<&'static str> {
    Some(match word {
        "muerto" | "muertos" | "muerta" | "muertas" | "muerte" | "muertes" | "murieron" | "murió" | "fallecidos"
        | "fallecidas" | "fallecido" | "fallecieron" | "falleció" | "fallecimientos" | "asesinados" | "asesinadas"
        | "asesinatos" | "decesos" | "víctimas" | "victimas" | "mortales" | "perdieron" | "mataron" | "asesinaron"
        | "asesinó" | "mató" => "death",
        "detenidos" | "detenidas" | "detenido" | "detenida" | "detención" | "detenciones" | "arrestos" | "arresto"
        | "arrestados" | "arrestadas" | "aprehendidos" | "aprehendidas" | "capturados" | "capturadas"
        | "encarcelados" | "encarceladas" | "apresados" | "apresadas" | "aprehensiones" | "privados" | "detuvieron"
        | "detuvo" | "arrestaron" | "arrestó" | "capturaron" | "capturó" | "encarcelaron" | "apresaron" => {
            "detention"
        }
        "heridos" | "heridas" | "herido" | "lesionados" | "lesionadas" | "lesiones" | "hirieron" => "injury",
        "liberados" | "liberadas" | "liberación" | "liberaciones" | "excarcelados" | "excarceladas"
        | "excarcelaciones" | "excarcelación" | "liberó" | "liberaron" | "excarceló" => "release",
        "desaparecidos" | "desaparecidas" | "desapariciones" | "desaparición" => "disappearance",
        "voto" | "votos" | "votaron" | "sufragios" | "sufragio" | "papeletas" => "vote",
        "evacuados" | "evacuadas" | "desplazados" | "desplazadas" | "damnificados" | "huyeron" | "desplazamiento" => {
            "displacement"
        }
        "daños" | "pérdidas" | "perdidas" => "damage",
        "cosecha" | "cosechas" => "harvest",
        "crecimiento" | "pib" | "creció" | "contracción" => "growth",
        "desempleo" | "desocupación" | "paro" | "desempleados" => "unemployment",
        "inflación" | "inflacion" => "inflation",
        _ => return None,
    })
}
