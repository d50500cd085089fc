package date

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// otherWords are words of dates in other orders, for FuzzParse.
var otherWords = func() []*Words {
	es, zh, us := *English, *English, *English
	es.DayFormat, es.MonthFormat, es.FirstDay = "{day} de {month} de {year}", "{month} de {year}", "1.º"
	zh.DayFormat, zh.MonthFormat = "{year}年{month}{day}日", "{year}年{month}"
	us.DayFormat = "{month} {day}, {year}"
	return []*Words{&es, &zh, &us}
}()

// fuzzSeeds are the texts FuzzParse starts from: the forms Parse reads,
// and some it rejects.
var fuzzSeeds = []string{
	"2025", "2025-05", "2025-05-21", "2025-05-21T14:00Z", "2025-05-21T14:00:30+03:00", "21 May 2025, 14:00–16:00 UTC+3", "21 May 2025 9:15 GMT−5:30", "21 mai 2025 à 14 h 30", "21 de mayo de 2025 a las 9:00",
	"2024~", "2024-07?", "2024%", "2024-09/2024-12", "2023/2025-03", "2024/..", "../2024",
	"2024/", "/2024", "2024-21", "2024-24", "202X", "July 2023", "Jul 2023", "21 May 2025",
	"May 21, 2025", "May 21 2025", "early 2024", "mid-2024", "late July 2024", "about 2024",
	"c. 2024", "around July 2023", "spring 2024", "since 2024", "until 2024",
	"September–December 2024", "21 May 2025, 14:00–16:00 UTC", "between 2023 and 2025",
	"late 2024/early 2025", "2025-02-30", "9999-99-99", "0000", "", "2024 (uncertain)",
	"Q3 2024", "2024-Q1", "the fourth quarter of 2023", "Q5 2024",
	"H1 2025", "the second half of 2024", "2025-W20", "2026-W53", "winter 2024/25", "hiver 2024-2025", "2024/25", "2024/12", "T3 2024", "troisième trimestre 2024", "primer semestre de 2025", "2025-W5",
	"du 3 au 5 mars 2025", "de marzo a mayo de 2025", "entre mars et mai 2025", "desde marzo hasta mayo de 2025", "mi-mars à fin avril 2025",
	"a finales de 2024", "à la mi-2024", "courant mai 2025", "à partir du 3 mars 2025", "lundi 3 mars 2025", "martes 4 de marzo de 2025",
	"janv. 2025", "ago. de 2025", "AOÛT 2024", "2ᵉ trimestre 2024", "2.º semestre de 2025", "1° de junio de 2025", "3-5 mars 2025",
	"winter 2024–2025 – 2026", "invierno de 2024–2025", "4th July 2025",
	"end of 2025", "at the beginning of March 2026", "end-2025", "by the end of June 2025",
	"5-6 December 2026", "05-06 Dec. 2026", "5-6-7 December 2026", "December 5-6, 2026", "May 21–23, 2025",
	"2024-05/2024-05-01T01:00+03:00", "2024-05-01T23:00-05:00/2024-05-01", "2024-05-15/2024-05", "2024-05-01/2024-04-30T23:00-05:00",
	"2024-11-03T01:30", "2025-11-02T00:30/2025-11-02T01:15", // ambiguous in St. John's from 01:00 to 01:59
	"Ende 2024", "Anfang März 2024", "Frühjahr 2024", "3. Okt. 2025",
}

// FuzzParse checks that Parse never panics and that whatever it accepts
// round-trips through String and Human.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	stJohns, err := time.LoadLocation("America/St_Johns") // offsets of half hours, and summer time
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkParseIn(t, s, stJohns)
		d, err := Parse(s)
		if err != nil {
			pe, ok := err.(*ParseError)
			if !ok {
				t.Fatalf("Parse(%q) error %T, want *ParseError", s, err)
			}
			if pe.Offset < 0 || pe.Offset > len(s) || pe.Msg == "" || pe.Input != s {
				t.Fatalf("Parse(%q) error %+v", s, pe)
			}
			return
		}
		if d.IsZero() {
			t.Fatalf("Parse(%q) gave the zero Date without an error", s)
		}
		str := d.String()
		d2, err := Parse(str)
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q, which does not parse: %v", s, str, err)
		}
		if d2 != d {
			t.Fatalf("Parse(%q) = %#v, but Parse(%q) = %#v", s, d, str, d2)
		}
		if start := d.Start(); !start.IsZero() && (d.Year() != start.Year() || d.Month() != 0 && d.Month() != start.Month()) {
			t.Fatalf("Parse(%q): Year %d and Month %d, but Start %v", s, d.Year(), d.Month(), start)
		}
		if Compare(d, d) != 0 {
			t.Fatalf("Compare(%q, itself) != 0", s)
		}
		h := d.Human()
		if h == "" {
			t.Fatalf("Parse(%q).Human() is empty", s)
		}
		if d3, err := Parse(h); err != nil || d3 != d {
			t.Fatalf("Parse(%q).Human() = %q, which parses as %q, %v", s, h, d3.String(), err)
		}
		if start, end := d.Start(), d.End(); !AsWritten(start).Before(AsWritten(end)) && (d.start.prec < Minute || d.end.prec < Minute || !start.Before(end)) {
			// Two times are ordered by their instants, and others as written.
			t.Fatalf("Parse(%q): Start %v is not before End %v", s, start, end)
		}
		// In other words and orders, as a translation may give them.
		for _, w := range otherWords {
			if d.In(w) == "" {
				t.Fatalf("Parse(%q).In(%v) is empty", s, w.DayFormat)
			}
		}
		if d.In(English) != h {
			t.Fatalf("Parse(%q): In(English) %q, Human %q", s, d.In(English), h)
		}
		if d.Precision() == None {
			t.Fatalf("Parse(%q).Precision() = None", s)
		}
		if !d.Contains(d) {
			t.Fatalf("Parse(%q) does not contain itself", s)
		}
	})
}

