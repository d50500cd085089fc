package lang

// spanish is the theme in Spanish, neutral for Latin American and
// Caribbean readers. A brief is « una nota » (feminine); the whole site
// is « el dosier » (the RAE's spelling). Readers are addressed as usted.
var spanish = map[string]string{
	// Dates.
	"January": "enero", "February": "febrero", "March": "marzo", "April": "abril",
	"May": "mayo", "June": "junio", "July": "julio", "August": "agosto",
	"September": "septiembre", "October": "octubre", "November": "noviembre", "December": "diciembre",
	"spring": "primavera", "summer": "verano", "autumn": "otoño", "winter": "invierno",
	"early": "principios de", "mid-": "mediados de", "late": "finales de",
	"about": "hacia", "perhaps": "quizá", "perhaps about": "quizá hacia",
	"about|day": "hacia el", "perhaps|day": "quizá el", "perhaps about|day": "quizá hacia el",
	"since": "desde", "until": "hasta", "since|day": "desde el", "until|day": "hasta el",
	"since|part": "desde", "until|part": "hasta",
	"1": "1", // "1 de mayo", as the RAE and most newsrooms write it

	"{day} {month} {year}":           "{day} de {month} de {year}",
	"{month} {year}":                 "{month} de {year}",
	"to":                             "–",
	"approximate date":               "fecha aproximada",
	"uncertain date":                 "fecha incierta",
	"approximate and uncertain date": "fecha aproximada e incierta",
	"Month not known":                "Mes sin precisar",
	"Earlier":                        "Inicio desconocido",
	"Undated":                        "Sin fecha",

	// Words counted and kinds.
	"brief": "nota", "briefs": "notas",
	"actor": "actor", "actors": "actores",
	"country": "país", "countries": "países",
	"topic": "tema", "topics": "temas",
	"source": "fuente", "sources": "fuentes",
	"entry": "entrada", "entries": "entradas",
	"%d of %s": "%d de %s",
	"%s: %s":   "%s: %s",

	// Navigation and page titles.
	"Briefs": "Notas", "Timeline": "Cronología", "Actors": "Actores", "Countries": "Países",
	"Topics": "Temas", "Sources": "Fuentes", "Search": "Búsqueda", "Search|button": "Buscar",
	"Main": "Navegación principal", "More": "Enlaces secundarios", "Skip to content": "Ir al contenido",
	"All briefs":                                  "Todas las notas",
	"Briefs of %s":                                "Notas de %s",
	"Briefs whose start is not known":             "Notas con inicio desconocido",
	"Undated briefs":                              "Notas sin fecha",
	"The whole briefing":                          "El dosier completo",
	"Page not found":                              "Página no encontrada",
	"%s by number of briefs":                      "%s por número de notas",
	"%s profile: %s":                              "Perfil de %s: %s",
	"Every brief, newest first.":                  "Todas las notas, de la más reciente a la más antigua.",
	"Every dated brief and event in order.":       "Todas las notas y acontecimientos fechados, en orden cronológico.",
	"Every dated brief and event of %s in order.": "Todas las notas y acontecimientos fechados de %s, en orden cronológico.",
	"The dated briefs and events whose start is not known.": "Las notas y acontecimientos fechados cuyo inicio se desconoce.",
	"The sources the briefs rest on.":                       "Las fuentes en las que se basan las notas.",

	// Footer.
	"Print the whole briefing": "Imprimir el dosier completo",
	"Atom feed":                "Canal Atom",
	"Data (JSON)":              "Datos (JSON)",
	"Made with brief. Every page works offline and in print.": "Hecho con brief. Cada página funciona sin conexión y se puede imprimir.",

	// Timelines and dates.
	"Brief":                   "Nota",
	"From":                    "Tomado de",
	"How dates are drawn":     "Cómo leer las fechas",
	"known to the day":        "con día exacto",
	"to the month":            "con mes exacto",
	"to a season or year":     "solo estación o año",
	"the months a date spans": "los meses que abarca una fecha",
	"Years":                   "Años",
	"Neighbouring years":      "Años contiguos",
	"Dates are shown as precisely as the sources give them.":      "Las fechas se indican con la precisión que dan las fuentes.",
	"Every dated brief and event, oldest first.":                  "Todas las notas y acontecimientos fechados, del más antiguo al más reciente.",
	"Every dated brief and event, oldest first, a page per year.": "Todas las notas y acontecimientos fechados, del más antiguo al más reciente, una página por año.",
	"No dated briefs yet.":                                        "Todavía no hay notas fechadas.",

	// Sources.
	"Briefs citing this source": "Notas que citan esta fuente",
	"Cited by %s:":              "Citada en %s:",
	"accessed":                  "consultada el",
	"archived":                  "copia archivada",
	"Letters":                   "Letras",
	"Every source the briefs rest on, the most cited first, with the number of briefs that cite it.": "Todas las fuentes en las que se basan las notas, las más citadas primero, con el número de notas que las citan.",
	"Every source the briefs rest on, with the briefs that cite it.":                                 "Todas las fuentes en las que se basan las notas, con las notas que las citan.",
	"Every source the briefs rest on, with the briefs that cite it, a page per letter.":              "Todas las fuentes en las que se basan las notas, con las notas que las citan, una página por letra.",

	// Search.
	"Search the briefing":                         "Buscar en el dosier",
	"Names, places, topics…":                      "Nombres, lugares, temas…",
	"Search briefs, actors, countries and topics": "Buscar notas, actores, países y temas",
	"Search needs JavaScript. Browse instead:":    "La búsqueda requiere JavaScript. En su lugar, consulte:",
	"timeline":                         "cronología",
	"No results for “%s”":              "No hay resultados para «%s»",
	"%d results, showing the first %d": "%d resultados (se muestran los %d primeros)",
	"1 result":                         "1 resultado",
	"%d results":                       "%d resultados",
	"Results for “%s”":                 "Resultados para «%s»",
	"Show more":                        "Mostrar más",
	"Loading search…":                  "Cargando la búsqueda…",
	"Actor":                            "Actor",
	"Country":                          "País",
	"Topic":                            "Tema",
	"Page":                             "Página",

	// Home page.
	"Briefing":               "Dosier",
	"latest brief":           "última nota:",
	"What it covers":         "Qué abarca",
	"Period":                 "Período",
	"Latest briefs":          "Últimas notas",
	"All %d briefs":          "Todas las notas (%d)",
	"Recent on the timeline": "Lo más reciente en la cronología",
	"Full timeline":          "Cronología completa",

	// A brief.
	"updated":                      "actualizada:",
	"Updated":                      "Actualización",
	"Date":                         "Fecha",
	"This brief cites no sources.": "Esta nota no cita fuentes.",
	"Mentioned in":                 "Mencionada en",
	"Related briefs":               "Notas relacionadas",
	"About this brief":             "Acerca de esta nota",
	"On the timeline":              "En la cronología",
	"See it in the full timeline":  "Verla en la cronología completa",

	// Lists of briefs and entities.
	"Newest first.": "De la más reciente a la más antigua.",
	"The latest %d, newest first, and every brief by year.":        "Las %d más recientes, de la más reciente a la más antigua, y todas las notas por año.",
	"The timeline puts them in order with the events they report.": "La cronología las ordena junto con los acontecimientos que relatan.",
	"More briefs: %s":     "Más notas: %s",
	"Sort:":               "Ordenar:",
	"by name":             "por nombre",
	"by number of briefs": "por número de notas",
	"Name":                "Nombre",
	"Kind":                "Tipo",
	"Code":                "Código",
	"Summary":             "Resumen",
	"The people, forces and organisations the briefs name.": "Las personas, fuerzas y organizaciones que mencionan las notas.",
	"The countries the briefs concern.":                     "Los países a los que se refieren las notas.",
	"The themes the briefs are filed under.":                "Los temas en los que se clasifican las notas.",

	// A profile.
	"Whole profile": "Perfil completo",
	"%s, a page per year with the year's briefs.": "%s, una página por año con las notas de ese año.",
	"A page per year with the year's briefs.":     "Una página por año con las notas de ese año.",
	"No entries whose start is not known.":        "No hay entradas con inicio desconocido.",
	"No entries without a date.":                  "No hay entradas sin fecha.",
	"No brief whose start is not known names %s.": "Ninguna nota con inicio desconocido menciona a %s.",
	"No entries in %s.":                           "No hay entradas en %s.",
	"Briefs on this topic":                        "Notas sobre este tema",
	"Latest briefs on this topic":                 "Últimas notas sobre este tema",
	"Briefs that mention %s":                      "Notas que mencionan a %s",
	"Latest briefs that mention %s":               "Últimas notas que mencionan a %s",
	"No brief of %s names %s.":                    "Ninguna nota de %s menciona a %s.",
	"No brief names %s yet.":                      "Ninguna nota menciona todavía a %s.",
	"Also mentioned in":                           "También se menciona en",
	"And %d older brief.":                         "Y %d nota más antigua.",
	"And %d older briefs.":                        "Y %d notas más antiguas.",
	"At a glance":                                 "De un vistazo",
	"On this page":                                "En esta página",
	"ISO code":                                    "Código ISO",
	"Also known as":                               "Otros nombres",
	"Atom feed of this topic":                     "Canal Atom de este tema",
	"Actors from %s":                              "Actores: %s",
	"Often appears with":                          "Suele aparecer con",
	"brief in common":                             "nota en común",
	"briefs in common":                            "notas en común",

	// The printable briefing.
	"Contents": "Índice",
	"The briefing is long, so it is printed a year at a time: each year's page has its briefs in date order, oldest first, with their sources.": "El dosier es extenso, por lo que se imprime un año a la vez: la página de cada año reúne sus notas por fecha, de la más antigua a la más reciente, con sus fuentes.",
	"Every brief in date order, oldest first, with its sources.":                                                                                "Todas las notas por fecha, de la más antigua a la más reciente, con sus fuentes.",
	"Every brief of %s in date order, oldest first, with its sources.":                                                                          "Todas las notas de %s por fecha, de la más antigua a la más reciente, con sus fuentes.",
	"Use your browser's print command to print it or save it as PDF.":                                                                           "Use la función de impresión del navegador para imprimir esta página o guardarla como PDF.",

	// The boxes a body's wide tables and code blocks scroll in.
	"Table %d": "Tabla %d",
	"Code %d":  "Código %d",

	// The link that ends a footnote, back to where the note is called.
	"Back to reference %d": "Volver a la llamada de nota %d",
	"done":                 "hecho",
	"not done":             "pendiente",

	// The quotation marks straight double quotes in bodies become:
	// angular quotes, as the RAE has them first.
	"“%s”": "«%s»",

	// The titles of callouts in bodies, > [!NOTE] and Obsidian's
	// > [!faq]; "Summary" is a list's.
	"Note": "Nota", "Tip": "Consejo", "Important": "Importante", "Warning": "Advertencia", "Caution": "Precaución",
	"Info": "Información", "To do": "Pendiente", "Quote": "Cita", "Success": "Éxito", "Question": "Pregunta",
	"Example": "Ejemplo", "Failure": "Fallo", "Danger": "Peligro", "Bug": "Error", "Correction": "Corrección",

	// Other pages.
	"Error 404": "Error 404",
	"There is no page at this address. It may have been renamed or removed.": "No hay ninguna página en esta dirección. Puede que haya cambiado de nombre o que se haya eliminado.",
	"Home page":                  "Inicio",
	"This brief has moved:":      "Esta nota cambió de dirección:",
	"This profile has moved:":    "Esta ficha cambió de dirección:",
	"read it at its new address": "léala en su nueva dirección",
}
