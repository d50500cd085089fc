package lang

// french is the theme in French. A brief is a « note ».
var french = map[string]string{
	// Dates.
	"January": "janvier", "February": "février", "March": "mars", "April": "avril",
	"May": "mai", "June": "juin", "July": "juillet", "August": "août",
	"September": "septembre", "October": "octobre", "November": "novembre", "December": "décembre",
	"spring": "printemps", "summer": "été", "autumn": "automne", "winter": "hiver",
	"early": "début", "mid-": "mi\u2011", "late": "fin",
	"about": "vers", "perhaps": "peut\u2011être", "perhaps about": "peut\u2011être vers",
	"about|day": "vers le", "perhaps|day": "peut\u2011être le", "perhaps about|day": "peut\u2011être vers le",
	"since": "depuis", "until": "jusqu’en", "since|day": "depuis le", "until|day": "jusqu’au",
	"since|part": "depuis", "until|part": "jusqu’à",
	"1": "1ᵉʳ", // superscript: a kicker in capitals would show "1ER"

	"{day} {month} {year}":           "{day} {month} {year}",
	"{month} {year}":                 "{month} {year}",
	"to":                             "–",
	"approximate date":               "date approximative",
	"uncertain date":                 "date incertaine",
	"approximate and uncertain date": "date approximative et incertaine",
	"Month not known":                "Mois non précisé",
	"Earlier":                        "Début inconnu",
	"Undated":                        "Sans date",

	// Words counted and kinds.
	"brief": "note", "briefs": "notes",
	"actor": "acteur", "actors": "acteurs",
	"country": "pays", "countries": "pays",
	"topic": "thème", "topics": "thèmes",
	"source": "source", "sources": "sources",
	"entry": "entrée", "entries": "entrées",
	"%d of %s": "%d sur %s",
	"%s: %s":   "%s\u00a0: %s",

	// Navigation and page titles.
	"Briefs": "Notes", "Timeline": "Chronologie", "Actors": "Acteurs", "Countries": "Pays",
	"Topics": "Thèmes", "Sources": "Sources", "Search": "Recherche", "Search|button": "Rechercher",
	"Main": "Navigation principale", "More": "Liens secondaires", "Skip to content": "Aller au contenu",
	"All briefs":                                  "Toutes les notes",
	"Briefs of %s":                                "Notes de %s",
	"Briefs whose start is not known":             "Notes dont le début est inconnu",
	"Undated briefs":                              "Notes sans date",
	"The whole briefing":                          "Le dossier complet",
	"Page not found":                              "Page introuvable",
	"%s by number of briefs":                      "%s par nombre de notes",
	"%s profile: %s":                              "Fiche %s\u00a0: %s",
	"Every brief, newest first.":                  "Toutes les notes, des plus récentes aux plus anciennes.",
	"Every dated brief and event in order.":       "Toutes les notes et tous les événements datés, dans l’ordre.",
	"Every dated brief and event of %s in order.": "Toutes les notes et tous les événements datés de %s, dans l’ordre.",
	"The dated briefs and events whose start is not known.": "Les notes et événements datés dont le début est inconnu.",
	"The sources the briefs rest on.":                       "Les sources sur lesquelles reposent les notes.",

	// Footer.
	"Print the whole briefing": "Imprimer le dossier complet",
	"Atom feed":                "Flux Atom",
	"Data (JSON)":              "Données (JSON)",
	"Made with brief. Every page works offline and in print.": "Réalisé avec brief. Chaque page fonctionne hors ligne et à l’impression.",

	// Timelines and dates.
	"Brief":                   "Note",
	"From":                    "Tiré de",
	"How dates are drawn":     "Lecture des dates",
	"known to the day":        "connue au jour près",
	"to the month":            "au mois près",
	"to a season or year":     "à la saison ou à l’année près",
	"the months a date spans": "les mois que couvre une date",
	"Years":                   "Années",
	"Neighbouring years":      "Années voisines",
	"Dates are shown as precisely as the sources give them.":      "Les dates ont la précision que leur donnent les sources.",
	"Every dated brief and event, oldest first.":                  "Toutes les notes et tous les événements datés, des plus anciens aux plus récents.",
	"Every dated brief and event, oldest first, a page per year.": "Toutes les notes et tous les événements datés, des plus anciens aux plus récents, une page par année.",
	"No dated briefs yet.":                                        "Aucune note datée pour l’instant.",

	// Sources.
	"Briefs citing this source": "Notes citant cette source",
	"Cited by %s:":              "Citée dans %s\u00a0:",
	"accessed":                  "consultée le",
	"archived":                  "copie archivée",
	"Letters":                   "Lettres",
	"Every source the briefs rest on, the most cited first, with the number of briefs that cite it.": "Toutes les sources sur lesquelles reposent les notes, les plus citées d’abord, avec le nombre de notes qui les citent.",
	"Every source the briefs rest on, with the briefs that cite it.":                                 "Toutes les sources sur lesquelles reposent les notes, avec les notes qui les citent.",
	"Every source the briefs rest on, with the briefs that cite it, a page per letter.":              "Toutes les sources sur lesquelles reposent les notes, avec les notes qui les citent, une page par lettre.",

	// Search.
	"Search the briefing":                         "Rechercher dans le dossier",
	"Names, places, topics…":                      "Noms, lieux, thèmes…",
	"Search briefs, actors, countries and topics": "Rechercher des notes, acteurs, pays et thèmes",
	"Search needs JavaScript. Browse instead:":    "La recherche nécessite JavaScript. Parcourez plutôt\u00a0:",
	"timeline":                         "chronologie",
	"No results for “%s”":              "Aucun résultat pour «\u00a0%s\u00a0»",
	"%d results, showing the first %d": "%d résultats (%d premiers affichés)",
	"1 result":                         "1 résultat",
	"%d results":                       "%d résultats",
	"Results for “%s”":                 "Résultats pour «\u00a0%s\u00a0»",
	"Show more":                        "Afficher la suite",
	"Loading search…":                  "Chargement de la recherche…",
	"Actor":                            "Acteur",
	"Country":                          "Pays",
	"Topic":                            "Thème",
	"Page":                             "Page",

	// Home page.
	"Briefing":               "Dossier",
	"latest brief":           "dernière note\u00a0:",
	"What it covers":         "Périmètre du dossier",
	"Period":                 "Période",
	"Latest briefs":          "Dernières notes",
	"All %d briefs":          "Toutes les notes (%d)",
	"Recent on the timeline": "Récemment dans la chronologie",
	"Full timeline":          "Chronologie complète",

	// A brief.
	"updated":                      "mise à jour\u00a0:",
	"Updated":                      "Mise à jour",
	"Date":                         "Date",
	"This brief cites no sources.": "Cette note ne cite aucune source.",
	"Mentioned in":                 "Mentionnée dans",
	"Related briefs":               "Notes liées",
	"About this brief":             "À propos de cette note",
	"On the timeline":              "Dans la chronologie",
	"See it in the full timeline":  "Voir dans la chronologie complète",

	// Lists of briefs and entities.
	"Newest first.": "Des plus récentes aux plus anciennes.",
	"The latest %d, newest first, and every brief by year.":        "Les %d dernières, des plus récentes aux plus anciennes, et toutes les notes par année.",
	"The timeline puts them in order with the events they report.": "La chronologie les range dans l’ordre avec les événements qu’elles rapportent.",
	"More briefs: %s":     "Autres notes\u00a0: %s",
	"Sort:":               "Trier\u00a0:",
	"by name":             "par nom",
	"by number of briefs": "par nombre de notes",
	"Name":                "Nom",
	"Kind":                "Type",
	"Code":                "Code",
	"Summary":             "Résumé",
	"The people, forces and organisations the briefs name.": "Les personnes, forces et organisations que nomment les notes.",
	"The countries the briefs concern.":                     "Les pays que concernent les notes.",
	"The themes the briefs are filed under.":                "Les thèmes sous lesquels les notes sont classées.",

	// A profile.
	"Whole profile": "Fiche complète",
	"%s, a page per year with the year's briefs.": "%s, une page par année avec les notes de l’année.",
	"A page per year with the year's briefs.":     "Une page par année avec les notes de l’année.",
	"No entries whose start is not known.":        "Aucune entrée dont le début est inconnu.",
	"No entries without a date.":                  "Aucune entrée sans date.",
	"No brief whose start is not known names %s.": "Aucune note dont le début est inconnu ne nomme %s.",
	"No entries in %s.":                           "Aucune entrée en %s.",
	"Briefs on this topic":                        "Notes sur ce thème",
	"Latest briefs on this topic":                 "Dernières notes sur ce thème",
	"Briefs that mention %s":                      "Notes qui mentionnent %s",
	"Latest briefs that mention %s":               "Dernières notes qui mentionnent %s",
	"No brief of %s names %s.":                    "Aucune note de %s ne nomme %s.",
	"No brief names %s yet.":                      "Aucune note ne nomme encore %s.",
	"Also mentioned in":                           "Autres mentions",
	"And %d older brief.":                         "Et %d note plus ancienne.",
	"And %d older briefs.":                        "Et %d notes plus anciennes.",
	"At a glance":                                 "En bref",
	"On this page":                                "Sur cette page",
	"ISO code":                                    "Code ISO",
	"Also known as":                               "Autres noms",
	"Atom feed of this topic":                     "Flux Atom de ce thème",
	"Actors from %s":                              "Acteurs\u00a0: %s",
	"Often appears with":                          "Apparaît souvent avec",
	"brief in common":                             "note en commun",
	"briefs in common":                            "notes en commun",

	// The printable briefing.
	"Contents": "Sommaire",
	"The briefing is long, so it is printed a year at a time: each year's page has its briefs in date order, oldest first, with their sources.": "Le dossier est long\u00a0: il s’imprime une année à la fois, chaque page d’année donnant ses notes par date, des plus anciennes aux plus récentes, avec leurs sources.",
	"Every brief in date order, oldest first, with its sources.":                                                                                "Toutes les notes par date, des plus anciennes aux plus récentes, avec leurs sources.",
	"Every brief of %s in date order, oldest first, with its sources.":                                                                          "Toutes les notes de %s par date, des plus anciennes aux plus récentes, avec leurs sources.",
	"Use your browser's print command to print it or save it as PDF.":                                                                           "Utilisez la commande d’impression du navigateur pour imprimer cette page ou l’enregistrer en PDF.",

	// The boxes a body's wide tables and code blocks scroll in.
	"Table %d": "Tableau %d",
	"Code %d":  "Code %d",

	// The link that ends a footnote, back to where the note is called.
	"Back to reference %d": "Retour à l’appel de note %d",
	"done":                 "fait",
	"not done":             "à faire",

	// The quotation marks straight double quotes in bodies become:
	// guillemets with no-break spaces inside.
	"“%s”": "«\u00a0%s\u00a0»",

	// The titles of callouts in bodies, > [!NOTE] and Obsidian's
	// > [!faq]; "Summary" is a list's.
	"Note": "Remarque", "Tip": "Conseil", "Important": "Important", "Warning": "Avertissement", "Caution": "Attention",
	"Info": "Information", "To do": "À faire", "Quote": "Citation", "Success": "Réussite", "Question": "Question",
	"Example": "Exemple", "Failure": "Échec", "Danger": "Danger", "Bug": "Bogue", "Correction": "Correction",

	// Other pages.
	"Error 404": "Erreur 404",
	"There is no page at this address. It may have been renamed or removed.": "Il n’y a aucune page à cette adresse. Elle a peut-être été renommée ou supprimée.",
	"Home page":                  "Accueil",
	"This brief has moved:":      "Cette note a changé d’adresse\u00a0:",
	"This profile has moved:":    "Cette fiche a changé d’adresse\u00a0:",
	"read it at its new address": "lisez-la à sa nouvelle adresse",
}
