package date

import (
	"testing"
)

// FuzzParse checks that Parse never panics and that whatever it accepts
// round-trips through String and Human.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"2025", "2025-05", "2025-05-21", "2025-05-21T14:00Z", "2025-05-21T14:00:30+03:00",
		"2024~", "2024-07?", "2024%", "2024-09/2024-12", "2023/2025-03", "2024/..", "../2024",
		"2024/", "/2024", "2024-21", "2024-24", "202X", "July 2023", "Jul 2023", "21 May 2025",
		"May 21, 2025", "May 21 2025", "early 2024", "mid-2024", "late July 2024", "about 2024",
		"c. 2024", "around July 2023", "spring 2024", "since 2024", "until 2024",
		"September–December 2024", "21 May 2025, 14:00–16:00 UTC", "between 2023 and 2025",
		"late 2024/early 2025", "2025-02-30", "9999-99-99", "0000", "", "2024 (uncertain)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
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
		if !d.Start().Before(d.End()) {
			t.Fatalf("Parse(%q): Start %v is not before End %v", s, d.Start(), d.End())
		}
		if d.Precision() == None {
			t.Fatalf("Parse(%q).Precision() = None", s)
		}
		if !d.Contains(d) {
			t.Fatalf("Parse(%q) does not contain itself", s)
		}
	})
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
