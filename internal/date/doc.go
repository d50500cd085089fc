// Package date parses, compares and formats the fuzzy dates that editors
// write in the front matter of briefs and entities.
//
// A [Date] is either a single point of some [Precision] (a year, a season,
// a month, a day or a minute), possibly narrowed to its early, middle or late
// third and possibly qualified as approximate or uncertain, or an interval
// between two such points, either of which may be open. The zero Date means
// "no date".
//
// # Accepted input
//
// [Parse] accepts the Extended Date/Time Format (EDTF, ISO 8601-2) at levels 0
// and 1, except unspecified digits ("202X"):
//
//	2025  2025-05  2025-05-21  2025-05-21T14:00Z  2025-05-21T14:00:30+03:00
//	2024~ (approximate)  2024-07? (uncertain)  2024% (both)
//	2024-21 … 2024-24 (spring, summer, autumn, winter)
//	2024-09/2024-12  2023/2025-03  2024/..  ../2024  2024/  /2024
//
// and the natural forms editors type, in any letter case:
//
//	July 2023  Jul 2023  21 May 2025  May 21, 2025  spring 2024
//	early 2024  mid-2024  late July 2024
//	about 2024  circa 2024  c. 2024  around July 2023  perhaps 2024
//	in late 2024  during May 2025
//	end of 2025  the beginning of March 2026  at the start of 2025 (as
//	late 2025, early March 2026, early 2025)
//	since 2024  until 2024  2023–2025  September–December 2024
//	from 2023 to 2025  between 2023 and 2025  21–23 May 2025  21-23 May 2025
//	Q3 2024  2024-Q3  the third quarter of 2024 (as 2024-07/2024-09)
//	H1 2025  the first half of 2025 (as 2025-01/2025-06)
//	2025-W20 (an ISO week, as its days, 2025-05-12/2025-05-18)
//	winter 2024/25  winter 2024–2025 (as winter 2024, which runs into 2025)
//	hiver 2024-2025  invierno de 2024–2025
//	Wednesday, 21 May 2025  21 May 2025, 2:30 pm  21 May 2025, 14:00–16:00 UTC
//	2025-05-21T14:00 UTC  2025-05-21 14:00 GMT+3 (as 2025-05-21T14:00Z, …+03:00)
//
// and the same in French and Spanish, as desks writing in those languages
// type them and as [Date.In] writes them in their words:
//
//	juillet 2023  1er mai 2025  fin 2024  début 2024  mi-juillet 2024
//	T3 2024  troisième trimestre 2024  second semestre 2024  S1 2025
//	vers mai 2025  peut-être le 2 octobre 2025  jusqu’au 3 mai 2025  depuis 2024
//	21 de mayo de 2025  finales de 2024  mediados de julio de 2024
//	hacia el 21 de mayo de 2025  quizá 2024  hasta marzo de 2025  desde 2024
//	tercer trimestre de 2024  primer semestre de 2025
//	du 3 au 5 mars 2025  de mars à mai 2025  entre mars et mai 2025
//	del 3 al 5 de marzo de 2025  de marzo a mayo de 2025  entre marzo y mayo de 2025
//	desde marzo hasta mayo de 2025  mi-mars à fin avril 2025
//	à la mi-2024  au début de 2025  courant mai 2025  à partir de mars 2025
//	a finales de 2024  inicios de 2025  en mayo de 2025  a partir de marzo de 2025
//	lundi 3 mars 2025  janv. 2025  2ᵉ trimestre 2024  AOÛT 2024
//	lunes 3 de marzo de 2025  ago. de 2025  2.º semestre de 2025  1.º de junio de 2025
//
// A weekday, if given, must match the date. Forms writers use that Parse
// does not read are told what to write instead: "before 2020" and "after
// 2021" ("until 2019", "since 2022"), "ongoing", "44 BC", "les années
// 2020", "the 21st century", "spring 2024/25", "14:00 EAT", and dates in
// German, "Ende 2024" ("late 2024"), "Frühjahr 2024" ("spring 2024").
//
// Parse also accepts everything [Date.String] and [Date.Human] produce, so
// both round-trip. A [Reader] made with a site's [Words] also reads what
// [Date.In] writes in them: "Ende 2023" and "21. Juni 2025" with a German
// site's words, besides all Parse reads; a word they give one meaning and
// Parse another is an error, not read either way. Words that no space
// parts, as a Chinese site's "2025年5月21日", are not read yet.
//
// # Conventions
//
//   - Years run from 1 to 9999; year 0 and earlier are rejected.
//   - Early, mid and late are the first, middle and last third of a year
//     (January–April, May–August, September–December) or of a month
//     (days 1–10, 11–20, 21 to the end).
//   - Seasons are meteorological and northern: spring is March–May,
//     summer June–August, autumn September–November, and winter of a year
//     runs from December of that year to the end of February of the next;
//     it is shown with both years, "winter 2024–2025".
//   - Times keep minute precision (seconds are dropped) and the offset
//     written with them: "2025-05-21T14:00+03:00" stays 14:00 on 21 May,
//     three hours east of UTC. A time written without an offset is taken
//     to be UTC, or, with [ParseIn], in the location given: of a time its
//     clocks show twice, going back, the first, which
//     [Reader.ParseWithWarnings] warns of; one they skip is refused.
//   - An empty end of an interval ("2024/") is treated as open ("2024/..").
//   - An interval's start may not be after its end at the coarser precision
//     of the two, each taken as written, as [Compare] takes them:
//     "2024-05/2024-05-01T01:00+03:00" and "2024-05-15/2024-05" are
//     intervals, "2024-06/2024-05" is refused. Two times are ordered by
//     their instants, whatever their offsets.
//
// The package knows nothing about files or front matter; it turns strings into
// values and values into strings.
package date
