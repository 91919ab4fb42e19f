//! The bridge between the languages: Spanish news words as the English words the comparison
//! reads ("presos" → "prisoners", "desde" → "since"), and Spanish nouns made singular for heads.

/// Common Spanish news nouns and scope words with the English word the comparison reads ("presos"
/// → "prisoners", "desde" → "since"): the bridge that lets a Spanish claim's group, place and
/// period meet an English one's.
pub fn gloss(word: &str) -> Option<&'static str> {
    Some(match word {
        // The news quantities themselves, so that labels and reasons read in one language.
        "muertos" | "muertas" | "fallecidos" | "fallecidas" => "dead",
        "muertes" | "fallecimientos" | "decesos" => "deaths",
        "detenidos" | "detenidas" | "arrestados" | "arrestadas" => "detained",
        "detenciones" | "arrestos" => "arrests",
        "heridos" | "heridas" | "lesionados" => "injured",
        "evacuados" | "evacuadas" => "evacuated",
        "desplazados" => "displaced",
        "desaparecidos" | "desaparecidas" => "missing",
        "liberados" | "liberadas" | "excarcelados" => "released",
        "votos" | "sufragios" => "votes",
        "daños" => "damage",
        "pérdidas" => "losses",
        "presos" | "presas" => "prisoners",
        "preso" | "presa" => "prisoner",
        "prisioneros" => "prisoners",
        "políticos" | "políticas" | "politicos" => "political",
        "personas" => "people",
        "persona" => "person",
        "gente" => "people",
        "niños" | "niñas" => "children",
        "menores" => "minors",
        "adolescentes" => "teenagers",
        "mujeres" => "women",
        "hombres" => "men",
        "militares" | "soldados" => "soldiers",
        "policías" | "policias" | "agentes" => "police",
        "periodistas" => "journalists",
        "manifestantes" => "protesters",
        "civiles" => "civilians",
        "extranjeros" => "foreigners",
        "migrantes" | "inmigrantes" => "migrants",
        "venezolanos" => "venezuelans",
        "votantes" | "electores" => "voters",
        "candidatos" => "candidates",
        "mesas" => "tables",
        "actas" => "tally sheets",
        "centros" => "centres",
        "estados" => "states",
        "municipios" => "municipalities",
        "opositores" => "opposition",
        "oposición" => "opposition",
        "líderes" | "dirigentes" => "leaders",
        "regionales" => "regional",
        "trabajadores" => "workers",
        "rehenes" => "hostages",
        "residentes" | "vecinos" | "habitantes" | "pobladores" => "residents",
        "estudiantes" => "students",
        "médicos" | "medicos" => "doctors",
        "pacientes" => "patients",
        "turistas" => "tourists",
        "pasajeros" => "passengers",
        "reclusos" | "reos" | "internos" => "inmates",
        "funcionarios" => "officials",
        "diputados" | "legisladores" => "lawmakers",
        "alcaldes" => "mayors",
        "activistas" => "activists",
        "indígenas" => "indigenous",
        "campesinos" => "farmers",
        "pescadores" => "fishermen",
        "mineros" => "miners",
        "docentes" | "maestros" | "profesores" => "teachers",
        "empresas" => "companies",
        "edificios" => "buildings",
        "hogares" => "households",
        "empleos" => "jobs",
        "vehículos" | "vehiculos" => "vehicles",
        "embarcaciones" | "barcos" | "botes" => "boats",
        "aviones" => "planes",
        "dosis" => "doses",
        "casos" => "cases",
        "contagios" => "infections",
        "rescatistas" => "rescuers",
        "familias" => "families",
        "viviendas" | "casas" => "homes",
        "escuelas" => "schools",
        "elecciones" | "comicios" => "election",
        "elección" => "election",
        "votación" => "vote",
        "protestas" | "manifestaciones" => "protests",
        "protesta" => "protest",
        "terremoto" | "sismo" => "earthquake",
        "inundaciones" => "floods",
        "huelga" => "strike",
        "juicio" => "trial",
        "capital" => "capital",
        "país" => "nationwide",
        "embajada" => "embassy",
        "semana" => "week",
        "mes" => "month",
        "año" => "year",
        "hoy" => "today",
        "ayer" => "yesterday",
        "desde" => "since",
        "en" => "in",
        "entre" => "among",
        "durante" => "during",
        "tras" | "después" => "after",
        "antes" => "before",
        "hasta" => "until",
        "el" | "la" | "los" | "las" => "the",
        "de" | "del" => "of",
        "y" => "and",
        "más" => "more",
        "otros" | "otras" => "other",
        "otro" | "otra" => "another",
        "nuevos" | "nuevas" => "new",
        _ => return None,
    })
}

/// A noun made singular (Spanish rules): "presos" → "preso", "detenciones" → "detención".
pub fn singular(word: &str) -> String {
    if let Some(base) = word.strip_suffix("ciones") {
        return format!("{base}ción");
    }
    if let Some(base) = word.strip_suffix("siones") {
        return format!("{base}sión");
    }
    if let Some(base) = word.strip_suffix("es").filter(|b| b.ends_with(['r', 'l', 'n', 'd', 'j', 's'])) {
        return base.to_owned();
    }
    if let Some(base) = word.strip_suffix("ces") {
        // "veces" → "vez", "luces" → "luz".
        return format!("{base}z");
    }
    if word.chars().count() > 3 && word.ends_with('s') {
        return word[..word.len() - 1].to_owned();
    }
    word.to_owned()
}