// checkParseIn checks that ParseIn(s, loc) gives what Parse does, but
// for the offsets of times written without one, and reads back with Parse.
func checkParseIn(t *testing.T, s string, loc *time.Location) {
	d, err := ParseIn(s, loc)
	if err != nil {
		if _, ok := err.(*ParseError); !ok {
			t.Fatalf("ParseIn(%q) error %T, want *ParseError", s, err)
		}
		return
	}
	if d2, warnings, err := NewReader(nil, loc).ParseWithWarnings(s); err != nil || d2 != d {
		t.Fatalf("ParseWithWarnings(%q) in %s = %q, %v; ParseIn gives %q", s, loc, d2.String(), err, d.String())
	} else {
		for _, w := range warnings {
			if w.Offset < 0 || w.Offset >= len(s) || w.Msg == "" {
				t.Fatalf("ParseWithWarnings(%q) in %s: warning %+v", s, loc, w)
			}
		}
	}
	if back, err := Parse(d.String()); err != nil || back != d {
		t.Fatalf("ParseIn(%q, %s).String() = %q, which parses as %q, %v", s, loc, d.String(), back.String(), err)
	}
	if inUTC, err := Parse(s); err != nil {
		t.Fatalf("ParseIn(%q, %s) = %q, but Parse fails: %v", s, loc, d.String(), err)
	} else if !strings.Contains(inUTC.String(), "T") && inUTC != d {
		t.Fatalf("ParseIn(%q, %s) = %q, but Parse gives %q, with no time", s, loc, d.String(), inUTC.String())
	}
}

// BenchmarkParseCapitals parses dates written in capitals, which are
// lowered before they are read.
func BenchmarkParseCapitals(b *testing.B) {
	inputs := []string{"21 MAY 2025", "AOÛT 2024", "DÉCEMBRE 2024", "FIN JUILLET 2024"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Parse(inputs[i%len(inputs)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	inputs := []string{"2025-05-21", "2024-09/2024-12", "late July 2024", "May 21, 2025", "2025-05-21T14:00:30+03:00"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Parse(inputs[i%len(inputs)]); err != nil {
			b.Fatal(err)
		}
	}
}

// randomPoint returns a valid point of random precision, part and qualifier.
func randomPoint(r *rand.Rand) point {
	years := []int{1, 9, 50, 99, 100, 500, 999, 1000, 2024, 2025, 9999}
	p := point{year: int16(years[r.IntN(len(years))]), prec: Precision(1 + r.IntN(5)), qual: qual(r.IntN(4))}
	switch p.prec {
	case Season:
		p.month = uint8(21 + r.IntN(4))
	case Month, Day, Minute:
		p.month = uint8(1 + r.IntN(12))
	}
	if p.prec >= Day {
		p.day = uint8(1 + r.IntN(daysIn(int(p.year), time.Month(p.month))))
	}
	if p.prec == Minute {
		p.hour, p.minute = uint8(r.IntN(24)), uint8(r.IntN(60))
	}
	if p.prec == Year || p.prec == Month {
		p.part = part(r.IntN(4))
	}
	return p
}

// randomDate returns a random point or interval, open or closed; half
// the closed ones have both points in one year, as shortened forms write
// them ("3–5 May 2025"). It returns the zero Date for an interval of one
// point to itself, which is the point.
func randomDate(r *rand.Rand) Date {
	switch r.IntN(4) {
	case 0:
		return Date{start: randomPoint(r), kind: pointKind}
	case 1:
		return Date{start: randomPoint(r), kind: intervalKind}
	case 2:
		return Date{end: randomPoint(r), kind: intervalKind}
	}
	a, z := randomPoint(r), randomPoint(r)
	if r.IntN(2) == 0 {
		z.year, z.qual, z.part, a.qual, a.part = a.year, 0, 0, 0, 0
		if n := daysIn(int(z.year), time.Month(z.month)); z.prec >= Day && int(z.day) > n {
			z.day = uint8(n)
		}
	}
	if !ordered(a, z) {
		a, z = z, a
	}
	if !ordered(a, z) || a == z {
		return Date{}
	}
	return Date{start: a, end: z, kind: intervalKind}
}

// TestRoundTripGenerated builds random Dates, including shapes that Parse
// rarely produces from fuzzed text, and checks that String and Human parse
// back to them.
func TestRoundTripGenerated(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		d := randomDate(r)
		if d.IsZero() {
			continue
		}
		for _, s := range []string{d.String(), d.Human()} {
			got, err := Parse(s)
			if err != nil || got != d {
				t.Fatalf("Parse(%q) = %q, %v; want %q (%#v)", s, got.String(), err, d.String(), d)
			}
		}
	}
}
