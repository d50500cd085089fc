package site

import (
	"reflect"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/date"
)

// TestSameCitation checks that SameCitation tells apart citations that
// differ in any one field a brief gives, and only those.
func TestSameCitation(t *testing.T) {
	d, _ := date.Parse("2025-05-21")
	base := Source{Title: "T", Author: "A. Name", Publisher: "P", URL: "https://x.example/", Date: d}
	for _, change := range []func(*Source){
		func(s *Source) { s.Title = "U" },
		func(s *Source) { s.Author = "A. Name; B. Name" },
		func(s *Source) { s.Publisher = "Q" },
		func(s *Source) { s.URL = "https://y.example/" },
		func(s *Source) { s.Date = date.Date{} },
	} {
		o := base
		change(&o)
		if base.SameCitation(&o) {
			t.Errorf("SameCitation(%+v, %+v) = true, want false", base, o)
		}
	}
	o := base
	o.ID, o.Briefs = "t-2", []*Brief{{}}
	if !base.SameCitation(&o) {
		t.Error("SameCitation compares what resolve adds, ID and Briefs")
	}
	if bare := o.Bare(); bare == &o || bare.ID != "" || bare.Briefs != nil || !bare.SameCitation(&base) {
		t.Errorf("Bare() = %+v, want a copy of %+v without ID and Briefs", bare, o)
	}
	// A new field needs a case above, and perhaps SameCitation.
	var got []string
	for f := range reflect.TypeFor[Source]().Fields() {
		got = append(got, f.Name)
	}
	if want := "ID Title Author Publisher URL Date Briefs"; strings.Join(got, " ") != want {
		t.Errorf("Source has fields %v, want %s: does SameCitation compare them all?", got, want)
	}
}

// TestCitationSame checks that Same tells apart citations that differ in
// their sources' fields or in what the brief adds, and that Bare copies
// both.
func TestCitationSame(t *testing.T) {
	base := Citation{Source: &Source{Title: "T", Publisher: "P"}, Note: "p. 3"}
	for _, change := range []func(*Citation){
		func(c *Citation) { c.Note = "p. 9" },
		func(c *Citation) { c.Accessed, _ = date.Parse("2025-05-03") },
		func(c *Citation) { c.Archive = "https://web.archive.org/web/2025/https://x.example/" },
		func(c *Citation) { c.Source = &Source{Title: "T"} },
	} {
		o := base
		change(&o)
		if base.Same(&o) {
			t.Errorf("Same(%+v, %+v) = true, want false", base, o)
		}
	}
	o := base
	o.Pos.Line, o.AuthorPos.Line, o.URLPos.Line = 7, 8, 9 // places, which Same does not compare
	if bare := o.Bare(); bare.Source == o.Source || !bare.Same(&base) || bare.Pos != o.Pos || bare.AuthorPos != o.AuthorPos || bare.URLPos != o.URLPos {
		t.Errorf("Bare() = %+v, want a copy of %+v", bare, o)
	}
	o.Written = "t"
	if bare := o.Bare(); bare.Source.Title != "t" || bare.Written != "" || o.Source.Title != "T" {
		t.Errorf("Bare() of a citation writing its title %q = %+v with title %q, want the title as written", o.Written, bare, bare.Source.Title)
	}
	// A new field needs a case above, and perhaps Same.
	var got []string
	for f := range reflect.TypeFor[Citation]().Fields() {
		got = append(got, f.Name)
	}
	if want := "Source Note Accessed Archive Pos AuthorPos URLPos Written"; strings.Join(got, " ") != want {
		t.Errorf("Citation has fields %v, want %s: does Same compare them all?", got, want)
	}
}

// TestSourceNote checks that a source's note is the one every brief
// citing it gives, and that briefs giving others, or none, keep theirs.
func TestSourceNote(t *testing.T) {
	for _, tc := range []struct {
		notes []string
		want  string
	}{
		{[]string{"Paywalled."}, "Paywalled."},
		{[]string{"Paywalled.", "Paywalled."}, "Paywalled."},
		{[]string{"p. 3, para. 10", "p. 6, para. 20", "p. 9, para. 30"}, ""},
		{[]string{"Paywalled.", ""}, ""},
		{[]string{"", "Paywalled."}, ""},
		{nil, ""},
	} {
		src := &Source{Title: "T"}
		for _, n := range tc.notes {
			b := &Brief{}
			b.Sources = []*Citation{{Source: &Source{Title: "Other"}}, {Source: src, Note: n}}
			src.Briefs = append(src.Briefs, b)
		}
		if got := src.Note(); got != tc.want {
			t.Errorf("notes %q: Note() = %q, want %q", tc.notes, got, tc.want)
		}
		for i, b := range src.Briefs {
			if c := src.CitationIn(b); c == nil || c.Note != tc.notes[i] {
				t.Errorf("notes %q: CitationIn(brief %d) = %+v", tc.notes, i, c)
			}
		}
	}
	if c := (&Source{}).CitationIn(&Brief{}); c != nil {
		t.Errorf("CitationIn a brief not citing it = %+v, want nil", c)
	}
}

// TestSourceFile checks the file of the site a source's url from the
// site's root names.
func TestSourceFile(t *testing.T) {
	for u, want := range map[string]string{
		"/files/report.pdf":        "files/report.pdf",
		"/files/report.pdf#page=3": "files/report.pdf",
		"/files/my%20report.pdf":   "files/my report.pdf",
		"/a/../files/x.pdf?v=2":    "files/x.pdf",
		"https://x.org/r.pdf":      "",
		"":                         "",
	} {
		s := &Source{URL: u}
		if got := s.File(); got != want || s.Local() != (want != "") {
			t.Errorf("url %q: File() = %q, Local() = %v; want %q", u, got, s.Local(), want)
		}
	}
}
